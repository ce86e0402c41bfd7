/** Small factories for the statistics tests. Not exported from index.ts. */
import { State } from '$lib/srs';
import type { ReviewFacts, ScheduleFacts } from './types';

/** Local wall-clock time on 10 March 2026, so tests hold in any time zone. */
export const at = (day: number, hour = 12, month = 2) => new Date(2026, month, day, hour);

export function makeSchedule(overrides: Partial<ScheduleFacts> = {}): ScheduleFacts {
	return { state: State.Review, due: at(12).getTime(), stability: 5, suspended: 0, ...overrides };
}

let nextCard = 0;

export function makeReview(overrides: Partial<ReviewFacts> = {}): ReviewFacts {
	return {
		cardId: `deck:q${nextCard++}`,
		rating: 3,
		correct: true,
		reviewedAt: at(10).getTime(),
		prevState: State.Review,
		...overrides
	};
}

/** One review at noon on each of the given days of March 2026. */
export const reviewsOn = (...days: number[]) =>
	days.map((day) => makeReview({ reviewedAt: at(day).getTime() }));
