/**
 * Test factories: a real Dexie on fake-indexeddb (a fresh IDBFactory per call, so tests never
 * share a database) and small question/deck builders. Not exported from index.ts.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { FactKind, Question } from '$lib/engine/types';
import { FactdeckDB } from './database';
import type { NewArticle } from './decks';

export interface TestDb {
	db: FactdeckDB;
	/** The fake IndexedDB behind `db`: open more connections (other "tabs") on it. */
	indexedDB: IDBFactory;
}

export function openTestDb(name = 'factdeck-test', indexedDB = new IDBFactory()): TestDb {
	return { db: new FactdeckDB(name, { indexedDB, IDBKeyRange }), indexedDB };
}

const KINDS: FactKind[] = ['person', 'date', 'number', 'quote', 'place', 'organization'];

export function makeQuestion(n: number, overrides: Partial<Question> = {}): Question {
	return {
		id: `q${n}`,
		type: 'cloze',
		prompt: `Prompt ${n} ____`,
		answer: `Answer ${n}`,
		fact: KINDS[n % KINDS.length] ?? 'person',
		source: { start: n, end: n + 5, sentence: `Sentence ${n}.` },
		score: 100 - n,
		...overrides
	};
}

export function makeQuestions(count: number, from = 0): Question[] {
	return Array.from({ length: count }, (_, i) => makeQuestion(from + i));
}

export function makeArticle(overrides: Partial<NewArticle> = {}): NewArticle {
	return { title: 'A test article', text: 'Body.', engineVersion: 'test-1', ...overrides };
}

/**
 * A storage fault at the boundary: a DBCore middleware that rejects writes to `table` while
 * `shouldFail()` is true, as the browser does when the disk is full or the connection drops.
 */
export function failingWrites(
	table: string,
	makeError: () => unknown,
	shouldFail: (req: DBCoreMutateRequest) => boolean = () => true
): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: `failing-${table}`,
		create: (down) => ({
			...down,
			table: (name) => {
				const inner = down.table(name);
				if (name !== table) return inner;
				return {
					...inner,
					mutate: (req) => (shouldFail(req) ? Promise.reject(makeError()) : inner.mutate(req))
				};
			}
		})
	};
}
