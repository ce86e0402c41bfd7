/**
 * The sample article's gold facts (../shared/seed-article.gold.json), fact by fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/lib/engine/index';
import { SHARED } from './corpus';

interface SeedGold {
	people: { name: string; aliases: string[]; roles: string[] }[];
	quotes: { speaker: string; text: string }[];
	dates: { text: string; value?: string }[];
	numbers: { text: string; value: number }[];
	organizations: { name: string; acronym?: string }[];
	places: string[];
}

const pct = (x: number): string => x.toFixed(3);
const norm = (s: string): string => s.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

export function scoreSeed(): { speakerAccuracy: number } {
	const text = readFileSync(join(SHARED, 'seed-article.txt'), 'utf8');
	const gold = JSON.parse(readFileSync(join(SHARED, 'seed-article.gold.json'), 'utf8')) as SeedGold;
	const facts = extractFacts(text);
	const found: string[] = [];
	const missing: string[] = [];
	const check = (ok: boolean, what: string): void => void (ok ? found : missing).push(what);
	for (const g of gold.people) {
		const p = facts.people.find((x) => x.name === g.name);
		check(!!p, `person ${g.name}`);
		for (const role of g.roles) check(!!p?.roles.includes(role), `role ${g.name}: ${role}`);
	}
	let attributed = 0;
	let right = 0;
	for (const g of gold.quotes) {
		const q = facts.quotes.find((x) => norm(x.text) === norm(g.text));
		check(
			q?.speaker === g.speaker,
			`quote "${g.text}" — ${g.speaker} (got ${q?.speaker ?? 'none'})`
		);
	}
	for (const q of facts.quotes) {
		if (q.speaker === null) continue;
		attributed++;
		const g = gold.quotes.find((x) => norm(x.text) === norm(q.text));
		if (g?.speaker === q.speaker) right++;
	}
	for (const g of gold.dates) {
		const d = facts.dates.find((x) => x.text === g.text);
		check(
			!!d && (g.value === undefined || d.value === g.value),
			`date ${g.text} = ${g.value ?? '(no value)'} (got ${d ? (d.value ?? 'no value') : 'none'})`
		);
	}
	for (const g of gold.numbers) {
		const n = facts.numbers.find((x) => x.text === g.text && x.value === g.value);
		check(!!n, `number ${g.text} = ${g.value}`);
	}
	for (const g of gold.organizations) {
		const o = facts.organizations.find((x) => norm(x.name) === norm(g.name));
		check(
			!!o && (g.acronym === undefined || o.acronym === g.acronym),
			`organization ${g.name}${g.acronym ? ` (${g.acronym})` : ''}`
		);
	}
	for (const g of gold.places)
		check(
			facts.places.some((x) => x.name === g),
			`place ${g}`
		);
	const falseFacts = [
		...facts.people
			.filter((p) => !gold.people.some((g) => g.name === p.name))
			.map((p) => `person ${p.name}`),
		...facts.people.flatMap((p) => {
			const g = gold.people.find((x) => x.name === p.name);
			return g
				? p.roles.filter((r) => !g.roles.includes(r)).map((r) => `role ${p.name}: ${r}`)
				: [];
		}),
		...facts.quotes
			.filter(
				(q) =>
					q.speaker !== null &&
					!gold.quotes.some((g) => norm(g.text) === norm(q.text) && g.speaker === q.speaker)
			)
			.map((q) => `quote "${q.text}" — ${q.speaker}`),
		...facts.organizations
			.filter((o) => !gold.organizations.some((g) => norm(g.name) === norm(o.name)))
			.map((o) => `organization ${o.name}`),
		...facts.places.filter((p) => !gold.places.includes(p.name)).map((p) => `place ${p.name}`)
	];
	console.log('== Seed article (seed-article.gold.json) ==');
	console.log(`found ${found.length}/${found.length + missing.length}`);
	for (const m of missing) console.log(`  MISSING ${m}`);
	for (const f of falseFacts) console.log(`  FALSE   ${f}`);
	const speakerAccuracy = attributed === 0 ? 0 : right / attributed;
	console.log(
		`quote speakers: ${right}/${attributed} attributed correct (${pct(speakerAccuracy)}), ${facts.quotes.length - attributed} left null`
	);
	return { speakerAccuracy };
}
