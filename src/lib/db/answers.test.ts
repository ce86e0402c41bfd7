import { afterEach, describe, expect, it } from 'vitest';
import { Rating, State, createScheduler } from '$lib/srs';
import { recordAnswer, undoLastAnswer, type AnswerInput } from './answers';
import { cardIdFor, saveDeck } from './decks';
import { MissingCardError } from './errors';
import { makeArticle, makeQuestions, openTestDb } from './testing';
import type { FactdeckDB } from './database';

const now = new Date('2026-03-10T12:00:00Z');
const scheduler = createScheduler();
let db: FactdeckDB;
afterEach(() => db?.close());

async function deckWithOneCard(target = openTestDb()) {
	db = target.db;
	const articleId = await saveDeck(db, makeArticle(), makeQuestions(1), now);
	return cardIdFor(articleId, 'q0');
}

function input(cardId: string, overrides: Partial<AnswerInput> = {}): AnswerInput {
	return {
		cardId,
		rating: Rating.Good,
		mode: 'quiz',
		answer: 'Answer 0',
		correct: true,
		durationMs: 2500,
		now,
		scheduler,
		...overrides
	};
}

describe('recordAnswer', () => {
	it('writes the new schedule and the review together', async () => {
		const cardId = await deckWithOneCard();
		const before = await db.schedules.get(cardId);
		const reviewId = await recordAnswer(db, input(cardId));
		const schedule = await db.schedules.get(cardId);
		const review = await db.reviews.get(reviewId);
		expect(schedule?.state).toBe(State.Learning);
		expect(schedule?.last_review).toBe(now.getTime());
		expect(review).toMatchObject({
			cardId,
			rating: Rating.Good,
			mode: 'quiz',
			answer: 'Answer 0',
			correct: true,
			durationMs: 2500,
			reviewedAt: now.getTime(),
			prevState: State.New
		});
		expect(review?.prev.due).toBe(before?.due);
		expect(review?.log.state).toBe(State.New);
	});

	it('loses no review when two tabs answer the same card at once', async () => {
		const first = openTestDb('two-tabs');
		const cardId = await deckWithOneCard(first);
		const otherTab = openTestDb('two-tabs', first.indexedDB).db;
		await Promise.all([
			recordAnswer(db, input(cardId)),
			recordAnswer(otherTab, input(cardId, { rating: Rating.Again }))
		]);
		const reviews = await db.reviews.orderBy('id').toArray();
		expect(reviews).toHaveLength(2);
		// The second answer saw the first one's result, not the original new card.
		expect(reviews[1]?.prev.reps).toBe(1);
		expect((await db.schedules.get(cardId))?.reps).toBe(2);
		otherTab.close();
	});

	it('throws MissingCardError for a card deleted meanwhile, writing nothing', async () => {
		await deckWithOneCard();
		await expect(recordAnswer(db, input('gone:q0'))).rejects.toBeInstanceOf(MissingCardError);
		expect(await db.reviews.count()).toBe(0);
	});
});

describe('undoLastAnswer', () => {
	it('restores the previous schedule exactly and removes the review', async () => {
		const cardId = await deckWithOneCard();
		const first = await recordAnswer(db, input(cardId));
		const afterFirst = await db.schedules.get(cardId);
		const second = await recordAnswer(db, input(cardId, { rating: Rating.Easy }));
		expect(await undoLastAnswer(db, second)).toEqual({ ok: true, cardId });
		expect(await db.schedules.get(cardId)).toEqual(afterFirst);
		expect(await db.reviews.get(second)).toBeUndefined();
		expect(await undoLastAnswer(db, first)).toEqual({ ok: true, cardId });
		expect((await db.schedules.get(cardId))?.state).toBe(State.New);
	});

	it('refuses to undo an answer that a later one built on', async () => {
		const cardId = await deckWithOneCard();
		const first = await recordAnswer(db, input(cardId));
		await recordAnswer(db, input(cardId));
		expect(await undoLastAnswer(db, first)).toEqual({ ok: false, reason: 'not-latest' });
		expect(await undoLastAnswer(db, 999)).toEqual({ ok: false, reason: 'not-found' });
		expect(await db.reviews.count()).toBe(2);
	});
});
