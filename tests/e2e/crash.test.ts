import type { BrowserContext, Page } from '@playwright/test';
import { buildBenchRows } from '../../src/lib/db/bench';
import { mulberry32 } from '../../src/lib/engine/questions/random';
import { expect, test } from './fixtures';
import { answerByKeyboard, openWithSampleDeck } from './helpers';

/**
 * Crash safety: the browser is killed (SIGKILL, on a real profile on disk) while answers or an
 * import are being written, then relaunched, and IndexedDB is read back with the raw API. Every
 * change must be whole or absent. Two kinds of kill:
 * - at a seeded random moment while the learner works, which mostly lands between transactions
 *   and checks that what was acknowledged was kept;
 * - with a transaction held open after its writes (see `HOLD_SCRIPT`), which lands inside it
 *   every time and checks that nothing of it survives.
 */

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
const seeded = mulberry32;

declare global {
	interface Window {
		/** Set by a test: the next write to this object store holds its transaction open. */
		__factdeckHold?: string;
		/** Set by `HOLD_SCRIPT` once that write succeeded inside the still-open transaction. */
		__factdeckHeld?: boolean;
	}
}

/**
 * Once armed with `window.__factdeckHold = '<store>'`, the next `add` to that store succeeds and
 * then keeps its transaction busy with reads forever: IndexedDB commits only when a transaction
 * has no pending request, so every write made in it so far stays uncommitted until the kill.
 */
function HOLD_SCRIPT() {
	const add = IDBObjectStore.prototype.add;
	IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
		const request = add.apply(this, args);
		if (window.__factdeckHold === this.name) {
			window.__factdeckHold = undefined;
			const store = this.transaction.objectStore(this.name);
			const keepBusy = () => {
				store.count().onsuccess = keepBusy;
			};
			request.addEventListener('success', () => {
				keepBusy();
				window.__factdeckHeld = true;
			});
		}
		return request;
	};
}

interface DatabaseCheck {
	counts: Record<string, number>;
	/** SHA-256 over every row of every table in key order: equal digests mean equal data. */
	digest: string;
	/** Rows pointing at rows that do not exist, and cards without exactly one schedule. */
	orphans: string[];
	/**
	 * Cards whose schedule disagrees with their reviews. `recordAnswer` writes the schedule and
	 * the review in one transaction, and each answer adds 1 to `reps`, so for cards that started
	 * new: the k-th review (by id) was given at reps = k, the schedule's reps is the number of
	 * reviews, and its last_review is the newest review's time.
	 */
	disagreements: string[];
}

/** Reads the whole `factdeck` database with the raw IndexedDB API, in one read transaction. */
async function checkDatabase(page: Page): Promise<DatabaseCheck> {
	return page.evaluate(async () => {
		interface Row {
			id?: string | number;
			key?: string;
			cardId?: string;
			articleId?: string;
			reps?: number;
			last_review?: number | null;
			reviewedAt?: number;
			prev?: { reps: number };
		}
		const names = ['articles', 'cards', 'schedules', 'reviews', 'settings'] as const;
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('factdeck');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const tx = db.transaction([...names], 'readonly');
		const tables = await Promise.all(
			names.map(
				(name) =>
					new Promise<Row[]>((resolve, reject) => {
						const request = tx.objectStore(name).getAll();
						request.onsuccess = () => resolve(request.result as Row[]);
						request.onerror = () => reject(request.error);
					})
			)
		);
		db.close();
		const [articles = [], cards = [], schedules = [], reviews = []] = tables;
		const bytes = new TextEncoder().encode(JSON.stringify(tables));
		const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
		const digest = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');

		const articleIds = new Set(articles.map((a) => a.id));
		const cardIds = new Set(cards.map((c) => c.id));
		const scheduled = new Set(schedules.map((s) => s.cardId));
		const orphans = [
			...cards.filter((c) => !articleIds.has(c.articleId)).map((c) => `card ${c.id}: no deck`),
			...cards
				.filter((c) => !scheduled.has(c.id as string))
				.map((c) => `card ${c.id}: no schedule`),
			...schedules
				.filter((s) => !cardIds.has(s.cardId))
				.map((s) => `schedule ${s.cardId}: no card`),
			...reviews.filter((r) => !cardIds.has(r.cardId)).map((r) => `review ${r.id}: no card`)
		];

		const reviewsOf = new Map<string, Row[]>();
		for (const review of reviews) {
			const list = reviewsOf.get(review.cardId as string) ?? [];
			list.push(review);
			reviewsOf.set(review.cardId as string, list);
		}
		const disagreements: string[] = [];
		for (const schedule of schedules) {
			const list = (reviewsOf.get(schedule.cardId as string) ?? []).sort(
				(a, b) => (a.id as number) - (b.id as number)
			);
			if (schedule.reps !== list.length) {
				disagreements.push(`${schedule.cardId}: reps ${schedule.reps}, ${list.length} reviews`);
			}
			list.forEach((review, k) => {
				if (review.prev?.reps !== k)
					disagreements.push(
						`review ${review.id}: answered at reps ${review.prev?.reps}, expected ${k}`
					);
			});
			const newest = list.at(-1);
			if (newest && schedule.last_review !== newest.reviewedAt) {
				disagreements.push(`${schedule.cardId}: last_review is not its newest review`);
			}
		}
		return {
			counts: Object.fromEntries(names.map((name, i) => [name, tables[i]?.length ?? 0])),
			digest,
			orphans,
			disagreements
		};
	});
}

/** Kills the browser with SIGKILL, relaunches it on the same profile and opens `url`. */
async function crashAndReopen(
	persistent: { relaunch(options: { kill: boolean }): Promise<BrowserContext> },
	url: string
): Promise<Page> {
	const context = await persistent.relaunch({ kill: true });
	await context.addInitScript(HOLD_SCRIPT);
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(url);
	return page;
}

test('answers interrupted by a crash are kept whole or not at all', async ({
	persistent,
	baseURL
}) => {
	test.setTimeout(180_000);
	const random = seeded(20260310);
	let page = await persistent.context.newPage();
	await openWithSampleDeck(page, baseURL);

	// Killed at a random moment while answering as fast as the learner can: answers the page had
	// moved past were committed, so all of those must be there; the one in flight may be either.
	for (let round = 0; round < 3; round++) {
		await page.goto(`${baseURL}/study`);
		await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
		const before = await checkDatabase(page);
		let acknowledged = 0;
		const answering = (async () => {
			for (;;) {
				await answerByKeyboard(page, random() < 0.3 ? '1' : '3');
				acknowledged++;
			}
		})().catch(() => undefined); // ends when the browser dies under it
		const atLeast = 1 + Math.floor(random() * 3);
		await expect.poll(() => acknowledged, { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast);
		await new Promise((resolve) => setTimeout(resolve, random() * 150));
		const answeredByKill = acknowledged;
		page = await crashAndReopen(persistent, `${baseURL}/`);
		await answering;

		const after = await checkDatabase(page);
		expect(after.orphans).toEqual([]);
		expect(after.disagreements).toEqual([]);
		const kept = (after.counts.reviews ?? 0) - (before.counts.reviews ?? 0);
		expect(kept).toBeGreaterThanOrEqual(answeredByKill);
		expect(kept).toBeLessThanOrEqual(answeredByKill + 1);
		console.log(`answers round ${round}: ${answeredByKill} acknowledged, ${kept} kept`);
	}

	// Killed inside the answer's transaction, after both of its writes: neither survives. (The
	// page comes from `crashAndReopen`, so it has the hold script.)
	await page.goto(`${baseURL}/study`);
	await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
	const before = await checkDatabase(page);
	await page.evaluate(() => (window.__factdeckHold = 'reviews'));
	await page.keyboard.press('Space');
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
	await page.keyboard.press('3');
	await page.waitForFunction(() => window.__factdeckHeld === true);
	page = await crashAndReopen(persistent, `${baseURL}/`);
	const after = await checkDatabase(page);
	expect(after.orphans).toEqual([]);
	expect(after.disagreements).toEqual([]);
	expect(after.digest).toBe(before.digest);
});

/** A valid backup of a synthetic collection: `cards` cards and ten times as many reviews. */
function largeBackup(cards: number, now: Date): string {
	const rows = buildBenchRows({ cards, reviews: cards * 10, now });
	return JSON.stringify({
		format: 'factdeck-backup',
		version: 1,
		exportedAt: now.toISOString(),
		app: { name: 'Factdeck', schemaVersion: 2 },
		data: {
			...rows,
			// Seeded, so the first launch after a crash writes no sample deck into the data we compare.
			settings: [{ key: 'sampleSeeded', value: true }]
		}
	});
}

async function startReplace(page: Page, name: string, contents: string): Promise<void> {
	await page.getByLabel('Choose a backup file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(contents)
	});
	const dialog = page.getByRole('dialog', { name: 'Import this backup?' });
	await dialog.getByRole('button', { name: 'Replace my data' }).click();
}

test('an import interrupted by a crash leaves the old data or all of the new', async ({
	persistent,
	baseURL
}) => {
	test.setTimeout(240_000);
	const random = seeded(4242);
	const files = [
		largeBackup(1500, new Date('2026-03-10T12:00:00Z')),
		largeBackup(1000, new Date('2026-04-10T12:00:00Z'))
	];
	await persistent.context.addInitScript(HOLD_SCRIPT);
	let page = await persistent.context.newPage();
	await openWithSampleDeck(page, baseURL);

	// Each file once without a crash: what "all of the new" looks like, and how long it takes.
	const whole: string[] = [];
	let longestMs = 0;
	for (const [i, file] of files.entries()) {
		await page.goto(`${baseURL}/settings`);
		const start = Date.now();
		await startReplace(page, `backup-${i}.json`, file);
		await expect(page.getByText('Replaced your data with')).toBeVisible({ timeout: 60_000 });
		longestMs = Math.max(longestMs, Date.now() - start);
		const check = await checkDatabase(page);
		expect(check.orphans).toEqual([]);
		whole.push(check.digest);
	}

	// Killed at random moments of the import's run, then once inside its held-open transaction.
	for (let round = 0; round < 4; round++) {
		const hold = round === 3;
		await page.goto(`${baseURL}/settings`);
		const before = await checkDatabase(page);
		// Always the other file, so that "old" and "new" can be told apart.
		const target = before.digest === whole[0] ? 1 : 0;
		if (hold) await page.evaluate(() => (window.__factdeckHold = 'reviews'));
		await startReplace(page, `backup-${target}.json`, files[target] ?? '');
		await expect(page.getByText('Replacing your data…')).toBeVisible();
		if (hold) await page.waitForFunction(() => window.__factdeckHeld === true);
		else await new Promise((resolve) => setTimeout(resolve, random() * longestMs));
		page = await crashAndReopen(persistent, `${baseURL}/settings`);
		const after = await checkDatabase(page);
		expect(after.orphans).toEqual([]);
		if (hold) expect(after.digest).toBe(before.digest);
		else expect([before.digest, whole[target]]).toContain(after.digest);
		console.log(
			`import round ${round}: ${after.digest === before.digest ? 'old data kept' : 'new data whole'}`
		);
	}
});
