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

	/**
	 * A query that counts its own reads, refreshed every `refreshMs`, on a stand-in document that
	 * can fire visibilitychange (no DOM here), read by an effect that records every value.
	 */
	function countingQuery(visibilityState: 'visible' | 'hidden', refreshMs: number) {
		const page = Object.assign(new EventTarget(), { visibilityState });
		vi.stubGlobal('document', page);
		const { db } = openTestDb();
		const state = { reads: 0, seen: [] as number[] };
		const query = new LiveQuery(
			async () => {
				await db.articles.count();
				return ++state.reads;
			},
			0,
			{ refreshMs }
		);
		const stop = $effect.root(() => {
			$effect(() => {
				state.seen.push(query.current);
			});
		});
		flushSync();
		const end = async () => {
			// The subscription ends a moment after the last reader: keep the stand-in until it has.
			await new Promise((r) => setTimeout(r, 20));
			vi.unstubAllGlobals();
			db.close();
		};
		return { page, state, stop, end };
	}

	it('re-reads a clock-dependent query on a timer, and stops with its last reader', async () => {
		const { state, stop, end } = countingQuery('visible', 40);
		await until(() => (state.seen.at(-1) ?? 0) >= 3);
		expect(state.seen.at(-1)).toBeGreaterThanOrEqual(3);
		stop();
		const afterStop = state.reads;
		await new Promise((r) => setTimeout(r, 120));
		expect(state.reads).toBe(afterStop);
		await end();
	});

	it('re-reads at once when a hidden page becomes visible', async () => {
		const { page, state, stop, end } = countingQuery('hidden', 3_600_000);
		// Let the first read settle (Dexie may run a fresh query twice while the database opens).
		await until(() => state.seen.at(-1) !== 0);
		await new Promise((r) => setTimeout(r, 100));
		const settled = state.reads;
		page.dispatchEvent(new Event('visibilitychange'));
		await new Promise((r) => setTimeout(r, 50));
		expect(state.reads).toBe(settled);
		page.visibilityState = 'visible';
		page.dispatchEvent(new Event('visibilitychange'));
		await until(() => state.seen.at(-1) === settled + 1);
		expect(state.seen.at(-1)).toBe(settled + 1);
		stop();
		await end();
	});
});
