import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionType } from '$lib/engine';
import { saveDeck, type FactdeckDB } from '$lib/db';
import { failingWrites, makeArticle, openTestDb } from '$lib/db/testing';
import { Rating, createScheduler } from '$lib/srs';
import { quizQuestion } from '$lib/components/quiz/testing';
import type { QuizResponse } from '$lib/components/quiz/lib';
import { QuizSession, readQuizPool } from './quiz-session.svelte';

const now = new Date('2026-03-10T12:00:00Z');
const TYPES: QuestionType[] = ['multiple-choice', 'true-false', 'cloze', 'matching', 'ordering'];
let db: FactdeckDB;
afterEach(() => db?.close());

async function setup(fault?: Parameters<FactdeckDB['use']>[0]) {
	db = openTestDb(`quiz-${Math.random()}`).db;
	if (fault) db.use(fault);
	const questions = [...TYPES, 'flashcard' as const].map((type, n) => quizQuestion(type, n));
	const deckId = await saveDeck(db, makeArticle({ title: 'Sample' }), questions, now);
	const session = new QuizSession({
		db: () => db,
		scheduler: () => createScheduler({ enableFuzz: false }),
		now: () => now,
		seed: () => 1
	});
	return { deckId, session, pool: await readQuizPool(db, deckId) };
}

/** The right response to each question, as the learner would give it. */
function rightResponse(session: QuizSession): QuizResponse {
	const q = session.current?.question;
	if (!q) throw new Error('no question on screen');
	if (q.type === 'cloze') return { kind: 'text', text: q.answer.toLowerCase() };
	if (q.type === 'matching') return { kind: 'pairs', pairs: q.pairs ?? [] };
	if (q.type === 'ordering') return { kind: 'order', items: q.items ?? [] };
	return { kind: 'choice', choice: q.answer };
}

describe('readQuizPool', () => {
	it('reads one deck, without flashcards or suspended cards, and says when a deck is missing', async () => {
		const { deckId, pool } = await setup();
		expect(pool.title).toBe('Sample');
		expect(pool.cards.map((c) => c.question.type).sort()).toEqual([...TYPES].sort());
		await db.cards.update(pool.cards[0]?.id ?? '', { suspended: 1 });
		expect((await readQuizPool(db, deckId)).cards).toHaveLength(4);
		expect(await readQuizPool(db, 'nope')).toMatchObject({ found: false, cards: [] });
		expect(await readQuizPool(db, null)).toMatchObject({ found: true, title: null });
	});
});

describe('QuizSession', () => {
	it('asks every type, grades, schedules each answer and scores the session', async () => {
		const { session, pool } = await setup();
		session.start(pool.cards, 10);
		expect(session.total).toBe(5);
		const asked = new Set<string>();
		for (let i = 0; i < 5; i++) {
			expect(session.phase).toBe('asking');
			const type = session.current?.question.type ?? '';
			asked.add(type);
			// Everything right except the true/false question.
			session.submit(
				type === 'true-false' ? { kind: 'choice', choice: 'True' } : rightResponse(session)
			);
			expect(session.phase).toBe('feedback');
			expect(session.lastOutcome?.correct).toBe(type !== 'true-false');
			session.next();
		}
		expect(asked).toEqual(new Set(TYPES));
		expect(session.phase).toBe('results');
		expect(session.score).toEqual({ correct: 4, total: 5, percent: 80 });
		expect(session.missed.map((o) => o.card.question.type)).toEqual(['true-false']);

		await session.settled();
		const reviews = await db.reviews.toArray();
		expect(reviews).toHaveLength(5);
		expect(reviews.every((r) => r.mode === 'quiz')).toBe(true);
		const tf = reviews.find((r) => !r.correct);
		expect(tf).toMatchObject({ rating: Rating.Again, answer: 'True' });
		expect(reviews.filter((r) => r.correct).every((r) => r.rating === Rating.Good)).toBe(true);
	});

	it('retries just the missed questions, rating a right retry Hard', async () => {
		const { session, pool } = await setup();
		session.start(pool.cards, 10);
		for (let i = 0; i < 5; i++) {
			session.submit({ kind: 'text', text: 'certainly wrong' });
			session.next();
		}
		expect(session.score.correct).toBe(0);
		const keyBefore = session.questionKey;
		session.retryMissed();
		expect(session.retrying).toBe(true);
		expect(session.total).toBe(5);
		expect(session.questionKey).not.toBe(keyBefore);
		session.submit(rightResponse(session));
		await session.settled();
		const last = (await db.reviews.toArray()).at(-1);
		expect(last).toMatchObject({ correct: true, rating: Rating.Hard });
	});

	it('ignores answers out of turn and can go back to setup', async () => {
		const { session, pool } = await setup();
		session.next();
		session.submit({ kind: 'choice', choice: 'x' });
		expect(session.phase).toBe('setup');
		session.start(pool.cards, 2);
		expect(session.total).toBe(2);
		session.submit(rightResponse(session));
		session.submit(rightResponse(session));
		expect(session.outcomes).toHaveLength(1);
		session.newQuiz();
		expect(session.phase).toBe('setup');
		expect(session.current).toBeUndefined();
	});

	it('shows a storage failure and carries on with the quiz', async () => {
		const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		const { session, pool } = await setup(failingWrites('reviews', quota));
		session.start(pool.cards, 3);
		session.submit(rightResponse(session));
		await session.settled();
		expect(session.storageMessage).toMatch(/not saved.*out of storage space/);
		expect(session.phase).toBe('feedback');
		session.next();
		expect(session.phase).toBe('asking');
		session.dismissStorageMessage();
		expect(session.storageMessage).toBe('');
	});
});
