/**
 * `npx tsx scripts/compare-compromise.ts`: compromise's people/organizations/places on the
 * MEANTIME dev fixtures, scored like `npm run eval` scores the engine. Backs the library
 * comparison in docs/engine.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { addTally, emptyTally, prf, type Scored } from './eval-score';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'tests/fixtures/meantime-dev');

interface Gold {
	scoredEnd: number;
	people: { mentions: Scored[] }[];
	organizations: { mentions: Scored[] }[];
	places: { mentions: Scored[] }[];
}

interface Match {
	offset: { start: number; length: number };
}

type Kind = 'people' | 'organizations' | 'places';

function found(text: string, kind: Kind): Scored[] {
	const doc = nlp(text);
	const view =
		kind === 'people' ? doc.people() : kind === 'places' ? doc.places() : doc.organizations();
	return (view.json({ offset: true }) as Match[]).map(({ offset }) => {
		let end = offset.start + offset.length;
		// compromise keeps trailing punctuation ("Boeing,"); gold spans never do.
		while (end > offset.start && /[\s.,;:'’"”)]/.test(text[end - 1] ?? '')) end--;
		return { start: offset.start, end };
	});
}

for (const kind of ['people', 'organizations', 'places'] as const) {
	const tally = emptyTally();
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
		const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold;
		const text = readFileSync(join(dir, name.replace(/\.gold\.json$/, '.txt')), 'utf8');
		const predicted = found(text, kind).filter((m) => m.start < gold.scoredEnd);
		addTally(
			tally,
			predicted,
			gold[kind].flatMap((e) => e.mentions)
		);
	}
	const [ep, er, ef] = prf(tally.exact, tally.predicted, tally.gold);
	const [op, or, of] = prf(tally.overlap, tally.predicted, tally.gold);
	const f = (x: number): string => x.toFixed(3);
	console.log(
		`compromise ${kind.padEnd(13)} gold ${tally.gold} pred ${tally.predicted} | exact P ${f(ep)} R ${f(er)} F1 ${f(ef)} | overlap P ${f(op)} R ${f(or)} F1 ${f(of)}`
	);
}
