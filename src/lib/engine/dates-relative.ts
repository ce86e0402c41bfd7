/**
 * Time expressions built from words: "yesterday", "last week", "two years ago", "the 1990s",
 * "earlier this month", "the first quarter of 2008", "now". Relative ones keep their offset in
 * the TimeSpec; dates-resolve.ts applies it to the reference date.
 */

import {
	FINANCE_WORDS,
	MONTHS,
	PARTS_OF_DAY,
	SEASONS,
	UNITS,
	WEEKDAYS,
	type CalendarUnit
} from './dates-lexicon';
import type { TimeMatch, TimeSpec } from './dates-spec';
import { NUM, PUNCT, type Tokens } from './dates-tokens';
import { cardinalWord, ORDINALS } from './numbers-words';

type Matcher = (tk: Tokens, i: number) => TimeMatch | null;

const DAY_WORDS = new Map([
	['today', 0],
	['tonight', 0],
	['yesterday', -1],
	['tomorrow', 1]
]);

const REFS = new Map<string, TimeSpec['ref']>([
	['now', 'PRESENT_REF'],
	['currently', 'PRESENT_REF'],
	['presently', 'PRESENT_REF'],
	['nowadays', 'PRESENT_REF'],
	['recently', 'PAST_REF'],
	['lately', 'PAST_REF']
]);

const DIRECTIONS = new Map<string, -1 | 0 | 1>([
	['this', 0],
	['last', -1],
	['past', -1],
	['next', 1],
	['coming', 1]
]);

/** Units that can follow "this/last/next" as a date; plural "last years" is not one. */
const SINGULAR_UNITS = new Set(['week', 'weekend', 'month', 'quarter', 'year', 'decade']);

/** A four-digit year standing on its own. */
export function yearAt(tk: Tokens, j: number): number | undefined {
	const r = tk.raw(j);
	if (tk.kind(j) !== NUM || r.length !== 4) return undefined;
	const y = Number(r);
	if (y < 1000 || y > 2999) return undefined;
	if (tk.glued(j + 1) && tk.kind(j + 1) !== PUNCT) return undefined;
	return y;
}

export function matchRelative(
	tk: Tokens,
	i: number,
	w: string,
	matchAt: Matcher
): TimeMatch | null {
	const day = DAY_WORDS.get(w);
	if (day !== undefined) {
		const pod = w === 'tonight' ? 'NI' : PARTS_OF_DAY.get(tk.lower(i + 1));
		const end = pod && w !== 'tonight' ? i + 2 : i + 1;
		return { first: i, end, spec: { unit: 'day', offset: day, pod } };
	}
	const ref = REFS.get(w);
	// "the now-cancelled deal" is not a time expression.
	if (ref)
		return tk.raw(i + 1) === '-' && tk.glued(i + 1)
			? null
			: { first: i, end: i + 1, spec: { ref } };
	if ((w === 'more' || w === 'most') && tk.lower(i + 1) === 'recently')
		return { first: i, end: i + 2, spec: { ref: 'PAST_REF' } };
	if (DIRECTIONS.has(w)) return matchDirection(tk, i, w);
	if (w === 'the') return matchThe(tk, i, matchAt);
	if (w === 'early' || w === 'late' || w === 'mid' || w === 'earlier' || w === 'later')
		return matchModified(tk, i, w, matchAt);
	if (SEASONS.has(w)) return matchSeason(tk, i, w);
	if (w === 'fiscal') {
		const j = tk.lower(i + 1) === 'year' ? i + 2 : i + 1;
		const y = yearAt(tk, j);
		return y === undefined ? null : { first: i, end: j + 1, spec: { y, fiscal: true } };
	}
	if (w === 'q' && tk.glued(i + 1) && /^[1-4]$/.test(tk.raw(i + 1))) {
		const y = yearAt(tk, i + 2);
		const spec = { quarter: Number(tk.raw(i + 1)), y };
		return { first: i, end: y === undefined ? i + 2 : i + 3, spec };
	}
	if (w === 'noon' || w === 'midnight')
		return { first: i, end: i + 1, spec: { hour: w === 'noon' ? 12 : 24, minute: 0 } };
	const ordinal = ORDINALS.get(w);
	if (ordinal !== undefined) return matchOrdinalPeriod(tk, i, ordinal, i + 1);
	const n = w === 'a' || w === 'an' ? 1 : cardinalWord(w);
	return n === undefined ? null : matchAgo(tk, i, n, i + 1);
}

function matchDirection(tk: Tokens, i: number, w: string): TimeMatch | null {
	const dir = DIRECTIONS.get(w) as -1 | 0 | 1;
	// "past week" alone is rare and "in past years" is not a date; "the past decade" is.
	if (w === 'past' && tk.lower(i - 1) !== 'the') return null;
	const next = tk.lower(i + 1);
	if (SINGULAR_UNITS.has(next))
		return { first: i, end: i + 2, spec: { unit: UNITS.get(next), offset: dir } };
	const weekday = WEEKDAYS.get(next);
	if (weekday !== undefined) {
		const pod = PARTS_OF_DAY.get(tk.lower(i + 2));
		return { first: i, end: pod ? i + 3 : i + 2, spec: { weekday, dir, pod } };
	}
	const m = MONTHS.get(next);
	if (m !== undefined && next.length > 3 && tk.isCapitalized(i + 1))
		return { first: i, end: i + 2, spec: { m, dir } };
	const season = SEASONS.get(next);
	if (season !== undefined) return { first: i, end: i + 2, spec: { season, dir } };
	if (next === 'night' && w === 'last')
		return { first: i, end: i + 2, spec: { unit: 'day', offset: -1, pod: 'NI' } };
	const pod = PARTS_OF_DAY.get(next);
	if (pod !== undefined && w === 'this')
		return { first: i, end: i + 2, spec: { unit: 'day', offset: 0, pod } };
	return null;
}

function matchThe(tk: Tokens, i: number, matchAt: Matcher): TimeMatch | null {
	const n1 = tk.lower(i + 1);
	if (
		(n1 === 'beginning' || n1 === 'start' || n1 === 'end' || n1 === 'middle') &&
		tk.lower(i + 2) === 'of'
	) {
		const j = i + 3;
		const unit = tk.lower(j + 1);
		if (tk.lower(j) === 'the' && (unit === 'year' || unit === 'month' || unit === 'week'))
			return { first: i, end: j + 2, spec: { unit: UNITS.get(unit), offset: 0 } };
		const inner = matchAt(tk, j);
		const s = inner?.spec;
		return inner && s && (s.y !== undefined || s.unit !== undefined || s.m !== undefined)
			? { first: i, end: inner.end, spec: s }
			: null;
	}
	// "over the weekend": the weekend of the reference week, as MEANTIME values "this weekend".
	if (n1 === 'weekend') return { first: i, end: i + 2, spec: { unit: 'weekend', offset: 0 } };
	const inner = matchAt(tk, i + 1);
	if (!inner) return null;
	const s = inner.spec;
	const takesThe =
		s.decade !== undefined ||
		s.century !== undefined ||
		s.quarter !== undefined ||
		(s.season !== undefined && inner.end > i + 2) ||
		(s.unit !== undefined && n1 !== 'this' && DIRECTIONS.has(n1));
	return takesThe ? { first: i, end: inner.end, spec: s } : null;
}

function matchModified(tk: Tokens, i: number, w: string, matchAt: Matcher): TimeMatch | null {
	let j = i + 1;
	if (tk.raw(j) === '-' && tk.glued(j)) j++;
	const inner = matchAt(tk, j);
	if (!inner || inner.spec.ref !== undefined || inner.spec.hour !== undefined) return null;
	// "earlier this month", "later today"; but "later" alone is too often not a date.
	if ((w === 'earlier' || w === 'later') && inner.spec.unit === undefined) return null;
	if (w === 'mid' && j === i + 1) return null;
	return { first: i, end: inner.end, spec: inner.spec };
}

function matchSeason(tk: Tokens, i: number, w: string): TimeMatch | null {
	const season = SEASONS.get(w);
	let j = i + 1;
	if (tk.lower(j) === 'of') j++;
	const y = yearAt(tk, j);
	if (y !== undefined) return { first: i, end: j + 1, spec: { season, y } };
	// "fall" is mostly a verb; a lone season needs "in"/"during"/"the" before it.
	const prev = tk.lower(i - 1);
	if (w !== 'fall' && (prev === 'in' || prev === 'during' || prev === 'the'))
		return { first: i, end: i + 1, spec: { season } };
	return null;
}

/** "first quarter", "third-quarter earnings", "the 19th century". */
export function matchOrdinalPeriod(tk: Tokens, i: number, n: number, j: number): TimeMatch | null {
	let k = j;
	const hyphenated = tk.raw(k) === '-' && tk.glued(k);
	if (hyphenated) k++;
	const word = tk.lower(k);
	if (word === 'century' && n >= 1 && n <= 30)
		return { first: i, end: k + 1, spec: { century: n - 1 } };
	if (word !== 'quarter' || n > 4) return null;
	const quarter = n;
	if (tk.lower(k + 1) === 'of') {
		const y = yearAt(tk, k + 2);
		if (y !== undefined) return { first: i, end: k + 3, spec: { quarter, y } };
		const dir = DIRECTIONS.get(tk.lower(k + 2));
		if (dir !== undefined && tk.lower(k + 3) === 'year')
			return { first: i, end: k + 4, spec: { quarter, unit: 'year', offset: dir } };
	}
	const y = yearAt(tk, k + 1);
	if (y !== undefined) return { first: i, end: k + 2, spec: { quarter, y } };
	// In sport "the third quarter" is a period of play; only finance makes it a date.
	const prev = tk.lower(i - 1);
	const finance =
		FINANCE_WORDS.has(tk.lower(k + 1)) ||
		prev === 'fiscal' ||
		prev === 'financial' ||
		(hyphenated && !tk.lower(k + 1).endsWith('back'));
	return finance ? { first: i, end: k + 1, spec: { quarter } } : null;
}

/** "two years ago", "three days earlier", "a week from now". */
export function matchAgo(tk: Tokens, i: number, n: number, j: number): TimeMatch | null {
	const unit: CalendarUnit | undefined = UNITS.get(tk.lower(j));
	if (unit === undefined || unit === 'weekend' || unit === 'quarter') return null;
	const after = tk.lower(j + 1);
	if (after === 'ago') return { first: i, end: j + 2, spec: { unit, offset: -n } };
	if (after === 'from' && tk.lower(j + 2) === 'now')
		return { first: i, end: j + 3, spec: { unit, offset: n } };
	if (after === 'earlier' || after === 'later') {
		// "three days later than planned" is the date just mentioned, not three days after it.
		if (tk.lower(j + 2) === 'than') return { first: i, end: j + 2, spec: { sameAsPrevious: true } };
		const offset = after === 'earlier' ? -n : n;
		return { first: i, end: j + 2, spec: { unit, offset, fromPrevious: true } };
	}
	return null;
}
