import { State } from '$lib/srs';
import type { ScheduleFacts } from './types';

/** A card counts as mastered once FSRS expects it to be remembered for three weeks or more. */
export const MASTERED_STABILITY_DAYS = 21;

export interface CardCounts {
	total: number;
	/** Unsuspended cards never studied. */
	new: number;
	/** Unsuspended cards in their learning or relearning steps. */
	learning: number;
	/** Unsuspended cards in long-term review. */
	review: number;
	suspended: number;
	/** Unsuspended studied cards with stability ≥ 21 days; a subset of learning + review. */
	mastered: number;
}

/** How many cards are in each state. Suspended cards count only as suspended. */
export function cardCounts(schedules: readonly ScheduleFacts[]): CardCounts {
	const counts: CardCounts = {
		total: schedules.length,
		new: 0,
		learning: 0,
		review: 0,
		suspended: 0,
		mastered: 0
	};
	for (const { state, stability, suspended } of schedules) {
		if (suspended) {
			counts.suspended++;
			continue;
		}
		if (state === State.New) {
			counts.new++;
			continue;
		}
		if (state === State.Review) counts.review++;
		else counts.learning++;
		if (stability >= MASTERED_STABILITY_DAYS) counts.mastered++;
	}
	return counts;
}
