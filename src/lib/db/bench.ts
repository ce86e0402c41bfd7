/**
 * Synthetic data and timings for `npm run bench:db` (run by the lead in Chromium through
 * Playwright). Plain TypeScript, no Node APIs, so it runs in the page.
 */
import { mulberry32 } from '$lib/engine';
import type { Question } from '$lib/engine/types';
import { createScheduler, newCardState, type CardState } from '$lib/srs';
import { memoryState, recordAnswer } from './answers';
import type { FactdeckDB } from './database';
import { cardIdFor } from './decks';
import { SESSION_QUEUE_LIMIT, deckSummaries, dueQueue } from './queue';
import type { Article, Card, Review, Schedule } from './schema';

const DAY = 86_400_000;

export interface BenchSize {
	cards: number;
	reviews: number;
	now: Date;
	cardsPerDeck?: number;
}

/** Deterministic pseudo-random numbers, so every bench run sees the same data. */
const random = mulberry32;

function benchQuestion(n: number): Question {
	return {
		id: `bq${n}`,
		type: 'multiple-choice',
		prompt: `Which figure did the report give for item ${n}?`,
		answer: `${n}`,
		options: [`${n}`, `${n + 1}`, `${n + 2}`, `${n + 3}`],
		fact: 'number',
		source: { start: 0, end: 10, sentence: `The report gave ${n} as the figure for item ${n}.` },
		score: 1
	};
}

/**
 * Rows for a synthetic collection shaped like a steady user's: decks of `cardsPerDeck` cards,
 * about 40% new, 2% in learning (half of them due) and 58% in review with due dates spread over
 * the next two months, 5% of them overdue — about 400 cards due of 10,000 — plus `reviews`
 * reviews over the past year. Seeded, so every run sees the same data.
 */
export function buildBenchRows(size: BenchSize): BenchRows {
	const { cards: cardCount, reviews: reviewCount, now, cardsPerDeck = 100 } = size;
	const rand = random(42);
	const t = now.getTime();
	const articles: Article[] = [];
	const cards: Card[] = [];
	const schedules: Schedule[] = [];
	for (let i = 0; i < cardCount; i++) {
		const deck = Math.floor(i / cardsPerDeck);
		const articleId = `bench-${deck}`;
		if (i % cardsPerDeck === 0) {
			articles.push({
				id: articleId,
				title: `Bench deck ${deck}`,
				text: 'x',
				addedAt: t - deck * DAY,
				engineVersion: 'bench'
			});
		}
		const question = benchQuestion(i);
		const id = cardIdFor(articleId, question.id);
		cards.push({
			id,
			articleId,
			questionId: question.id,
			question,
			fact: question.fact,
			suspended: 0,
			createdAt: t - 400 * DAY
		});
		const r = rand();
		const state: CardState = newCardState(new Date(t - 400 * DAY + i));
		if (r >= 0.4) {
			const learning = r < 0.42;
			Object.assign(state, {
				state: learning ? 1 : 2,
				due: learning ? t + (rand() - 0.5) * 20 * 60_000 : t + (rand() - 0.05) * 60 * DAY,
				stability: 1 + rand() * 50,
				difficulty: 1 + rand() * 9,
				reps: 1 + Math.floor(rand() * 10),
				last_review: t - Math.floor(rand() * 30) * DAY
			});
		}
		schedules.push({ ...state, cardId: id, articleId, suspended: 0 });
	}
	const studied = schedules.filter((s) => s.state !== 0);
	const reviews: Omit<Review, 'id'>[] = [];
	for (let i = 0; i < reviewCount && studied.length; i++) {
		const schedule = studied[Math.floor(rand() * studied.length)] as Schedule;
		const { cardId, articleId } = schedule;
		const prev = memoryState(schedule);
		const reviewedAt = t - Math.floor(rand() * 365 * DAY);
		const rating = (1 + Math.floor(rand() * 4)) as Review['rating'];
		reviews.push({
			cardId,
			articleId,
			rating,
			mode: rand() < 0.5 ? 'quiz' : 'flashcard',
			answer: '',
			correct: rating > 1,
			durationMs: Math.floor(rand() * 20_000),
			reviewedAt,
			prevState: i % 10 === 0 ? 0 : 2,
			prev,
			log: {
				rating,
				state: prev.state,
				due: prev.due,
				stability: prev.stability,
				difficulty: prev.difficulty,
				elapsed_days: prev.elapsed_days,
				last_elapsed_days: 0,
				scheduled_days: prev.scheduled_days,
				learning_steps: prev.learning_steps,
				review: reviewedAt
			}
		});
	}
	// Ids as the database would assign them, so the rows can also stand in for an exported file.
	return { articles, cards, schedules, reviews: reviews.map((r, i) => ({ ...r, id: i + 1 })) };
}

export interface BenchRows {
	articles: Article[];
	cards: Card[];
	schedules: Schedule[];
	reviews: Review[];
}

/** Writes `buildBenchRows(size)` into an empty database with bulk adds in one transaction. */
export async function seedBenchData(db: FactdeckDB, size: BenchSize): Promise<void> {
	const rows = buildBenchRows(size);
	await db.transaction('rw', [db.articles, db.cards, db.schedules, db.reviews], async () => {
		await db.articles.bulkAdd(rows.articles);
		await db.cards.bulkAdd(rows.cards);
		await db.schedules.bulkAdd(rows.schedules);
		await db.reviews.bulkAdd(rows.reviews);
	});
}

export interface DbBenchResult {
	dueQueueMs: number;
	recordAnswerP95Ms: number;
	deckListMs: number;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await fn();
	return performance.now() - start;
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Median of 5 runs for the queue and the deck list (after one warm-up), and the 95th percentile
 * of 40 answers to due cards. Answers are real writes: run it on a throwaway database.
 */
export async function runDbBench(db: FactdeckDB, now: Date): Promise<DbBenchResult> {
	const median = async (fn: () => Promise<unknown>) => {
		await fn();
		const runs: number[] = [];
		for (let i = 0; i < 5; i++) runs.push(await timed(fn));
		return percentile(runs, 50);
	};
	// The queue as a study session asks for it (counts of everything, cards for one session).
	const sessionQueue = () => dueQueue(db, now, { newPerDay: 20, limit: SESSION_QUEUE_LIMIT });
	const dueQueueMs = await median(sessionQueue);
	const deckListMs = await median(() => deckSummaries(db, now));
	const queue = await sessionQueue();
	const scheduler = createScheduler();
	const answers: number[] = [];
	for (const entry of queue.entries.slice(0, 40)) {
		answers.push(
			await timed(() =>
				recordAnswer(db, {
					cardId: entry.card.id,
					rating: 3,
					mode: 'flashcard',
					answer: '',
					correct: true,
					durationMs: 1000,
					now,
					scheduler
				})
			)
		);
	}
	return { dueQueueMs, recordAnswerP95Ms: percentile(answers, 95), deckListMs };
}
