import { startOfStudyDay } from '$lib/srs';
import { ROLLOVER_HOUR, addStudyDays, dateKey, studyDayKey } from './days';
import type { ReviewFacts } from './types';

export interface Streak {
	/** Consecutive study days with at least one answer, ending today (or yesterday, see below). */
	current: number;
	/** Whether today already counts; if not, the streak still stands until today ends. */
	studiedToday: boolean;
	/** The longest run among the reviews given. */
	longest: number;
}

/** Answers given since the current study day began. */
export function reviewsToday(
	reviews: readonly ReviewFacts[],
	now: Date,
	rolloverHour = ROLLOVER_HOUR
): number {
	const since = startOfStudyDay(now, rolloverHour);
	const until = now.getTime();
	return reviews.filter((r) => r.reviewedAt >= since && r.reviewedAt <= until).length;
}

/**
 * The study-day streak. A streak that ended yesterday is still current today (the learner has
 * until the 4 am rollover to keep it), as in Anki and Duolingo; it is only lost once a whole study
 * day passes without an answer.
 */
export function studyStreak(
	reviews: readonly ReviewFacts[],
	now: Date,
	rolloverHour = ROLLOVER_HOUR
): Streak {
	const studied = new Set(reviews.map((r) => studyDayKey(r.reviewedAt, rolloverHour)));
	const today = startOfStudyDay(now, rolloverHour);
	const studiedToday = studied.has(studyDayKey(today, rolloverHour));
	let current = 0;
	let day = studiedToday ? today : addStudyDays(today, -1);
	while (studied.has(studyDayKey(day, rolloverHour))) {
		current++;
		day = addStudyDays(day, -1);
	}
	return { current, studiedToday, longest: Math.max(current, longestRun(studied)) };
}

function longestRun(days: ReadonlySet<string>): number {
	let longest = 0;
	for (const key of days) {
		// Only start counting at the first day of a run, so each run is walked once.
		const start = new Date(`${key}T12:00:00`).getTime();
		if (days.has(dateKey(addStudyDays(start, -1)))) continue;
		let length = 0;
		let day = start;
		while (days.has(dateKey(day))) {
			length++;
			day = addStudyDays(day, 1);
		}
		longest = Math.max(longest, length);
	}
	return longest;
}
