import { afterEach, describe, expect, it } from 'vitest';
import { Rating, createScheduler } from '$lib/srs';
import { recordAnswer } from './answers';
import {
	cardIdFor,
	deleteDeck,
	ensureSampleDeck,
	regenerateDeck,
	saveDeck,
	setSuspended
} from './decks';
import { getSettings } from './settings';
import { makeArticle, makeQuestion, makeQuestions, openTestDb } from './testing';
import type { FactdeckDB } from './database';

const now = new Date('2026-03-10T12:00:00Z');
const scheduler = createScheduler({ enableFuzz: false });
let db: FactdeckDB;
afterEach(() => db?.close());

async function answer(cardId: string, rating: 1 | 2 | 3 | 4 = Rating.Good) {
	return recordAnswer(db, {
		cardId,
		rating,
		mode: 'flashcard',
		answer: '',
		correct: rating > 1,
		durationMs: 1000,
		now,
		scheduler
	});
}

describe('saveDeck', () => {
	it('writes the article, one card and one new schedule per question', async () => {
		({ db } = openTestDb());
		const id = await saveDeck(db, makeArticle(), makeQuestions(3), now);
		expect((await db.articles.get(id))?.addedAt).toBe(now.getTime());
		const cards = await db.cards.where({ articleId: id }).toArray();
		expect(cards.map((c) => c.id)).toEqual([
			cardIdFor(id, 'q0'),
			cardIdFor(id, 'q1'),
			cardIdFor(id, 'q2')
		]);
		expect(cards[1]?.fact).toBe(makeQuestion(1).fact);
		const schedules = await db.schedules.where({ articleId: id }).toArray();
		expect(schedules.map((s) => [s.state, s.suspended, s.reps])).toEqual([
			[0, 0, 0],
			[0, 0, 0],
			[0, 0, 0]
		]);
	});

	it('writes nothing when any part fails (duplicate article id)', async () => {
		({ db } = openTestDb());
		await saveDeck(db, makeArticle({ id: 'a' }), makeQuestions(2), now);
		await expect(
			saveDeck(db, makeArticle({ id: 'a' }), makeQuestions(5, 10), now)
		).rejects.toThrow();
		expect(await db.cards.count()).toBe(2);
		expect(await db.schedules.count()).toBe(2);
	});

	it('keeps the first of two questions with the same id', async () => {
		({ db } = openTestDb());
		const id = await saveDeck(
			db,
			makeArticle(),
			[makeQuestion(1), makeQuestion(1, { answer: 'dup' })],
			now
		);
		expect((await db.cards.get(cardIdFor(id, 'q1')))?.question.answer).toBe('Answer 1');
	});
});

describe('regenerateDeck', () => {
	it('keeps unchanged cards with schedule and reviews, drops removed ones with theirs, adds new', async () => {
		({ db } = openTestDb());
		const id = await saveDeck(db, makeArticle(), makeQuestions(3), now);
		await answer(cardIdFor(id, 'q0'));
		await answer(cardIdFor(id, 'q2'));
		await setSuspended(db, [cardIdFor(id, 'q0')], true);
		const before = await db.schedules.get(cardIdFor(id, 'q0'));

		const questions = [
			makeQuestion(0, { prompt: 'Reworded ____' }),
			makeQuestion(1),
			makeQuestion(7)
		];
		const result = await regenerateDeck(db, id, { questions, engineVersion: 'test-2' }, now);

		expect(result).toEqual({ kept: 2, added: 1, removed: 1 });
		const q0 = await db.cards.get(cardIdFor(id, 'q0'));
		expect(q0?.question.prompt).toBe('Reworded ____');
		expect(q0?.suspended).toBe(1);
		expect(await db.schedules.get(cardIdFor(id, 'q0'))).toEqual(before);
		expect(await db.reviews.where({ cardId: cardIdFor(id, 'q0') }).count()).toBe(1);
		expect(await db.cards.get(cardIdFor(id, 'q2'))).toBeUndefined();
		expect(await db.schedules.get(cardIdFor(id, 'q2'))).toBeUndefined();
		expect(await db.reviews.where({ cardId: cardIdFor(id, 'q2') }).count()).toBe(0);
		expect((await db.schedules.get(cardIdFor(id, 'q7')))?.state).toBe(0);
		const article = await db.articles.get(id);
		expect(article?.engineVersion).toBe('test-2');
		expect(article?.title).toBe('A test article');
	});
});

describe('deleteDeck and setSuspended', () => {
	it('deletes the deck with everything in it, leaving other decks alone', async () => {
		({ db } = openTestDb());
		const a = await saveDeck(db, makeArticle(), makeQuestions(2), now);
		const b = await saveDeck(db, makeArticle(), makeQuestions(2), now);
		await answer(cardIdFor(a, 'q0'));
		await answer(cardIdFor(b, 'q0'));
		expect(await deleteDeck(db, a)).toBe(true);
		expect(await deleteDeck(db, a)).toBe(false);
		expect(await db.cards.count()).toBe(2);
		expect(await db.schedules.count()).toBe(2);
		expect((await db.reviews.toArray()).map((r) => r.articleId)).toEqual([b]);
	});

	it('suspends card and schedule together', async () => {
		({ db } = openTestDb());
		const a = await saveDeck(db, makeArticle(), makeQuestions(2), now);
		await setSuspended(db, [cardIdFor(a, 'q1')], true);
		expect((await db.cards.get(cardIdFor(a, 'q1')))?.suspended).toBe(1);
		expect((await db.schedules.get(cardIdFor(a, 'q1')))?.suspended).toBe(1);
		await setSuspended(db, [cardIdFor(a, 'q1')], false);
		expect((await db.schedules.get(cardIdFor(a, 'q1')))?.suspended).toBe(0);
	});
});

describe('ensureSampleDeck', () => {
	const sample = async () => ({
		article: makeArticle({ title: 'Sample' }),
		questions: makeQuestions(4)
	});

	it('seeds once, even when two tabs race', async () => {
		const first = openTestDb('race');
		db = first.db;
		const other = openTestDb('race', first.indexedDB).db;
		const results = await Promise.all([
			ensureSampleDeck(db, sample, now),
			ensureSampleDeck(other, sample, now),
			ensureSampleDeck(db, sample, now)
		]);
		expect(results.filter((r) => r === 'seeded')).toHaveLength(1);
		expect(await db.articles.count()).toBe(1);
		expect(await ensureSampleDeck(db, sample, now)).toBe('skipped');
		expect((await getSettings(db)).sampleSeeded).toBe(true);
		other.close();
	});

	it('stays deleted once the learner deletes it', async () => {
		({ db } = openTestDb());
		await ensureSampleDeck(db, sample, now);
		const [article] = await db.articles.toArray();
		expect(article?.isSample).toBe(true);
		await deleteDeck(db, article?.id ?? '');
		expect((await getSettings(db)).sampleDeleted).toBe(true);
		// Even if the seeded flag were lost (e.g. a partial restore), deleted wins.
		await db.settings.delete('sampleSeeded');
		expect(await ensureSampleDeck(db, sample, now)).toBe('skipped');
		expect(await db.articles.count()).toBe(0);
	});
});
