import type { CardState, Grade, Scheduler } from '$lib/srs';
import type { FactdeckDB } from './database';
import { MissingCardError } from './errors';
import { storageTask } from './guard';
import type { Review, ReviewMode, Schedule } from './schema';

export interface AnswerInput {
	cardId: string;
	rating: Grade;
	mode: ReviewMode;
	/** What the learner typed or chose; '' for a flashcard. */
	answer: string;
	correct: boolean;
	durationMs: number;
	now: Date;
	scheduler: Scheduler;
}

/** The FSRS part of a schedule row, which is what a review stores for undo. */
export function memoryState(s: Schedule): CardState {
	return {
		due: s.due,
		stability: s.stability,
		difficulty: s.difficulty,
		elapsed_days: s.elapsed_days,
		scheduled_days: s.scheduled_days,
		learning_steps: s.learning_steps,
		reps: s.reps,
		lapses: s.lapses,
		state: s.state,
		last_review: s.last_review
	};
}

/**
 * Records one answer: reads the card's schedule, applies FSRS, writes the new schedule and appends
 * the review — all in one read-write transaction over schedules and reviews, so:
 * - both rows are written or neither (a quota error mid-way leaves no half answer);
 * - two tabs answering the same card are serialised by IndexedDB, and the second reads the first's
 *   result instead of a stale copy, so no review is lost.
 * Returns the new review's id (for undo). Throws `MissingCardError` when the card is gone and
 * `StorageError` for storage failures.
 */
export function recordAnswer(db: FactdeckDB, input: AnswerInput): Promise<number> {
	const { cardId, rating, mode, answer, correct, durationMs, now, scheduler } = input;
	return storageTask(db, () =>
		db.transaction('rw', [db.schedules, db.reviews], async () => {
			const schedule = await db.schedules.get(cardId);
			if (!schedule) throw new MissingCardError(cardId);
			const prev = memoryState(schedule);
			const { state, log } = scheduler.applyRating(prev, rating, now);
			await db.schedules.put({ ...schedule, ...state });
			const review: Omit<Review, 'id'> = {
				cardId,
				articleId: schedule.articleId,
				rating,
				mode,
				answer,
				correct,
				durationMs: Math.max(0, Math.round(durationMs)),
				reviewedAt: now.getTime(),
				prevState: prev.state,
				prev,
				log
			};
			return db.reviews.add(review);
		})
	);
}

export type UndoResult =
	{ ok: true; cardId: string } | { ok: false; reason: 'not-found' | 'not-latest' };

/**
 * Takes back an answer: writes the schedule stored in the review back and deletes the review, in
 * one transaction. Only the card's latest review can be undone; if another tab has answered the
 * card since, restoring this review's `prev` would erase that answer, so we refuse.
 */
export function undoLastAnswer(db: FactdeckDB, reviewId: number): Promise<UndoResult> {
	return storageTask(db, () =>
		db.transaction('rw', [db.schedules, db.reviews], async (): Promise<UndoResult> => {
			const review = await db.reviews.get(reviewId);
			const schedule = review && (await db.schedules.get(review.cardId));
			if (!review || !schedule) return { ok: false, reason: 'not-found' };
			// Index order within one cardId is by primary key, so last() is the newest review.
			const latest = await db.reviews.where('cardId').equals(review.cardId).last();
			if (latest?.id !== reviewId) return { ok: false, reason: 'not-latest' };
			await db.schedules.put({ ...schedule, ...review.prev });
			await db.reviews.delete(reviewId);
			return { ok: true, cardId: review.cardId };
		})
	);
}
