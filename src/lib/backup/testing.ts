import { Rating, createScheduler } from '$lib/srs';
import { cardIdFor, recordAnswer, saveDeck, setSuspended, type FactdeckDB } from '$lib/db';
import { makeArticle, makeQuestions } from '$lib/db/testing';
import { exportBackup } from './export';

export const fixedNow = new Date('2026-03-10T12:00:00Z');

/** Everything in the database, as a backup would carry it. */
export async function contents(db: FactdeckDB) {
	return (await exportBackup(db, fixedNow)).data;
}

/** A small realistic collection: two decks (one with CJK, emoji and RTL text), answers, a suspension. */
export async function fillSmall(db: FactdeckDB) {
	const a = await saveDeck(
		db,
		makeArticle({ title: '東京 🗼 — عنوان', text: 'שלום 世界 👋🏽' }),
		makeQuestions(4),
		fixedNow
	);
	const b = await saveDeck(
		db,
		makeArticle({ sourceUrl: 'https://example.org/x' }),
		makeQuestions(3),
		fixedNow
	);
	const scheduler = createScheduler();
	for (const [i, cardId] of [
		cardIdFor(a, 'q0'),
		cardIdFor(a, 'q1'),
		cardIdFor(b, 'q0')
	].entries()) {
		await recordAnswer(db, {
			cardId,
			rating: i === 1 ? Rating.Again : Rating.Good,
			mode: 'quiz',
			answer: 'مرحبا',
			correct: i !== 1,
			durationMs: 1200,
			now: new Date(fixedNow.getTime() + i * 1000),
			scheduler
		});
	}
	await setSuspended(db, [cardIdFor(b, 'q2')], true);
	return { a, b };
}
