// liveQuery only runs when Dexie found a global indexedDB at load time, as in a browser.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { Rating, createScheduler } from '$lib/srs';
import { recordAnswer } from './answers';
import { cardIdFor, deleteDeck, saveDeck, setSuspended } from './decks';
import { deckSummaries, dueQueue } from './queue';
import { makeArticle, makeQuestions, openTestDb } from './testing';
import type { FactdeckDB } from './database';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Local noon, far from the 4 am rollover in any time zone the runner uses.
const day0 = new Date(2026, 2, 10, 12);
const at = (ms: number) => new Date(day0.getTime() + ms);
const scheduler = createScheduler({ enableFuzz: false });
let db: FactdeckDB;
afterEach(() => db?.close());

async function answer(cardId: string, rating: 1 | 2 | 3 | 4, now: Date) {
	await recordAnswer(db, {
		cardId,
		rating,
		mode: 'flashcard',
		answer: '',
		correct: rating > 1,
		durationMs: 1,
		now,
		scheduler
	});
}

describe('dueQueue', () => {
	it('orders learning, then review, then new cards up to the daily limit', async () => {
		({ db } = openTestDb());
		const a = await saveDeck(db, makeArticle(), makeQuestions(10), day0);
		const id = (n: number) => cardIdFor(a, `q${n}`);
		// Yesterday: q0 and q1 graduated with Easy, so they are review cards.
		const yesterday = at(-DAY);
		await answer(id(0), Rating.Easy, yesterday);
		await answer(id(1), Rating.Easy, yesterday);
		// Today: q3 started (learning, due in 1m), counting toward today's new cards.
		await answer(id(3), Rating.Again, day0);

		const queue = await dueQueue(db, at(30 * DAY), { newPerDay: 3 });
		expect(queue.entries.map((e) => [e.kind, e.card.questionId])).toEqual([
			['learning', 'q3'],
			['review', 'q0'],
			['review', 'q1'],
			['new', 'q2'],
			['new', 'q4'],
			['new', 'q5']
		]);

		const session = await dueQueue(db, at(30 * DAY), { newPerDay: 3, limit: 2 });
		expect(session.entries.map((e) => e.card.questionId)).toEqual(['q3', 'q0']);
		expect(session.counts).toEqual({ learning: 1, review: 2, new: 3 });

		const today = await dueQueue(db, at(2 * 60_000), { newPerDay: 3 });
		expect(today.newStartedToday).toBe(1);
		expect(today.entries.map((e) => [e.kind, e.card.questionId])).toEqual([
			['learning', 'q3'],
			['new', 'q2'],
			['new', 'q4']
		]);
		expect(today.counts).toEqual({ learning: 1, review: 0, new: 2 });
	});

	it('excludes suspended cards and deleted decks, and can focus one deck', async () => {
		({ db } = openTestDb());
		const a = await saveDeck(db, makeArticle(), makeQuestions(3), day0);
		const b = await saveDeck(db, makeArticle(), makeQuestions(3), day0);
		const c = await saveDeck(db, makeArticle(), makeQuestions(3), day0);
		await setSuspended(db, [cardIdFor(a, 'q0')], true);
		await deleteDeck(db, c);
		const all = await dueQueue(db, day0, { newPerDay: 100 });
		expect(all.entries).toHaveLength(5);
		expect(all.entries.some((e) => e.card.id === cardIdFor(a, 'q0'))).toBe(false);
		const onlyB = await dueQueue(db, day0, { newPerDay: 2, articleId: b });
		expect(onlyB.entries.map((e) => e.card.id)).toEqual([cardIdFor(b, 'q0'), cardIdFor(b, 'q1')]);
	});

	it('the daily new limit resets at the next study day', async () => {
		({ db } = openTestDb());
		const a = await saveDeck(db, makeArticle(), makeQuestions(4), day0);
		await answer(cardIdFor(a, 'q0'), Rating.Good, day0);
		await answer(cardIdFor(a, 'q1'), Rating.Good, day0);
		expect((await dueQueue(db, day0, { newPerDay: 2 })).counts.new).toBe(0);
		expect((await dueQueue(db, at(DAY), { newPerDay: 2 })).counts.new).toBe(2);
	});
});

describe('deckSummaries', () => {
	it('counts cards, due, new and suspended per deck, newest deck first', async () => {
		({ db } = openTestDb());
		const a = await saveDeck(db, makeArticle({ title: 'Old' }), makeQuestions(4), day0);
		const b = await saveDeck(db, makeArticle({ title: 'New' }), makeQuestions(2), at(HOUR));
		await answer(cardIdFor(a, 'q0'), Rating.Again, day0);
		await answer(cardIdFor(a, 'q1'), Rating.Easy, day0);
		await setSuspended(db, [cardIdFor(a, 'q3')], true);
		const summaries = await deckSummaries(db, at(2 * HOUR));
		expect(summaries).toEqual([
			expect.objectContaining({
				articleId: b,
				title: 'New',
				cardCount: 2,
				newCount: 2,
				dueCount: 0
			}),
			expect.objectContaining({
				articleId: a,
				title: 'Old',
				cardCount: 4,
				dueCount: 1,
				newCount: 1,
				suspendedCount: 1
			})
		]);
	});

	it('finds the deck of every card when deck ids hold colons, as imported ids may', async () => {
		({ db } = openTestDb());
		const a = await saveDeck(db, makeArticle({ id: 'urn:deck' }), makeQuestions(3), day0);
		const b = await saveDeck(db, makeArticle({ id: 'urn' }), makeQuestions(1), at(HOUR));
		await answer(cardIdFor(a, 'q0'), Rating.Again, day0);
		const summaries = await deckSummaries(db, at(2 * HOUR));
		expect(
			summaries.map(({ articleId, cardCount, dueCount, newCount }) => ({
				articleId,
				cardCount,
				dueCount,
				newCount
			}))
		).toEqual([
			{ articleId: b, cardCount: 1, dueCount: 0, newCount: 1 },
			{ articleId: a, cardCount: 3, dueCount: 1, newCount: 2 }
		]);
	});
});

describe('as live queries', () => {
	it('deckSummaries re-runs when a deck is saved, as the deck list needs', async () => {
		({ db } = openTestDb());
		const seen: number[] = [];
		const subscription = liveQuery(() => deckSummaries(db, day0)).subscribe({
			next: (decks) => seen.push(decks.length)
		});
		for (let i = 0; i < 100 && seen.length < 1; i++) await new Promise((r) => setTimeout(r, 5));
		await saveDeck(db, makeArticle(), makeQuestions(2), day0);
		for (let i = 0; i < 100 && seen.at(-1) !== 1; i++) await new Promise((r) => setTimeout(r, 5));
		subscription.unsubscribe();
		expect(seen).toEqual([0, 1]);
	});
});
