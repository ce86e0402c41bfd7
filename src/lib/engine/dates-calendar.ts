/**
 * Calendar arithmetic on plain day numbers (days since 1970-01-01, UTC). Everything takes its
 * reference date as an argument; Date is used only through Date.UTC, never the clock.
 */

export interface Ymd {
	y: number;
	m: number;
	d: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
	return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
	const date = new Date(n * DAY_MS);
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
	return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses YYYY-MM-DD (as given in ExtractOptions); anything else is no reference at all. */
export function parseReference(s: string | undefined): number | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
	if (!m) return undefined;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
	return dayNumber(y, mo, d);
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(n: number): { year: number; week: number } {
	const thursday = n - ((weekdayOf(n) + 6) % 7) + 3;
	const year = fromDayNumber(thursday).y;
	const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
	return { year, week };
}

export function pad(n: number, width = 2): string {
	const s = String(Math.abs(n)).padStart(width, '0');
	return n < 0 ? '-' + s : s;
}

export function formatDay(n: number): string {
	const { y, m, d } = fromDayNumber(n);
	return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatWeek(n: number): string {
	const { year, week } = isoWeek(n);
	return `${pad(year, 4)}-W${pad(week)}`;
}

/** Adds months to a (year, month) pair, carrying into years. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
	const total = y * 12 + (m - 1) + months;
	return { y: Math.floor(total / 12), m: (((total % 12) + 12) % 12) + 1 };
}
