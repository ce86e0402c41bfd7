import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

/**
 * A Dexie `liveQuery` as a reactive value, adapted once in the style of svelte.dev's
 * `Persisted.svelte.ts`: the IndexedDB subscription exists only while something reactive reads
 * `.current` (createSubscriber starts it on first read in an effect and stops it when the last
 * reader goes away), and it re-runs whenever a transaction — in this tab or another — changes
 * what the query read.
 *
 * ```svelte
 * const decks = new LiveQuery(() => deckSummaries(getDb(), new Date()), []);
 * {#each decks.current as deck}…{/each}
 * ```
 */
export class LiveQuery<T, I = undefined> {
	#current: T | I;
	#error: unknown = undefined;
	#loading = true;
	#subscribe: () => void;

	constructor(query: () => T | Promise<T>, initial?: I) {
		this.#current = initial as I;
		this.#subscribe = createSubscriber((update) => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#current = value;
					this.#error = undefined;
					this.#loading = false;
					update();
				},
				error: (error: unknown) => {
					this.#error = error;
					this.#loading = false;
					update();
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	/** The latest result, or `initial` until the first one arrives. */
	get current(): T | I {
		this.#subscribe();
		return this.#current;
	}

	/** The query's last error (often a `StorageError`), cleared by the next good result. */
	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}

	get loading(): boolean {
		this.#subscribe();
		return this.#loading;
	}
}
