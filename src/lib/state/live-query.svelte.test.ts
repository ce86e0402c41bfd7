// liveQuery only runs when Dexie found a global indexedDB at load time, as in a browser.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
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
});
