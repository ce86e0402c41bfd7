// liveQuery only runs when Dexie found a global indexedDB at load time, as in a browser.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { saveDeck, deckSummaries } from '$lib/db';
import { makeArticle, makeQuestions, openTestDb } from '$lib/db/testing';
import { LiveQuery } from './live-query.svelte';

const now = new Date('2026-03-10T12:00:00Z');

async function until(check: () => boolean) {
	for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
	flushSync();
}

/** True when Svelte's effects run here, i.e. vitest loaded its client build (see vite.config.ts). */
function effectsRun(): boolean {
	let ran = false;
	const stop = $effect.root(() => {
		$effect(() => {
			ran = true;
		});
	});
	flushSync();
	stop();
	return ran;
}

describe('LiveQuery', () => {
	it('runs with Svelte’s client build, where effects run', () => {
		expect(effectsRun()).toBe(true);
	});

	it('follows the database while an effect reads it, and stops afterwards', async () => {
		const { db } = openTestDb();
		const decks = new LiveQuery(() => deckSummaries(db, now), []);
		const seen: number[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(decks.current.length);
			});
		});
		flushSync();
		await saveDeck(db, makeArticle(), makeQuestions(2), now);
		await until(() => seen.at(-1) === 1);
		expect(seen.at(-1)).toBe(1);
		expect(decks.error).toBeUndefined();
		stop();
		db.close();
	});

	it('re-reads a clock-dependent query on a timer, and stops with its last reader', async () => {
		// No DOM here: a stand-in document that can fire visibilitychange.
		const page = Object.assign(new EventTarget(), { visibilityState: 'visible' });
		vi.stubGlobal('document', page);
		const { db } = openTestDb();
		let reads = 0;
		const query = new LiveQuery(
			async () => {
				await db.articles.count();
				return ++reads;
			},
			0,
			{ refreshMs: 40 }
		);
		const seen: number[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(query.current);
			});
		});
		flushSync();
		await until(() => (seen.at(-1) ?? 0) >= 3);
		expect(seen.at(-1)).toBeGreaterThanOrEqual(3);

		stop();
		const afterStop = reads;
		await new Promise((r) => setTimeout(r, 120));
		expect(reads).toBe(afterStop);
		vi.unstubAllGlobals();
		db.close();
	});

	it('re-reads at once when a hidden page becomes visible', async () => {
		const page = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
		vi.stubGlobal('document', page);
		const { db } = openTestDb();
		let reads = 0;
		const query = new LiveQuery(
			async () => {
				await db.articles.count();
				return ++reads;
			},
			0,
			{ refreshMs: 3_600_000 }
		);
		const seen: number[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(query.current);
			});
		});
		flushSync();
		// Let the first read settle (Dexie may run a fresh query twice while the database opens).
		await until(() => seen.at(-1) !== 0);
		await new Promise((r) => setTimeout(r, 100));
		const settled = reads;
		page.dispatchEvent(new Event('visibilitychange'));
		await new Promise((r) => setTimeout(r, 50));
		expect(reads).toBe(settled);
		page.visibilityState = 'visible';
		page.dispatchEvent(new Event('visibilitychange'));
		await until(() => seen.at(-1) === settled + 1);
		expect(seen.at(-1)).toBe(settled + 1);
		stop();
		// The subscription ends a moment after the last reader: keep the stand-in until it has.
		await new Promise((r) => setTimeout(r, 20));
		vi.unstubAllGlobals();
		db.close();
	});
});
