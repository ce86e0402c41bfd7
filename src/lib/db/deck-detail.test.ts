import { describe, expect, it } from 'vitest';
import { deckDetail } from './deck-detail';
import { saveDeck } from './decks';
import { makeArticle, makeQuestions, openTestDb } from './testing';

describe('deckDetail', () => {
	it('returns the article with its cards by importance, each with its schedule', async () => {
		const { db } = openTestDb();
		const now = new Date('2026-01-05T10:00:00Z');
		const id = await saveDeck(db, makeArticle({ title: 'Deck' }), makeQuestions(3), now);
		await saveDeck(db, makeArticle({ title: 'Other' }), makeQuestions(2, 10), now);
		const detail = await deckDetail(db, id);
		expect(detail?.article.title).toBe('Deck');
		expect(detail?.cards.map((c) => c.card.questionId)).toEqual(['q0', 'q1', 'q2']);
		expect(detail?.cards.every((c) => c.schedule?.cardId === c.card.id)).toBe(true);
	});

	it('is undefined for a deck that does not exist', async () => {
		const { db } = openTestDb();
		expect(await deckDetail(db, 'missing')).toBeUndefined();
	});
});
