/**
 * Clock times: "10:30", "10:30 a.m.", "3pm", "7.30pm", "18:00 UTC", as hour and minute in a
 * TimeSpec. The day they fall on is decided later, from their sentence (dates-resolve.ts).
 */

import { TIME_ZONES } from './dates-lexicon';
import type { TimeMatch, TimeSpec } from './dates-spec';
import type { Tokens } from './dates-tokens';

/** Skips "am", "pm", "a.m.", "p.m." after a clock time; returns the hour shift and next index. */
function meridiem(tk: Tokens, j: number): { shift: number; next: number } | null {
	const w = tk.lower(j);
	if (w === 'am' || w === 'pm') return { shift: w === 'pm' ? 12 : 0, next: j + 1 };
	if ((w === 'a' || w === 'p') && tk.raw(j + 1) === '.' && tk.lower(j + 2) === 'm') {
		const next = tk.raw(j + 3) === '.' && tk.glued(j + 3) ? j + 4 : j + 3;
		return { shift: w === 'p' ? 12 : 0, next };
	}
	return null;
}

function withZone(tk: Tokens, j: number, spec: TimeSpec): TimeMatch['end'] {
	const z = tk.lower(j);
	if (TIME_ZONES.has(z) && tk.raw(j) === tk.raw(j).toUpperCase()) {
		if (z === 'utc' || z === 'gmt') spec.zulu = true;
		return j + 1;
	}
	return j;
}

export function matchClock(tk: Tokens, i: number): TimeMatch | null {
	const [h = '', mm = '', ...rest] = tk.raw(i).split(':');
	if (rest.length > 1 || !/^\d{1,2}$/.test(h) || !/^\d\d$/.test(mm)) return null;
	let hour = Number(h);
	const minute = Number(mm);
	if (hour > 24 || minute > 59) return null;
	let end = i + 1;
	const mer = meridiem(tk, end);
	if (mer) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + mer.shift;
		end = mer.next;
	}
	const spec: TimeSpec = { hour, minute };
	return { first: i, end: withZone(tk, end, spec), spec };
}

/** "3pm", "3 p.m." */
export function matchHourOnly(tk: Tokens, i: number): TimeMatch | null {
	const h = Number(tk.raw(i));
	if (h < 1 || h > 12) return null;
	const mer = meridiem(tk, i + 1);
	if (!mer) return null;
	const spec: TimeSpec = { hour: (h % 12) + mer.shift, minute: 0 };
	return { first: i, end: withZone(tk, mer.next, spec), spec };
}

export function matchDottedTime(tk: Tokens, i: number, r: string): TimeMatch | null {
	const [h = 0, minute = 0] = r.split('.').map(Number);
	const mer = meridiem(tk, i + 1);
	if (!mer || h < 1 || h > 12 || minute > 59) return null;
	const spec: TimeSpec = { hour: (h % 12) + mer.shift, minute };
	return { first: i, end: withZone(tk, mer.next, spec), spec };
}
