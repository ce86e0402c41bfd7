/**
 * `npm run eval`: scores the fact engine against the shared gold data in ../shared.
 * (a) the seed article's gold facts, fact by fact; (b) MEANTIME dev articles, mention by mention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../src/lib/engine/index';
import type { Facts, Span } from '../src/lib/engine/index';
import { addTally, emptyTally, matchSpans, prf, type Tally } from './eval-score';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');

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

function scoreSeed(): { speakerAccuracy: number } {
	const text = readFileSync(join(shared, 'seed-article.txt'), 'utf8');
	const gold = JSON.parse(readFileSync(join(shared, 'seed-article.gold.json'), 'utf8')) as SeedGold;
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

interface GoldMention extends Span {
	text: string;
	value?: string;
}

interface MeantimeGold {
	dct: string;
	dctMention?: GoldMention;
	scoredEnd: number;
	people: { mentions: GoldMention[] }[];
	organizations: { mentions: GoldMention[] }[];
	places: { mentions: GoldMention[] }[];
	dates: GoldMention[];
	times: GoldMention[];
	numbers: GoldMention[];
}

type Kind = 'person' | 'organization' | 'place' | 'date' | 'number';
const KINDS: Kind[] = ['person', 'organization', 'place', 'date', 'number'];

function predictions(facts: Facts, kind: Kind): (Span & { value?: string | number })[] {
	switch (kind) {
		case 'person':
			return facts.people.flatMap((p) => p.mentions);
		case 'organization':
			return facts.organizations.flatMap((o) => o.mentions);
		case 'place':
			return facts.places.flatMap((p) => p.mentions);
		case 'date':
			return facts.dates;
		case 'number':
			return facts.numbers;
	}
}

function goldOf(g: MeantimeGold, kind: Kind): GoldMention[] {
	switch (kind) {
		case 'person':
			return g.people.flatMap((p) => p.mentions);
		case 'organization':
			return g.organizations.flatMap((o) => o.mentions);
		case 'place':
			return g.places.flatMap((p) => p.mentions);
		case 'date':
			return [...g.dates, ...g.times];
		case 'number':
			return g.numbers;
	}
}

function scoreMeantime(): Record<Kind, Tally> & { values: [number, number] } {
	const dir = join(shared, 'eval', 'meantime-dev');
	const tallies = Object.fromEntries(KINDS.map((k) => [k, emptyTally()])) as Record<Kind, Tally>;
	const values: [number, number] = [0, 0];
	const names = readdirSync(dir)
		.filter((f) => f.endsWith('.gold.json'))
		.sort();
	for (const name of names) {
		const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as MeantimeGold;
		const text = readFileSync(join(dir, name.replace(/\.gold\.json$/, '.txt')), 'utf8');
		const facts = extractFacts(text, { referenceDate: gold.dct });
		const dct = gold.dctMention;
		const isDateline = (s: Span): boolean => !!dct && s.start === dct.start && s.end === dct.end;
		for (const kind of KINDS) {
			const predicted = predictions(facts, kind).filter(
				(s) => s.start < gold.scoredEnd && !(kind === 'date' && isDateline(s))
			);
			const golden = goldOf(gold, kind).filter((s) => !(kind === 'date' && isDateline(s)));
			addTally(tallies[kind], predicted, golden);
			if (kind === 'date') {
				for (const [p, g] of matchSpans(predicted, golden).pairs) {
					values[1]++;
					if (p.value === g.value) values[0]++;
				}
			}
		}
	}
	console.log(`\n== MEANTIME dev (${names.length} articles, scored up to scoredEnd) ==`);
	console.log('kind          gold  pred | exact P    R     F1   | overlap P  R     F1');
	for (const kind of KINDS) {
		const t = tallies[kind];
		const [ep, er, ef] = prf(t.exact, t.predicted, t.gold);
		const [op, or, of] = prf(t.overlap, t.predicted, t.gold);
		console.log(
			`${kind.padEnd(12)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} | ${pct(ep)} ${pct(er)} ${pct(ef)} | ${pct(op)} ${pct(or)} ${pct(of)}`
		);
	}
	console.log(
		`date values right among overlap-matched dates: ${values[0]}/${values[1]} (${pct(values[1] ? values[0] / values[1] : 0)})`
	);
	return { ...tallies, values };
}

/** The issue's targets, checked on exact-span F1 (the stricter of the two). */
const TARGETS: [Kind, number][] = [
	['person', 0.9],
	['organization', 0.8],
	['place', 0.85],
	['date', 0.9]
];

function printTargets(scores: ReturnType<typeof scoreMeantime>, speakerAccuracy: number): void {
	const rows = TARGETS.map(([kind, target]): [string, number, number] => {
		const t = scores[kind];
		return [`${kind} F1`, prf(t.exact, t.predicted, t.gold)[2], target];
	});
	const [right, matched] = scores.values;
	rows.push(['date values', matched ? right / matched : 0, 0.85]);
	rows.push(['quote speakers (seed)', speakerAccuracy, 0.95]);
	console.log('\n== Targets ==');
	for (const [name, value, target] of rows) {
		console.log(
			`${name.padEnd(22)} ${pct(value)} ≥ ${target.toFixed(2)} ${value >= target ? 'met' : 'MISSED'}`
		);
	}
}

const { speakerAccuracy } = scoreSeed();
printTargets(scoreMeantime(), speakerAccuracy);
