import { describe, expect, it } from 'vitest';
import { seedBenchData, runDbBench } from './bench';
import { openTestDb } from './testing';

// A smoke test at a small size: timings are the lead's Chromium bench, never asserted here.
describe('bench support', () => {
	it('seeds consistent data and reports the three timings', async () => {
		const { db } = openTestDb();
		const now = new Date('2026-03-10T12:00:00Z');
		await seedBenchData(db, { cards: 300, reviews: 2000, now });
		expect(await db.cards.count()).toBe(300);
		expect(await db.schedules.count()).toBe(300);
		expect(await db.reviews.count()).toBe(2000);
		const cardIds = new Set(await db.cards.toCollection().primaryKeys());
		const reviewCards = await db.reviews.orderBy('cardId').uniqueKeys();
		expect(reviewCards.every((id) => cardIds.has(id as string))).toBe(true);
		const result = await runDbBench(db, now);
		expect(Object.keys(result).sort()).toEqual(['deckListMs', 'dueQueueMs', 'recordAnswerP95Ms']);
		expect(Object.values(result).every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
		db.close();
	});
});
