import { startOfStudyDay } from '$lib/srs';
import { ROLLOVER_HOUR, addStudyDays, studyDayKey } from './days';
import type { ReviewFacts } from './types';

export interface CalendarDay {
	/** YYYY-MM-DD of the study day. */
	key: string;
	start: number;
	reviews: number;
	/** 0 for none, then 1–4 by quarters of the busiest day, for the heat-map shading. */
	level: 0 | 1 | 2 | 3 | 4;
	/** Column: 0 is the oldest week. */
	week: number;
	/** Row: 0 is Monday … 6 is Sunday. */
	weekday: number;
}

export interface ReviewCalendar {
	/** Every day from the Monday `weeks` weeks back to today, oldest first; no future days. */
	days: CalendarDay[];
	weeks: number;
	/** Answers on the busiest day (0 when none). */
	busiest: number;
	daysStudied: number;
	reviews: number;
}

/** Monday = 0 … Sunday = 6 (getDay() starts weeks on Sunday). */
const weekdayOf = (time: number) => (new Date(time).getDay() + 6) % 7;

/**
 * Answers per study day for the last `weeks` weeks (this week included), laid out as a heat-map
 * grid of week columns and weekday rows, weeks starting on Monday.
 */
export function reviewCalendar(
	reviews: readonly ReviewFacts[],
	now: Date,
	weeks = 26,
	rolloverHour = ROLLOVER_HOUR
): ReviewCalendar {
	const today = startOfStudyDay(now, rolloverHour);
	const first = addStudyDays(today, -(weekdayOf(today) + 7 * (weeks - 1)));
	const perDay = new Map<string, number>();
	for (const { reviewedAt } of reviews) {
		if (reviewedAt < first || reviewedAt > now.getTime()) continue;
		const key = studyDayKey(reviewedAt, rolloverHour);
		perDay.set(key, (perDay.get(key) ?? 0) + 1);
	}
	const busiest = Math.max(0, ...perDay.values());
	const days: CalendarDay[] = [];
	for (let i = 0, start = first; start <= today; i++, start = addStudyDays(first, i)) {
		const key = studyDayKey(start, rolloverHour);
		const count = perDay.get(key) ?? 0;
		days.push({
			key,
			start,
			reviews: count,
			level: count === 0 ? 0 : (Math.ceil((count / busiest) * 4) as 1 | 2 | 3 | 4),
			week: Math.floor(i / 7),
			weekday: i % 7
		});
	}
	let total = 0;
	for (const count of perDay.values()) total += count;
	return { days, weeks, busiest, daysStudied: perDay.size, reviews: total };
}
