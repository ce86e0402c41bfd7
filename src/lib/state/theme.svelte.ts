import { liveQuery } from 'dexie';
import { storedTheme, updateSettings, type FactdeckDB } from '$lib/db';

/** The learner's theme choice. 'system' follows prefers-color-scheme; the others force a theme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const storageKey = 'factdeck-theme';

function readChoice(): ThemeChoice {
	try {
		const stored = globalThis.localStorage?.getItem(storageKey);
		return stored === 'light' || stored === 'dark' ? stored : 'system';
	} catch {
		return 'system';
	}
}

const unsyncedKey = 'factdeck-theme-unsynced';

/** Marks (or clears) a theme choice the settings table has not taken yet. */
function mark(failed: boolean) {
	try {
		if (failed) localStorage.setItem(unsyncedKey, '1');
		else localStorage.removeItem(unsyncedKey);
	} catch {
		// Storage blocked: nothing to remember the failure in.
	}
}

function unsynced(): boolean {
	try {
		return localStorage.getItem(unsyncedKey) === '1';
	} catch {
		return false;
	}
}

/**
 * The theme lives in two places on purpose: localStorage, which the inline script in app.html
 * reads before the first paint (IndexedDB is asynchronous and would flash the wrong theme), and
 * the settings table, which is the truth that backups carry and other tabs see.
 */
class Theme {
	#choice = $state<ThemeChoice>('system');
	#db: FactdeckDB | undefined;
	#pendingWrites = 0;

	/** Reads the stored choice, in the browser (localStorage does not exist on the server). */
	#load() {
		this.#choice = readChoice();
	}

	get choice(): ThemeChoice {
		return this.#choice;
	}

	/** The learner picked a theme: show it and store it in both places. */
	set choice(value: ThemeChoice) {
		this.#apply(value);
		this.#store(value);
	}

	/**
	 * Writes the choice to the settings table. While writes are under way the table's older value
	 * is not applied back; a write that fails (full disk) leaves a mark, so the next launch trusts
	 * this device's choice and tries again instead of reverting to the table's.
	 */
	#store(value: ThemeChoice) {
		const db = this.#db;
		if (!db) return;
		this.#pendingWrites++;
		updateSettings(db, { theme: value })
			.then(() => mark(false))
			.catch(() => mark(true))
			.finally(() => this.#pendingWrites--);
	}

	/**
	 * Follows the settings table: a restored backup or another tab's choice applies here too. No
	 * stored theme (data from before the table kept it, or a backup without one) leaves this
	 * device's choice alone; launching writes only to retry a choice that failed to save. Returns
	 * the function that stops.
	 */
	follow(db: FactdeckDB): () => void {
		this.#db = db;
		this.#load();
		const subscription = liveQuery(() => storedTheme(db)).subscribe({
			next: (stored) => {
				if (this.#pendingWrites > 0) return;
				if (unsynced()) this.#store(this.#choice);
				else if (stored !== undefined && stored !== this.#choice) this.#apply(stored);
			},
			// Unreadable storage is reported by the storage banner; the local choice still applies.
			error: () => {}
		});
		return () => subscription.unsubscribe();
	}

	#apply(value: ThemeChoice) {
		this.#choice = value;
		try {
			if (value === 'system') localStorage.removeItem(storageKey);
			else localStorage.setItem(storageKey, value);
		} catch {
			// Storage blocked: the choice still applies for this visit.
		}
		const root = document.documentElement;
		if (value === 'system') delete root.dataset.theme;
		else root.dataset.theme = value;
	}
}

export const theme = new Theme();
