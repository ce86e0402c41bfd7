import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dexie } from 'dexie';
import { StorageError, type FactdeckDB } from '$lib/db';
import { failingWrites, openTestDb } from '$lib/db/testing';
import { exportBackup } from './export';
import { restoreBackup, importBackup } from './import';
import { parseBackup, serializeBackup, type BackupFile } from './parse';
import { contents, fillSmall, fixedNow } from './testing';

// `npm run fuzz` sets FUZZ_RUNS=100000; each run here only parses (and rarely writes), so it scales.
const numRuns = Number(process.env.FUZZ_RUNS ?? 60);

let file: BackupFile;
let text: string;
const opened: FactdeckDB[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

beforeAll(async () => {
	const { db } = openTestDb();
	await fillSmall(db);
	file = await exportBackup(db, fixedNow);
	text = serializeBackup(file);
	db.close();
});

/** A database holding something else, to show a failed restore leaves it as it was. */
async function existing(fault?: Parameters<FactdeckDB['use']>[0]) {
	const { db } = openTestDb();
	opened.push(db);
	if (fault) db.use(fault);
	await fillSmall(db);
	return { db, before: await contents(db) };
}

const edit = (change: (copy: BackupFile) => void) => () => {
	const copy = structuredClone(file);
	change(copy);
	return serializeBackup(copy);
};

describe('parseBackup', () => {
	it('accepts what exportBackup wrote', () => {
		expect(parseBackup(text)).toEqual({ ok: true, backup: file });
	});

	it.each([
		['not JSON', () => 'hello', /not valid JSON/],
		['another app', () => '{"format":"other"}', /not a Factdeck backup/],
		['a newer version', edit((f) => Object.assign(f, { version: 2 })), /newer version of Factdeck/],
		[
			'a bad rating',
			edit((f) => Object.assign(f.data.reviews[2]!, { rating: 7 })),
			/^reviews\[2\]\.rating: expected 1–4$/
		],
		[
			'a bad mode',
			edit((f) => Object.assign(f.data.reviews[0]!, { mode: 'exam' })),
			/^reviews\[0\]\.mode: expected 'flashcard' or 'quiz'$/
		],
		[
			'a missing field',
			edit((f) => delete (f.data.cards[1] as Partial<BackupFile['data']['cards'][0]>).question),
			/^cards\[1\]\.question: /
		],
		[
			'a review of no card',
			edit((f) => Object.assign(f.data.reviews[0]!, { cardId: 'x:q0' })),
			/^reviews\[0\]\.cardId: no card x:q0$/
		],
		[
			'a card without a deck',
			edit((f) => f.data.articles.pop()),
			/cards\[\d+\]\.articleId: no deck/
		],
		[
			'a card without a schedule',
			edit((f) => f.data.schedules.pop()),
			/cards\[\d+\]: has no schedule/
		],
		[
			'duplicate ids',
			edit((f) => f.data.reviews.push(f.data.reviews[0]!)),
			/^reviews\[3\]: duplicate id 1$/
		],
		[
			'a review id past what IndexedDB can count',
			edit((f) => Object.assign(f.data.reviews[0]!, { id: 2 ** 53 })),
			/^reviews\[0\]\.id: expected ≤ 2\^52$/
		],
		[
			'an out-of-range setting',
			edit((f) => f.data.settings.push({ key: 'newPerDay', value: -3 })),
			/^settings\[\d+\]\.value: expected ≥ 0$/
		]
	])('rejects %s with a message saying what and where', (_, input, message) => {
		const result = parseBackup(input());
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
	});
});

describe('a bad file never changes the database', () => {
	it('property: truncated at any point', async () => {
		const { db, before } = await existing();
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: text.length - 1 }),
				fc.constantFrom('merge', 'replace'),
				async (cut, mode) => {
					expect((await restoreBackup(db, text.slice(0, cut), mode)).ok).toBe(false);
				}
			),
			{ numRuns }
		);
		expect(await contents(db)).toEqual(before);
	});

	type Mutation = (f: BackupFile, pick: number) => void;
	const at = <T>(rows: T[], pick: number) => rows[pick % rows.length]!;
	const mutations: Record<string, Mutation> = {
		'wrong type': (f, p) => Object.assign(at(f.data.schedules, p), { due: String(p) }),
		'NaN-ish number': (f, p) => Object.assign(at(f.data.reviews, p), { durationMs: -1 - p }),
		'dropped field': (f, p) => delete (at(f.data.cards, p) as { fact?: unknown }).fact,
		'unknown state': (f, p) => Object.assign(at(f.data.schedules, p), { state: 4 + p }),
		'dangling deck': (f, p) => Object.assign(at(f.data.cards, p), { articleId: `gone${p}` }),
		'suspension mismatch': (f, p) => {
			const s = at(f.data.schedules, p);
			s.suspended = s.suspended ? 0 : 1;
		},
		'table replaced': (f) => Object.assign(f.data, { reviews: {} }),
		'envelope damaged': (f, p) => Object.assign(f, { exportedAt: p })
	};

	it('property: tampered with (mutated fields)', async () => {
		const { db, before } = await existing();
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...Object.keys(mutations)),
				fc.nat(50),
				fc.constantFrom('merge', 'replace'),
				async (name, pick, mode) => {
					const result = await restoreBackup(db, edit((f) => mutations[name]!(f, pick))(), mode);
					expect(result.ok).toBe(false);
				}
			),
			{ numRuns }
		);
		expect(await contents(db)).toEqual(before);
	});
});

type Path = (string | number)[];

/** Every place in `value` a mutation can strike, the whole value included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
	if (value === null || typeof value !== 'object') return [path];
	const entries: [string | number, unknown][] = Array.isArray(value)
		? value.map((item, i) => [i, item])
		: Object.entries(value);
	return [path, ...entries.flatMap(([key, item]) => pathsOf(item, [...path, key]))];
}

/** The backup as JSON with the value at `path` replaced, or removed when `value` is undefined. */
function mutated(path: Path, value: unknown): string {
	if (path.length === 0) return JSON.stringify(value ?? null);
	const copy: unknown = structuredClone(file);
	let parent = copy as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (value === undefined) delete parent[last];
	else parent[last] = value;
	return JSON.stringify(copy);
}

describe('random and mutated backups', () => {
	it('property: random and mutated backups never change the database unless valid', async () => {
		const { db, before } = await existing();
		const original = serializeBackup(await exportBackup(db, fixedNow));
		const random = fc.oneof(
			fc.string(),
			fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
			fc.nat(text.length).map((cut) => text.slice(0, cut))
		);
		const mutation = fc
			.record({
				path: fc.constantFrom(...pathsOf(file)),
				// Strings too, so that a share of the files stays valid (a new title, a new prompt).
				value: fc.option(fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 })), { nil: undefined })
			})
			.map(({ path, value }) => mutated(path, value));
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(mutation, random),
				fc.constantFrom('merge', 'replace'),
				async (input, mode) => {
					const valid = parseBackup(input).ok;
					// Checked before each valid import (which may change things), and once at the end:
					// no invalid file before it left a trace.
					if (valid) expect(await contents(db)).toEqual(before);
					const result = await restoreBackup(db, input, mode);
					if (!valid) expect(result.ok).toBe(false);
					else if (result.ok) await restoreBackup(db, original, 'replace');
				}
			),
			{ numRuns }
		);
		expect(await contents(db)).toEqual(before);
	});
});

describe('out of storage mid-import', () => {
	it.each(['replace', 'merge'] as const)(
		'%s: a clear error and the database as it was',
		async (mode) => {
			let full = false;
			const quota = () =>
				new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'));
			const { db, before } = await existing(failingWrites('reviews', quota, () => full));
			const incoming = structuredClone(file);
			// Make the merge have reviews to write: new cards in a new deck.
			incoming.data.articles = incoming.data.articles.map((a) => ({ ...a, id: `${a.id}-b` }));
			const rename = (id: string) => id.replace(/^([^:]+)/, '$1-b');
			incoming.data.cards = incoming.data.cards.map((c) => ({
				...c,
				id: rename(c.id),
				articleId: `${c.articleId}-b`
			}));
			incoming.data.schedules = incoming.data.schedules.map((s) => ({
				...s,
				cardId: rename(s.cardId),
				articleId: `${s.articleId}-b`
			}));
			incoming.data.reviews = incoming.data.reviews.map((r) => ({
				...r,
				cardId: rename(r.cardId),
				articleId: `${r.articleId}-b`
			}));
			full = true;
			const error = await importBackup(db, incoming, mode).catch((e: unknown) => e);
			full = false;
			expect(error).toBeInstanceOf(StorageError);
			expect((error as StorageError).kind).toBe('quota');
			expect((error as StorageError).message).toMatch(/out of storage space/);
			expect(await contents(db)).toEqual(before);
		}
	);
});
