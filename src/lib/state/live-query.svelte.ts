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

	/**
	 * `refreshMs`: for a query that reads the clock (due counts), also re-run it that often and
	 * whenever the page becomes visible again: a phone brings the app back the next morning with
	 * the same page open, and no transaction would tell the query that cards have come due.
	 */
	constructor(query: () => T | Promise<T>, initial?: I, options: { refreshMs?: number } = {}) {
		this.#current = initial as I;
		this.#subscribe = createSubscriber((update) => {
			const follow = () =>
				liveQuery(query).subscribe({
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
			let subscription = follow();
			const { refreshMs } = options;
			if (!refreshMs) return () => subscription.unsubscribe();
			const rerun = () => {
				subscription.unsubscribe();
				subscription = follow();
			};
			const onVisible = () => {
				if (document.visibilityState === 'visible') rerun();
			};
			const timer = setInterval(rerun, refreshMs);
			document.addEventListener('visibilitychange', onVisible);
			return () => {
				clearInterval(timer);
				document.removeEventListener('visibilitychange', onVisible);
				subscription.unsubscribe();
			};
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
