import type { FactKind } from '$lib/engine/types';
import type { Review, Schedule } from '$lib/db';

/** The parts of a schedule the statistics read; a full `Schedule` fits. */
export type ScheduleFacts = Pick<Schedule, 'state' | 'due' | 'stability' | 'suspended'>;

/** The parts of a review the statistics read; a full `Review` fits. */
export type ReviewFacts = Pick<
	Review,
	'cardId' | 'rating' | 'correct' | 'reviewedAt' | 'prevState'
>;

/** Which kind of fact each card asks about, by card id. */
export type KindOfCard = ReadonlyMap<string, FactKind>;
