/**
 * Turns a TimeSpec into a TimeML value (as in the MEANTIME gold): 2008-03-06, 2008-W10,
 * 2008-Q1, 2010-07-16TMO, 199 (the 1990s), PRESENT_REF. Without a reference date only what
 * the words fix is given ("--01-20"); weekdays and relative words then have no value.
 */

import {
	addMonths,
	dayNumber,
	formatDay,
	formatWeek,
	fromDayNumber,
	pad,
	weekdayOf
} from './dates-calendar';
import { SEASON_START } from './dates-lexicon';
import type { TimeSpec } from './dates-spec';

export interface ResolveContext {
	/** Reference (publication) date as a day number. */
	ref?: number;
	/** -1 past, +1 future, 0 unknown: which way an underspecified date leans. */
	tense: -1 | 0 | 1;
	/** The last full date mentioned before this one, for "three days later". */
	previous?: number;
	/** The last date mentioned when it was a bare year ("in 2016"). */
	previousYear?: number;
	/** A full date earlier in the same sentence, to put a clock time on. */
	sentenceDay?: number;
}

// "in January" said in September is last January if the verb is past, even though next
// January is nearer; a month of leeway keeps "will open on June 17" said on June 9 this year.
const LEEWAY_DAYS = 31;

export function resolve(s: TimeSpec, c: ResolveContext): string | undefined {
	if (s.ref) return s.ref;
	if (s.sameAsPrevious) return c.previous === undefined ? undefined : formatDay(c.previous);
	if (s.hour !== undefined) {
		const time = `T${pad(s.hour)}:${pad(s.minute ?? 0)}${s.zulu ? 'Z' : ''}`;
		const day = c.sentenceDay ?? c.ref;
		return day === undefined ? time : formatDay(day) + time;
	}
	if (s.fiscal && s.y !== undefined) return `FY${pad(s.y, 4)}`;
	if (s.y2 !== undefined && s.y !== undefined) return `${pad(s.y, 4)}/${pad(s.y2, 4)}`;
	if (s.decade !== undefined) return String(s.decade);
	if (s.century !== undefined) return pad(s.century);
	if (s.quarter !== undefined) return resolveQuarter(s, c);
	if (s.season !== undefined) return resolveSeason(s.season, s, c);
	if (s.m !== undefined) return resolveMonthDay(s.m, s, c);
	if (s.y !== undefined) return pad(s.y, 4);
	if (s.weekday !== undefined) {
		if (c.ref === undefined) return undefined;
		const day = nearestWeekday(c.ref, s.weekday, s.dir, c.tense);
		return formatDay(day) + (s.pod ? 'T' + s.pod : '');
	}
	if (s.unit !== undefined) return resolveUnit(s, c);
	return undefined;
}

/** Past or unknown tense: on or before the reference; future: on or after; "last"/"next": strictly. */
function nearestWeekday(
	ref: number,
	weekday: number,
	dir: number | undefined,
	tense: number
): number {
	const back = (weekdayOf(ref) - weekday + 7) % 7;
	const ahead = (weekday - weekdayOf(ref) + 7) % 7;
	if (dir === -1) return ref - (back || 7);
	if (dir === 1) return ref + (ahead || 7);
	return tense > 0 ? ref + ahead : ref - back;
}

function resolveMonthDay(m: number, s: TimeSpec, c: ResolveContext): string | undefined {
	const d = s.d;
	const tail = `${pad(m)}${d === undefined ? '' : '-' + pad(d)}`;
	if (s.y !== undefined) return `${pad(s.y, 4)}-${tail}`;
	if (c.ref === undefined) return `--${tail}`;
	const refYear = fromDayNumber(c.ref).y;
	const at = (y: number) => dayNumber(y, m, d ?? 15);
	let y = refYear;
	if (s.dir === -1) y = at(refYear) < c.ref ? refYear : refYear - 1;
	else if (s.dir === 1) y = at(refYear) > c.ref ? refYear : refYear + 1;
	else if (s.dir === undefined) {
		const ref = c.ref;
		y = [refYear - 1, refYear + 1].reduce(
			(best, cand) => (Math.abs(at(cand) - ref) < Math.abs(at(best) - ref) ? cand : best),
			refYear
		);
		const leeway = d === undefined ? 0 : LEEWAY_DAYS;
		const sameMonth = d === undefined && y === refYear && m === fromDayNumber(ref).m;
		if (c.tense < 0 && at(y) - ref > leeway && !sameMonth) y--;
		if (c.tense > 0 && ref - at(y) > leeway && !sameMonth) y++;
	}
	return `${pad(y, 4)}-${tail}`;
}

function resolveQuarter(s: TimeSpec, c: ResolveContext): string | undefined {
	const q = s.quarter ?? 1;
	let y = s.y;
	if (y === undefined && c.ref !== undefined) {
		const { y: ry, m: rm } = fromDayNumber(c.ref);
		const refQuarter = Math.ceil(rm / 3);
		y = ry + (s.unit === 'year' ? (s.offset ?? 0) : 0);
		if (s.unit !== 'year' && c.tense < 0 && q > refQuarter) y--;
		if (s.unit !== 'year' && c.tense > 0 && q < refQuarter) y++;
	}
	return y === undefined ? undefined : `${pad(y, 4)}-Q${q}`;
}

function resolveSeason(season: string, s: TimeSpec, c: ResolveContext): string | undefined {
	if (s.y !== undefined) return `${pad(s.y, 4)}-${season}`;
	if (c.ref === undefined) return undefined;
	const { y: ry, m: rm } = fromDayNumber(c.ref);
	const startMonth = SEASON_START[season] ?? 1;
	const lean = s.dir ?? c.tense;
	let y = ry;
	if (lean < 0 && startMonth > rm) y--;
	if (lean > 0 && startMonth + 2 < rm) y++;
	if (s.dir === -1 && startMonth <= rm && rm <= startMonth + 2) y--;
	if (s.dir === 1 && startMonth <= rm && rm <= startMonth + 2) y++;
	return `${pad(y, 4)}-${season}`;
}

function resolveUnit(s: TimeSpec, c: ResolveContext): string | undefined {
	const off = s.offset ?? 0;
	if (s.fromPrevious && c.previous === undefined) {
		// Counting from a bare year works only in years; with no anchor at all it is unknown.
		if (s.unit === 'year' && c.previousYear !== undefined) return pad(c.previousYear + off, 4);
		return undefined;
	}
	const base = s.fromPrevious ? c.previous : c.ref;
	if (base === undefined) return undefined;
	const { y, m } = fromDayNumber(base);
	switch (s.unit) {
		case 'day':
			return formatDay(base + off) + (s.pod ? 'T' + s.pod : '');
		case 'week':
			return formatWeek(base + 7 * off);
		case 'weekend':
			return formatWeek(base + 7 * off) + '-WE';
		case 'month': {
			const t = addMonths(y, m, off);
			return `${pad(t.y, 4)}-${pad(t.m)}`;
		}
		case 'quarter': {
			const index = y * 4 + Math.floor((m - 1) / 3) + off;
			return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
		}
		case 'year':
			return pad(y + off, 4);
		case 'decade':
			return String(Math.floor(y / 10) + off);
		default:
			return undefined;
	}
}
