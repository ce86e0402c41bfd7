import { State, createEmptyCard, type Card, type ReviewLog } from 'ts-fsrs';

/**
 * A card's FSRS memory state as we store it. Same fields as ts-fsrs's `Card`, but every date is
 * epoch milliseconds: numbers index, compare and export as JSON without a reviver, and a
 * `Date` stored in IndexedDB would come back as a `Date` while one in a backup comes back as a
 * string. ts-fsrs only ever sees `Date`s; the conversion happens in this file and nowhere else.
 */
export interface CardState {
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: State;
	/** null until the first review. */
	last_review: number | null;
}

/** ts-fsrs's review log, dates as epoch milliseconds. Describes the card *before* the review. */
export interface StoredReviewLog {
	rating: number;
	state: State;
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	review: number;
}

export function toFsrsCard(state: CardState): Card {
	const card: Card = {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: state.elapsed_days,
		scheduled_days: state.scheduled_days,
		learning_steps: state.learning_steps,
		reps: state.reps,
		lapses: state.lapses,
		state: state.state
	};
	if (state.last_review !== null) card.last_review = new Date(state.last_review);
	return card;
}

export function fromFsrsCard(card: Card): CardState {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: card.last_review ? card.last_review.getTime() : null
	};
}

export function fromFsrsLog(log: ReviewLog): StoredReviewLog {
	return {
		rating: log.rating,
		state: log.state,
		due: log.due.getTime(),
		stability: log.stability,
		difficulty: log.difficulty,
		elapsed_days: log.elapsed_days,
		last_elapsed_days: log.last_elapsed_days,
		scheduled_days: log.scheduled_days,
		learning_steps: log.learning_steps,
		review: log.review.getTime()
	};
}

/** A card nobody has studied yet, due at `now`. */
export function newCardState(now: Date): CardState {
	return fromFsrsCard(createEmptyCard(now));
}

export { State };
