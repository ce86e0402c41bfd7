import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { Rating, createScheduler } from '$lib/srs';
import { recordAnswer } from './answers';
import type { FactdeckDB, StorageStatus } from './database';
import { cardIdFor, saveDeck } from './decks';
import { StorageError, classifyStorageError } from './errors';
import { SCHEMA_VERSIONS } from './schema';
import { failingWrites, makeArticle, makeQuestions, openTestDb } from './testing';

const now = new Date('2026-03-10T12:00:00Z');
const scheduler = createScheduler();
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
let db: FactdeckDB;
afterEach(() => {
	db?.close();
	vi.restoreAllMocks();
});

async function setup(name: string, fault?: Parameters<FactdeckDB['use']>[0]) {
	const test = openTestDb(name);
	db = test.db;
	if (fault) db.use(fault);
	const articleId = await saveDeck(db, makeArticle(), makeQuestions(1), now);
	const cardId = cardIdFor(articleId, 'q0');
	const answer = () =>
		recordAnswer(db, {
			cardId,
			rating: Rating.Good,
			mode: 'quiz',
			answer: 'x',
			correct: true,
			durationMs: 1,
			now,
			scheduler
		});
	return { ...test, cardId, answer, before: await db.schedules.get(cardId) };
}

async function expectStorageError(promise: Promise<unknown>, kind: StorageError['kind']) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(StorageError);
	expect((error as StorageError).kind).toBe(kind);
	return error as StorageError;
}

describe('classifyStorageError', () => {
	it('sees quota errors however they are wrapped', () => {
		expect(classifyStorageError(quota())).toBe('quota');
		expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(
			'quota'
		);
		expect(classifyStorageError(new Error('wrapped', { cause: quota() }))).toBe('quota');
		expect(
			classifyStorageError(new Dexie.AbortError('x', new Error('y', { cause: quota() })))
		).toBe('quota');
	});

	it('tells lost connections, upgrades and bugs apart', () => {
		expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('closed');
		expect(classifyStorageError(new DOMException('gone', 'InvalidStateError'))).toBe('closed');
		const safari = new DOMException('Connection to Indexed Database server lost.', 'UnknownError');
		expect(classifyStorageError(safari)).toBe('closed');
		expect(classifyStorageError(new Dexie.DatabaseClosedError(), true)).toBe('version');
		expect(classifyStorageError(new Dexie.UnknownError('?'))).toBe('unknown');
		expect(classifyStorageError(new TypeError('bug'))).toBe(null);
	});
});

describe('out of storage while answering', () => {
	it.each([
		['QuotaExceededError', quota],
		['AbortError wrapping it', () => new Dexie.AbortError('Transaction aborted', quota())]
	])('%s: a clear message, and neither review nor schedule written', async (_, makeError) => {
		let full = false;
		const { answer, cardId, before } = await setup(
			`quota-${_}`,
			failingWrites('reviews', makeError, () => full)
		);
		full = true;
		const error = await expectStorageError(answer(), 'quota');
		expect(error.message).toMatch(/out of storage space/);
		expect(await db.reviews.count()).toBe(0);
		expect(await db.schedules.get(cardId)).toEqual(before);
	});
});

describe('another tab opens a newer schema', () => {
	it('closes, flags needsReload and refuses to write', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { indexedDB, answer } = await setup('versionchange');
		const statuses: StorageStatus[] = [];
		db.onStatusChange((s) => statuses.push(s));
		const newer = new Dexie('versionchange', { indexedDB, IDBKeyRange });
		newer.version(3).stores({ ...SCHEMA_VERSIONS[2], notes: 'id' });
		await newer.open();
		expect(db.needsReload).toBe(true);
		expect(statuses).toEqual(['needs-reload']);
		await expectStorageError(answer(), 'version');
		expect(await newer.table('reviews').count()).toBe(0);
		newer.close();
	});

	it('reports a blocked upgrade until the old tab lets go', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { IDBFactory, IDBKeyRange: KeyRange } = await import('fake-indexeddb');
		const indexedDB = new IDBFactory();
		const old = new Dexie('blocked', { indexedDB, IDBKeyRange: KeyRange });
		old.version(1).stores(SCHEMA_VERSIONS[1] ?? {});
		old.on('versionchange', () => false); // an old tab that ignores the request
		await old.open();
		db = openTestDb('blocked', indexedDB).db;
		const statuses: StorageStatus[] = [];
		db.onStatusChange((s) => statuses.push(s));
		const opening = db.open();
		for (let i = 0; i < 50 && db.status !== 'upgrade-blocked'; i++) {
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
		expect(db.status).toBe('upgrade-blocked');
		old.close();
		await opening;
		expect(statuses).toEqual(['upgrade-blocked', 'ok']);
	});
});

describe('a lost connection', () => {
	it('is reopened and the answer retried once', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		let failures = 0;
		const { answer } = await setup(
			'closed-once',
			failingWrites(
				'reviews',
				() => new Dexie.DatabaseClosedError('Connection lost'),
				() => failures++ === 0
			)
		);
		await answer();
		expect(await db.reviews.count()).toBe(1);
		expect((await db.schedules.toArray())[0]?.reps).toBe(1);
	});

	it('gives a clear error when the retry fails too, with nothing written', async () => {
		let lost = false;
		const { answer, before, cardId } = await setup(
			'closed-always',
			failingWrites(
				'reviews',
				() => new DOMException('lost', 'InvalidStateError'),
				() => lost
			)
		);
		lost = true;
		const error = await expectStorageError(answer(), 'closed');
		expect(error.message).toMatch(/lost its connection/);
		lost = false;
		expect(await db.reviews.count()).toBe(0);
		expect(await db.schedules.get(cardId)).toEqual(before);
	});

	it('survives the connection being closed behind Dexie’s back (Safari backgrounding)', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { answer } = await setup('safari');
		db.backendDB().close();
		await answer();
		expect(await db.reviews.count()).toBe(1);
	});
});
