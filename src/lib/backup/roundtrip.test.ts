import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createScheduler } from '$lib/srs';
import { cardIdFor, recordAnswer, saveDeck, type FactdeckDB } from '$lib/db';
import { buildBenchRows } from '$lib/db/bench';
import { makeQuestion, openTestDb } from '$lib/db/testing';
import { exportBackup } from './export';
import { importBackup, restoreBackup } from './import';
import { parseBackup, serializeBackup } from './parse';
import { contents, fillSmall, fixedNow } from './testing';

const opened: FactdeckDB[] = [];
function fresh() {
	const { db } = openTestDb();
	opened.push(db);
	return db;
}
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function roundTrip(source: FactdeckDB) {
	const file = await exportBackup(source, fixedNow);
	const parsed = parseBackup(serializeBackup(file));
	if (!parsed.ok) throw new Error(parsed.error);
	const target = fresh();
	await importBackup(target, parsed.backup, 'replace');
	return { before: file, after: await exportBackup(target, fixedNow) };
}

// Scripts that break naive text handling: CJK, emoji with modifiers/ZWJ, RTL, combining marks.
const tricky = fc.constantFrom(
	'東京',
	'👩🏽‍🔬',
	'עברית',
	'العربية',
	'e\u0301',
	'\t',
	'\n',
	'"',
	'\\',
	''
);
const text = fc
	.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 6 })
	.map((p) => p.join(' '));

// Each run writes, imports and exports whole decks on fake-indexeddb (tens of milliseconds), so
// `npm run fuzz` (FUZZ_RUNS=100000) runs a hundredth of its cases here: 1,000.
const numRuns = Math.max(25, Math.round(Number(process.env.FUZZ_RUNS ?? 0) / 100));

describe('backup round trip', () => {
	it('property: export → import into an empty db → export gives the same data', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						title: text,
						body: text,
						questions: fc.array(fc.record({ prompt: text, answer: text }), {
							minLength: 1,
							maxLength: 4
						}),
						ratings: fc.array(fc.constantFrom(1, 2, 3, 4), { maxLength: 5 })
					}),
					{ minLength: 1, maxLength: 3 }
				),
				async (decks) => {
					const db = fresh();
					const scheduler = createScheduler();
					let t = fixedNow.getTime();
					for (const deck of decks) {
						const questions = deck.questions.map((q, i) => makeQuestion(i, q));
						const id = await saveDeck(
							db,
							{ title: deck.title, text: deck.body, engineVersion: 'e' },
							questions,
							fixedNow
						);
						for (const rating of deck.ratings) {
							t += 60_000;
							await recordAnswer(db, {
								cardId: cardIdFor(id, 'q0'),
								rating: rating as 1 | 2 | 3 | 4,
								mode: 'flashcard',
								answer: deck.title,
								correct: rating > 1,
								durationMs: 10,
								now: new Date(t),
								scheduler
							});
						}
					}
					const { before, after } = await roundTrip(db);
					expect(after).toEqual(before);
				}
			),
			{ numRuns }
		);
	});

	// File → empty db → file, so the 50,000 rows are bulk-added once (fake-indexeddb is slow).
	it('keeps 50,000 reviews and unicode text intact', async () => {
		const small = fresh();
		await fillSmall(small);
		const file = await exportBackup(small, fixedNow);
		const rows = buildBenchRows({ cards: 1000, reviews: 50_000, now: fixedNow });
		file.data.articles.push(...rows.articles);
		file.data.cards.push(...rows.cards);
		file.data.schedules.push(...rows.schedules);
		const nextId = file.data.reviews.length + 1;
		file.data.reviews.push(...rows.reviews.map((r, i) => ({ ...r, id: nextId + i })));
		// An export lists rows in primary-key order.
		const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
		file.data.articles.sort(byId);
		file.data.cards.sort(byId);
		file.data.schedules.sort((a, b) => (a.cardId < b.cardId ? -1 : 1));
		const parsed = parseBackup(serializeBackup(file));
		if (!parsed.ok) throw new Error(parsed.error);
		const db = fresh();
		await importBackup(db, parsed.backup, 'replace');
		const again = await exportBackup(db, fixedNow);
		expect(again.data.reviews).toHaveLength(50_003);
		expect(again).toEqual(file);
	}, 60_000);
});

describe('merge', () => {
	it('adds what is missing, keeps the later-reviewed schedule, and is idempotent', async () => {
		const phone = fresh();
		const { a } = await fillSmall(phone);
		const file = await exportBackup(phone, fixedNow);
		const laptop = fresh();
		await importBackup(laptop, file, 'replace');
		// The laptop answers q2 later; the phone's older state of q2 must not overwrite it.
		await recordAnswer(laptop, {
			cardId: cardIdFor(a, 'q2'),
			rating: 3,
			mode: 'flashcard',
			answer: '',
			correct: true,
			durationMs: 1,
			now: new Date(fixedNow.getTime() + 3_600_000),
			scheduler: createScheduler()
		});
		const laptopBefore = await contents(laptop);
		const other = fresh();
		await saveDeck(
			other,
			{ title: 'Only on tablet', text: 'x', engineVersion: 'e' },
			[makeQuestion(9)],
			fixedNow
		);
		const tabletFile = serializeBackup(await exportBackup(other, fixedNow));

		expect(await restoreBackup(laptop, serializeBackup(file), 'merge')).toMatchObject({
			ok: true,
			summary: { articles: 0, cards: 0, reviews: 0 }
		});
		expect(await contents(laptop)).toEqual(laptopBefore);
		expect(await restoreBackup(laptop, tabletFile, 'merge')).toMatchObject({
			ok: true,
			summary: { articles: 1, cards: 1, reviews: 0 }
		});
		expect(await laptop.articles.count()).toBe(3);
	});
});
