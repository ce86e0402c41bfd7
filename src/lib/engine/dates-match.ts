/**
 * Recognises a time expression starting at one token: calendar dates, years, decades, clock
 * times, and (through dates-relative.ts) words such as "yesterday" or "last week". Every matcher
 * looks at a bounded number of tokens ahead, so the scan is linear in the text.
 */

import { MONTHS, PARTS_OF_DAY, QUANTITY_CUES, WEEKDAYS, YEAR_PREPOSITIONS } from './dates-lexicon';
import { matchAgo, matchOrdinalPeriod, matchRelative, yearAt } from './dates-relative';
import { matchClock, matchDottedTime, matchHourOnly } from './time-clock';
import type { TimeMatch } from './dates-spec';
import { NUM, PUNCT, WORD, type Tokens } from './dates-tokens';

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late']);
/** Before these a four-digit number is a year whatever follows ("in 2008 sales rose"). */
const STRONG_PREPOSITIONS = new Set(['in', 'since', 'until', 'during', 'circa', 'fiscal']);

/** How deep one expression may nest ("the beginning of early next week"); stops chains such as
 * "the the the…" or "early early early…" from recursing through a whole hostile paste. */
const MAX_DEPTH = 3;

export function matchAt(tk: Tokens, i: number, depth = 0): TimeMatch | null {
	if (depth > MAX_DEPTH) return null;
	const kind = tk.kind(i);
	if (kind === NUM) return matchNumber(tk, i);
	if (kind === PUNCT) return matchShortDecade(tk, i);
	if (kind !== WORD) return null;
	const w = tk.lower(i);
	const month = MONTHS.get(w);
	if (month !== undefined && tk.isCapitalized(i)) {
		const found = matchMonthFirst(tk, i, month, w);
		if (found) return found;
	}
	if (WEEKDAYS.has(w) && tk.isCapitalized(i)) return matchWeekday(tk, i, depth);
	return matchRelative(tk, i, w, (t, j) => matchAt(t, j, depth + 1));
}

/** A day of the month, optionally with a glued ordinal suffix ("2nd"). Returns the next index. */
function dayAt(tk: Tokens, j: number): { d: number; next: number } | null {
	const r = tk.raw(j);
	if (tk.kind(j) !== NUM || r.length > 2) return null;
	const d = Number(r);
	if (d < 1 || d > 31) return null;
	let next = j + 1;
	if (tk.glued(next) && ORDINAL_SUFFIX.has(tk.lower(next))) next++;
	// "May 2:30" or "June 3.5" are not days of the month.
	if (tk.glued(next) && tk.kind(next) !== PUNCT) return null;
	if (tk.glued(next) && (tk.raw(next) === ':' || tk.raw(next) === '%')) return null;
	return { d, next };
}

function matchMonthFirst(tk: Tokens, i: number, m: number, w: string): TimeMatch | null {
	let j = i + 1;
	const abbreviated = w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may';
	if (abbreviated && tk.raw(j) === '.' && tk.glued(j)) j++;
	const day = dayAt(tk, j);
	if (day) {
		let k = day.next;
		if (tk.raw(k) === ',') k++;
		const y = yearAt(tk, k);
		if (y !== undefined) return { first: i, end: k + 1, spec: { y, m, d: day.d } };
		return { first: i, end: day.next, spec: { m, d: day.d } };
	}
	const y = yearAt(tk, j) ?? (tk.raw(j) === ',' ? yearAt(tk, j + 1) : undefined);
	if (y !== undefined) return { first: i, end: tk.raw(j) === ',' ? j + 2 : j + 1, spec: { y, m } };
	// A month name alone: "May" and "March" are also a verb and a noun, and abbreviations
	// alone are too often something else, so these need a preposition before them.
	if (abbreviated) return null;
	if ((w === 'may' || w === 'march') && !YEAR_PREPOSITIONS.has(tk.lower(i - 1))) return null;
	// "April Smith": a month name followed by another capitalised word is usually a name.
	if (tk.isCapitalized(i + 1) && !tk.glued(i + 1) && !MONTHS.has(tk.lower(i + 1))) return null;
	return { first: i, end: i + 1, spec: { m } };
}

function matchWeekday(tk: Tokens, i: number, depth: number): TimeMatch | null {
	const weekday = WEEKDAYS.get(tk.lower(i)) as number;
	// "the Sunday Times" is a newspaper, not a day.
	if (tk.lower(i - 1) === 'the' && tk.isCapitalized(i + 1)) return null;
	// "Tuesday, March 14, 2023": the calendar date says more than the weekday.
	if (tk.raw(i + 1) === ',' && tk.kind(i + 2) !== 0) {
		const inner = matchAt(tk, i + 2, depth + 1);
		if (inner && inner.spec.m !== undefined && inner.spec.d !== undefined)
			return { first: i, end: inner.end, spec: inner.spec };
	}
	const inner = tk.kind(i + 1) === NUM ? matchNumber(tk, i + 1) : null;
	if (inner && inner.spec.m !== undefined && inner.spec.d !== undefined)
		return { first: i, end: inner.end, spec: inner.spec };
	const pod = PARTS_OF_DAY.get(tk.lower(i + 1));
	return { first: i, end: pod ? i + 2 : i + 1, spec: { weekday, pod } };
}

function matchNumber(tk: Tokens, i: number): TimeMatch | null {
	// Digits glued to letters or to other numbers are codes and models ("A380", "737-800").
	if (tk.glued(i)) {
		const p = tk.raw(i - 1);
		// …but "mid-2011" and "pre-1990" are years.
		const prefixed = p === '-' && PREFIXES.has(tk.lower(i - 2));
		if (!prefixed && (tk.kind(i - 1) !== PUNCT || p === '.' || p === '-' || p === '/' || p === ','))
			return null;
	}
	const r = tk.raw(i);
	if (r.includes(':')) return matchClock(tk, i);
	// "7.30pm", British style.
	if (/^\d{1,2}\.\d\d$/.test(r)) return matchDottedTime(tk, i, r);
	// "28.02.2019", day first as everywhere that writes dates with dots.
	const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(r);
	if (dotted) {
		const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
		return m >= 1 && m <= 12 && d >= 1 && d <= 31
			? { first: i, end: i + 1, spec: { y, m, d } }
			: null;
	}
	if (r.length === 4) return matchYearFirst(tk, i);
	if (r.length > 2 || r.includes('.') || r.includes(',')) return null;
	const day = dayAt(tk, i);
	if (day) {
		let j = day.next;
		if (tk.lower(j) === 'of') j++;
		const m = MONTHS.get(tk.lower(j));
		if (m !== undefined && tk.isCapitalized(j)) {
			let k = j + 1;
			if (tk.raw(k) === '.' && tk.glued(k)) k++;
			const y = yearAt(tk, tk.raw(k) === ',' ? k + 1 : k);
			if (y !== undefined)
				return { first: i, end: tk.raw(k) === ',' ? k + 2 : k + 1, spec: { y, m, d: day.d } };
			return { first: i, end: j + 1, spec: { m, d: day.d } };
		}
	}
	const slashed = matchSlashDate(tk, i);
	if (slashed) return slashed;
	const n = Number(r);
	if (ORDINAL_SUFFIX.has(tk.lower(i + 1)) && tk.glued(i + 1))
		return matchOrdinalPeriod(tk, i, n, i + 2);
	return matchAgo(tk, i, n, i + 1) ?? matchHourOnly(tk, i);
}

/** "7/8/07", read month first as in the US, unless the first part cannot be a month. */
function matchSlashDate(tk: Tokens, i: number): TimeMatch | null {
	if (tk.raw(i + 1) !== '/' || !tk.glued(i + 1) || tk.kind(i + 2) !== NUM || !tk.glued(i + 2))
		return null;
	if (tk.raw(i + 3) !== '/' || !tk.glued(i + 3) || tk.kind(i + 4) !== NUM || !tk.glued(i + 4))
		return null;
	let a = Number(tk.raw(i));
	let b = Number(tk.raw(i + 2));
	const yr = tk.raw(i + 4);
	if (yr.length !== 2 && yr.length !== 4) return null;
	if (a > 12) [a, b] = [b, a];
	if (a < 1 || a > 12 || b < 1 || b > 31) return null;
	const y = yr.length === 2 ? (Number(yr) < 50 ? 2000 : 1900) + Number(yr) : Number(yr);
	return { first: i, end: i + 5, spec: { y, m: a, d: b } };
}

function matchYearFirst(tk: Tokens, i: number): TimeMatch | null {
	const y = Number(tk.raw(i));
	const sep = tk.raw(i + 1);
	const sepGlued = tk.glued(i + 1) && tk.glued(i + 2);
	// ISO dates: 2019-02-28 and 2019/02/28.
	if ((sep === '-' || sep === '/') && sepGlued && tk.raw(i + 3) === sep && tk.glued(i + 3)) {
		const m = Number(tk.raw(i + 2));
		const d = Number(tk.raw(i + 4));
		if (tk.raw(i + 2).length === 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
			return { first: i, end: i + 5, spec: { y, m, d } };
		return null;
	}
	// Spans of years: 2018-19, 2018–19, 2009/10, 1939-1945.
	if ((sep === '-' || sep === '–' || sep === '/') && sepGlued && tk.kind(i + 2) === NUM) {
		const r2 = tk.raw(i + 2);
		const y2 = r2.length === 2 ? Math.floor(y / 100) * 100 + Number(r2) : Number(r2);
		if ((r2.length === 2 || r2.length === 4) && y2 > y && y2 - y <= 100 && !tk.glued(i + 3))
			return { first: i, end: i + 3, spec: { y, y2 } };
		return null;
	}
	// Decades and centuries: "1990s", "the 1800s", and the older "1980's".
	// "the 1980's", "late 1980's" — but "2020's election" is the year's possessive.
	const apostrophe =
		(sep === "'" || sep === '’') &&
		sepGlued &&
		tk.lower(i + 2) === 's' &&
		tk.glued(i + 2) &&
		DECADE_BEFORE.has(tk.lower(i - 1));
	if (((tk.lower(i + 1) === 's' && tk.glued(i + 1)) || apostrophe) && y % 10 === 0) {
		const end = apostrophe ? i + 3 : i + 2;
		if (y % 100 === 0 && y < 2000) return { first: i, end, spec: { century: y / 100 } };
		return { first: i, end, spec: { decade: y / 10 } };
	}
	if (tk.glued(i + 1) && tk.kind(i + 1) !== PUNCT) return null;
	if (tk.glued(i + 1) && (sep === '%' || sep === '-' || sep === '/' || sep === ':')) return null;
	return isBareYear(tk, i, y) ? { first: i, end: i + 1, spec: { y } } : null;
}

const DECADE_BEFORE = new Set(['the', 'early', 'mid', 'late', 'mid-']);

/** Decides whether a lone four-digit number is a year or a quantity ("2000 people"). */
function isBareYear(tk: Tokens, i: number, y: number): boolean {
	const prev = tk.lower(i - 1);
	// "around 2020, and not 2015" is a year; "about 2000 people" is not.
	const nearNow = y >= 1950 && y <= 2050 && tk.kind(i + 1) !== WORD && tk.kind(i + 1) !== NUM;
	if (QUANTITY_CUES.has(prev)) return nearNow && /^\p{L}/u.test(prev);
	if (STRONG_PREPOSITIONS.has(prev)) return true;
	const next = tk.lower(i + 1);
	// A lower-case plural right after the number is what it counts.
	const counted =
		tk.kind(i + 1) === WORD && !tk.isCapitalized(i + 1) && next.endsWith('s') && next.length > 2;
	if (counted || next === 'million' || next === 'billion' || next === 'percent') return false;
	return (y >= 1900 && y <= 2099) || YEAR_PREPOSITIONS.has(prev);
}

/** "'90s" */
function matchShortDecade(tk: Tokens, i: number): TimeMatch | null {
	const q = tk.raw(i);
	if (q !== "'" && q !== '’') return null;
	const r = tk.raw(i + 1);
	if (tk.kind(i + 1) !== NUM || r.length !== 2 || !r.endsWith('0') || !tk.glued(i + 1)) return null;
	if (tk.lower(i + 2) !== 's' || !tk.glued(i + 2)) return null;
	const n = Number(r);
	return { first: i, end: i + 3, spec: { decade: (n > 30 ? 190 : 200) + n / 10 } };
}
