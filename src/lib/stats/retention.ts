import { Rating, State } from '$lib/srs';
import { startOfStudyDay } from '$lib/srs';
import { ROLLOVER_HOUR, dateKey } from './days';
import type { ReviewFacts } from './types';

export interface MonthRetention {
	/** YYYY-MM. */
	key: string;
	/** First day of the month, local midnight (epoch ms). */
	start: number;
	/** Answers to cards that were in long-term review. */
	answers: number;
	/** Of those, answers that were not Again. */
	passed: number;
	/** passed / answers, or null in a month without such answers. */
	rate: number | null;
}

/**
 * True retention per month, oldest first, the current month last: of the answers to cards in
 * review (not new, not in learning steps, whose short intervals would flatter the number), the
 * share that was not Again. This is what FSRS's desired retention aims at, so the two compare.
 * A review belongs to the month of its study day.
 */
export function retentionByMonth(
	reviews: readonly ReviewFacts[],
	now: Date,
	months = 12,
	rolloverHour = ROLLOVER_HOUR
): MonthRetention[] {
	const current = new Date(startOfStudyDay(now, rolloverHour));
	const rows: MonthRetention[] = Array.from({ length: months }, (_, i) => {
		const start = new Date(current.getFullYear(), current.getMonth() - (months - 1 - i), 1);
		return {
			key: dateKey(start.getTime()).slice(0, 7),
			start: start.getTime(),
			answers: 0,
			passed: 0,
			rate: null
		};
	});
	const byKey = new Map(rows.map((row) => [row.key, row]));
	for (const review of reviews) {
		if (review.prevState !== State.Review) continue;
		const key = dateKey(startOfStudyDay(new Date(review.reviewedAt), rolloverHour)).slice(0, 7);
		const row = byKey.get(key);
		if (!row) continue;
		row.answers++;
		if (review.rating !== Rating.Again) row.passed++;
	}
	for (const row of rows) row.rate = row.answers ? row.passed / row.answers : null;
	return rows;
}
