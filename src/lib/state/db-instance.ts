import { browser } from '$app/environment';
import { FactdeckDB } from '$lib/db';
import { storageStatus } from './storage-status.svelte';

let db: FactdeckDB | undefined;

/**
 * The app's one database connection, created on first use in the browser (IndexedDB does not exist
 * during prerendering). Its status feeds `storageStatus`, so a versionchange from another tab
 * shows the reload banner.
 */
export function getDb(): FactdeckDB {
	if (!browser)
		throw new Error('getDb() is browser-only: call it from onMount, an effect or an event.');
	if (!db) {
		db = new FactdeckDB();
		storageStatus.watch(db);
	}
	return db;
}
