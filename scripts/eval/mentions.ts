/**
 * Mention scoring for a corpus: people, organisations, places, dates (and numbers where the
 * gold has them), exact and overlapping spans, with date values compared as spans of days.
 */
import type { Facts, Span } from '../../src/lib/engine/index';
import { addTally, emptyTally, matchSpans, prf, type Tally } from '../eval-score';
import type { Doc, GoldMention } from './corpus';
import { sameDateValue } from './date-values';

export type Kind = 'person' | 'organization' | 'place' | 'date' | 'number';

export interface Scores {
	tallies: Record<Kind, Tally>;
	/** Date values right / dates matched, with the publication date given. */
	values: [number, number];
	/** The same without it: the engine must infer the article's own date. */
	valuesUndated: [number, number];
}

export function emptyScores(): Scores {
	return {
		tallies: {
			person: emptyTally(),
			organization: emptyTally(),
			place: emptyTally(),
			date: emptyTally(),
			number: emptyTally()
		},
		values: [0, 0],
		valuesUndated: [0, 0]
	};
}

export function predictedOf(facts: Facts, kind: Kind): (Span & { value?: string | number })[] {
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

export function goldOf(doc: Doc, kind: Kind): GoldMention[] {
	const g = doc.gold;
	switch (kind) {
		case 'person':
			return g.people.flatMap((p) => p.mentions);
		case 'organization':
			return g.organizations.flatMap((o) => o.mentions);
		case 'place':
			return g.places.flatMap((p) => p.mentions);
		case 'date':
			return [...g.dates, ...(g.times ?? [])];
		case 'number':
			return g.numbers ?? [];
	}
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The predictions that count: before MEANTIME's `scoredEnd`, and for dates not the dateline
 * (gold leaves it out) nor a time GUM gives no value.
 */
function counted(doc: Doc, kind: Kind, predicted: (Span & { value?: string | number })[]) {
	const end = doc.gold.scoredEnd ?? Infinity;
	const dct = doc.gold.dctMention;
	const neutral = kind === 'date' ? (doc.gold.timesUnvalued ?? []) : [];
	return predicted.filter(
		(s) =>
			s.start < end &&
			!(kind === 'date' && dct && overlaps(s, dct)) &&
			!neutral.some((n) => overlaps(n, s))
	);
}

function addValues(into: [number, number], predicted: Span[], gold: GoldMention[]): void {
	for (const [p, g] of matchSpans(predicted as (Span & { value?: string })[], gold).pairs) {
		into[1]++;
		if (sameDateValue(p.value, g.value)) into[0]++;
	}
}

/** Adds one document: `facts` with its publication date, `undated` without. */
export function scoreDoc(
	scores: Scores,
	doc: Doc,
	facts: Facts,
	undated: Facts,
	kinds: readonly Kind[]
): void {
	for (const kind of kinds) {
		const predicted = counted(doc, kind, predictedOf(facts, kind));
		const dct = doc.gold.dctMention;
		const gold = goldOf(doc, kind).filter((g) => !(kind === 'date' && dct && overlaps(g, dct)));
		addTally(scores.tallies[kind], predicted, gold);
		if (kind === 'date') {
			addValues(scores.values, predicted, gold);
			addValues(scores.valuesUndated, counted(doc, kind, undated.dates), gold);
		}
	}
}

const f3 = (x: number): string => x.toFixed(3);
export const ratio = ([a, b]: [number, number]): number => (b ? a / b : 0);

export function f1(t: Tally): number {
	return prf(t.exact, t.predicted, t.gold)[2];
}

export function printTable(title: string, scores: Scores, kinds: readonly Kind[]): void {
	console.log(`\n${title}`);
	console.log('kind          gold  pred | exact P    R     F1   | overlap P  R     F1');
	for (const kind of kinds) {
		const t = scores.tallies[kind];
		const [ep, er, ef] = prf(t.exact, t.predicted, t.gold);
		const [op, or, of] = prf(t.overlap, t.predicted, t.gold);
		console.log(
			`${kind.padEnd(12)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} | ${f3(ep)} ${f3(er)} ${f3(ef)} | ${f3(op)} ${f3(or)} ${f3(of)}`
		);
	}
	const [right, matched] = scores.values;
	const [uRight, uMatched] = scores.valuesUndated;
	console.log(
		`date values right among overlap-matched dates: ${right}/${matched} (${f3(ratio(scores.values))}); ` +
			`without the publication date: ${uRight}/${uMatched} (${f3(ratio(scores.valuesUndated))})`
	);
}
