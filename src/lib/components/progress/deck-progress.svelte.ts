import { startOfNextStudyDay } from '$lib/srs';
import { getDb } from '$lib/state/db-instance';
import { LiveQuery } from '$lib/state/live-query.svelte';
import { loadProgress, progressStats, type DeckTitle, type ProgressStats } from '$lib/stats';

/** The time now: a snapshot per query, never mutated, so it needs no SvelteDate. */
const readClock = () => new Date();

export interface ProgressView {
	decks: DeckTitle[];
	stats: ProgressStats;
}

/**
 * The progress page's live statistics for the chosen deck (null: all decks). Dexie's liveQuery
 * cannot follow Svelte state, so choosing another deck opens a new query; it starts from the
 * last result instead of nothing, so the page (and the focused deck selector) stays in place
 * while the new numbers load.
 */
export class DeckProgress {
	readonly #deckId: () => string | null;
	#latest: ProgressView | undefined;
	/** Bumped at each study-day rollover: "today" must move on even if no data changes. */
	#day = $state(0);
	#query = $derived.by(() => {
		void this.#day;
		return this.#open(this.#deckId() ?? undefined);
	});

	constructor(deckId: () => string | null) {
		this.#deckId = deckId;
	}

	#open(articleId: string | undefined) {
		return new LiveQuery(async (): Promise<ProgressView> => {
			const now = readClock();
			const data = await loadProgress(getDb(), now, articleId);
			const view = { decks: data.decks, stats: progressStats(data, now) };
			this.#latest = view;
			return view;
		}, this.#latest);
	}

	/**
	 * Re-reads at each 4 am rollover while the page is open (a sleeping device fires the timer on
	 * waking). Returns the cleanup, for `onMount`.
	 */
	followStudyDays(): () => void {
		let timer: ReturnType<typeof setTimeout>;
		const next = () => {
			const wait = startOfNextStudyDay(readClock()) - Date.now() + 1000;
			timer = setTimeout(() => {
				this.#day++;
				next();
			}, wait);
		};
		next();
		return () => clearTimeout(timer);
	}

	/** The latest statistics, or undefined before the first result. */
	get current(): ProgressView | undefined {
		return this.#query.current;
	}

	get error(): unknown {
		return this.#query.error;
	}
}
