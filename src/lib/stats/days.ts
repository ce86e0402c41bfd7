import { startOfStudyDay } from '$lib/srs';

/** Hour the study day starts; the same default as the due queue (Anki's 4 am). */
export const ROLLOVER_HOUR = 4;

/**
 * The study day `days` after the one starting at `start`. `setDate` keeps the wall-clock hour,
 * so a day across a daylight-saving change is 23 or 25 hours long instead of drifting off 4 am.
 */
export function addStudyDays(start: number, days: number): number {
	const date = new Date(start);
	date.setDate(date.getDate() + days);
	return date.getTime();
}

/** "2026-03-10" for the study day that `time` falls in (1 am counts as the evening before). */
export function studyDayKey(time: number, rolloverHour = ROLLOVER_HOUR): string {
	return dateKey(startOfStudyDay(new Date(time), rolloverHour));
}

/** The local calendar date of `time` as YYYY-MM-DD. */
export function dateKey(time: number): string {
	const date = new Date(time);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
