import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { newCardState } from '$lib/srs';
import { FactdeckDB } from './database';
import { dueQueue } from './queue';
import { SCHEMA_VERSIONS } from './schema';
import { makeQuestion } from './testing';

const now = new Date('2026-03-10T12:00:00Z');

/** Writes rows exactly as v1 code did, through a raw Dexie that only knows the v1 stores. */
async function writeV1(indexedDB: IDBFactory, name: string) {
	const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
	v1.version(1).stores(SCHEMA_VERSIONS[1] ?? {});
	const state = newCardState(now);
	await v1
		.table('articles')
		.add({ id: 'a', title: 'T', text: 'x', addedAt: 1, engineVersion: 'e1' });
	await v1.table('cards').bulkAdd([
		{
			id: 'a:q1',
			articleId: 'a',
			questionId: 'q1',
			question: makeQuestion(1),
			suspended: false,
			createdAt: 1
		},
		{
			id: 'a:q2',
			articleId: 'a',
			questionId: 'q2',
			question: makeQuestion(2),
			suspended: true,
			createdAt: 1
		}
	]);
	await v1.table('schedules').bulkAdd([
		{ ...state, cardId: 'a:q1', articleId: 'a' },
		{ ...state, cardId: 'a:q2', articleId: 'a' }
	]);
	await v1.table('reviews').add({
		cardId: 'a:q1',
		articleId: 'a',
		rating: 3,
		mode: 'flashcard',
		answer: '',
		correct: true,
		durationMs: 5,
		reviewedAt: now.getTime(),
		prev: state,
		log: {}
	});
	v1.close();
}

describe('schema upgrade v1 → v2', () => {
	it('backfills fact, suspended flags and prevState, and the new indexes answer queries', async () => {
		const indexedDB = new IDBFactory();
		await writeV1(indexedDB, 'upgrade');
		const db = new FactdeckDB('upgrade', { indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(2);
		expect(await db.cards.get('a:q1')).toMatchObject({ fact: makeQuestion(1).fact, suspended: 0 });
		expect(await db.cards.get('a:q2')).toMatchObject({ fact: makeQuestion(2).fact, suspended: 1 });
		expect((await db.schedules.get('a:q2'))?.suspended).toBe(1);
		expect((await db.reviews.toArray())[0]?.prevState).toBe(0);
		expect(await db.cards.where('fact').equals(makeQuestion(1).fact).count()).toBe(1);
		const queue = await dueQueue(db, now, { newPerDay: 10 });
		expect(queue.entries.map((e) => e.card.id)).toEqual(['a:q1']);
		expect(queue.newStartedToday).toBe(1);
		db.close();
	});
});
