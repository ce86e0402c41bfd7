import { liveQuery, type Subscription } from 'dexie';
import { untrack } from 'svelte';
import {
	SESSION_QUEUE_LIMIT,
	dueQueue,
	recordAnswer,
	undoLastAnswer,
	type DueQueue,
	type QueueEntry
} from '$lib/db';
import type { Grade, IntervalPreview } from '$lib/srs';
import { now } from './clock';
import { keepProgress } from './keep-progress';
import { getDb } from './db-instance';
import type { StudySettings } from './study-settings.svelte';

/** How often the queue is re-read for learning cards coming due while the learner studies. */
const REFRESH_MS = 30_000;

/**
 * A flashcard session over the due queue (one deck or all). The queue is a Dexie live query, so
 * answers given in another tab move this tab on too; the card on screen stays put until answered.
 */
export class FlashcardSession {
	#queue = $state.raw<DueQueue | null>(null);
	#pinnedId = $state<string | null>(null);
	/** The pinned card's review count when it was shown: a change means another tab answered it. */
	#pinnedReps: number | null = null;
	#revealed = $state(false);
	#busy = $state(false);
	#error = $state('');
	#undoStack = $state.raw<number[]>([]);
	#answered = $state(0);
	/** Facts answered in this session: their other cards wait until the next session. */
	#buried = $state.raw<readonly string[]>([]);
	#shownAt = 0;
	/** The card just answered and its review count before: see #moveOnOnceAnswered. */
	#answering: { cardId: string; reps: number } | null = null;
	#subscription: Subscription | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;

	readonly articleId: string | undefined;
	readonly #settings: StudySettings;

	constructor(settings: StudySettings, articleId?: string) {
		this.#settings = settings;
		this.articleId = articleId;
	}

	/** Starts following the queue; returns the function that stops it (for onMount). */
	start(): () => void {
		// The settings arrive from IndexedDB after the page mounts: until they do, `current` is the
		// default, so reading the queue at once would ignore the learner's "new cards per day".
		// Wait for them, and read the queue again whenever that setting changes (another tab, an
		// import).
		const stopFollowing = $effect.root(() => {
			$effect(() => {
				if (this.#settings.loading) return;
				const newPerDay = this.#settings.current.newPerDay;
				untrack(() => this.#subscribe(newPerDay));
			});
		});
		const reread = () => this.#subscribe(untrack(() => this.#settings.current.newPerDay));
		this.#timer = setInterval(reread, REFRESH_MS);
		// A phone back from sleep may not have fired the timer for hours: re-read on return.
		const onVisible = () => {
			if (document.visibilityState === 'visible' && !this.#settings.loading) reread();
		};
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			stopFollowing();
			document.removeEventListener('visibilitychange', onVisible);
			this.#subscription?.unsubscribe();
			if (this.#timer) clearInterval(this.#timer);
		};
	}

	#subscribe(newPerDay: number) {
		this.#subscription?.unsubscribe();
		const articleId = this.articleId;
		this.#subscription = liveQuery(() =>
			dueQueue(getDb(), now(), { newPerDay, articleId, limit: SESSION_QUEUE_LIMIT })
		).subscribe({
			next: (queue) => {
				this.#queue = queue;
				this.#error = '';
				this.#moveOnOnceAnswered();
			},
			error: (error: unknown) => {
				this.#error = messageOf(error);
				// No queue will show the answer: stop waiting for one, so the learner is not stuck.
				this.#answering = null;
				this.#busy = false;
			}
		});
	}

	get loading(): boolean {
		return this.#queue === null && !this.#error;
	}

	get error(): string {
		return this.#error;
	}

	get counts(): DueQueue['counts'] {
		return this.#queue?.counts ?? { learning: 0, review: 0, new: 0 };
	}

	get answered(): number {
		return this.#answered;
	}

	/**
	 * The card on screen: the pinned one while it is still due, else the first that is due now.
	 * A learning card due in a few minutes (the learn-ahead window) waits behind other cards, so a
	 * card just failed does not come straight back, unless nothing else is left (as in Anki).
	 */
	get current(): QueueEntry | undefined {
		const entries = this.#queue?.entries ?? [];
		const time = Date.now();
		const pinned = entries.find((entry) => entry.card.id === this.#pinnedId);
		if (pinned && (this.#pinnedReps === null || pinned.schedule.reps === this.#pinnedReps)) {
			return pinned;
		}
		// Like Anki's "bury siblings": once a fact was asked (say as multiple choice), its other
		// cards (the flashcard, the cloze) are not shown again in the same session.
		const fresh = entries.filter(
			(entry) =>
				entry !== pinned && (entry.kind === 'learning' || !this.#buried.includes(siblingKey(entry)))
		);
		return (
			fresh.find((entry) => entry.kind !== 'learning' || entry.schedule.due <= time) ?? fresh[0]
		);
	}

	get revealed(): boolean {
		return this.#revealed;
	}

	get busy(): boolean {
		return this.#busy;
	}

	get canUndo(): boolean {
		return this.#undoStack.length > 0 && !this.#busy;
	}

	/** What each grade would schedule, for the buttons' labels. */
	get previews(): IntervalPreview[] {
		const current = this.current;
		return current ? this.#settings.scheduler.previewIntervals(current.schedule, now()) : [];
	}

	/** Called when a card is shown, so the time taken is measured from then. */
	show() {
		const current = this.current;
		if (!current) return;
		if (current.card.id !== this.#pinnedId) {
			this.#pinnedId = current.card.id;
			this.#pinnedReps = current.schedule.reps;
			this.#revealed = false;
			this.#shownAt = performance.now();
		} else if (this.#pinnedReps === null) {
			this.#pinnedReps = current.schedule.reps;
		}
	}

	reveal() {
		if (this.current) this.#revealed = true;
	}

	async grade(rating: Grade): Promise<void> {
		const current = this.current;
		if (!current || !this.#revealed || this.#busy) return;
		this.#busy = true;
		try {
			const reviewId = await recordAnswer(getDb(), {
				cardId: current.card.id,
				rating,
				mode: 'flashcard',
				answer: '',
				correct: rating > 1,
				durationMs: performance.now() - this.#shownAt,
				now: now(),
				scheduler: this.#settings.scheduler
			});
			this.#undoStack = [...this.#undoStack, reviewId];
			this.#buried = [...this.#buried, siblingKey(current)];
			this.#answered++;
			this.#error = '';
			keepProgress();
			// The queue shows the card as it was until the live query has read the answer back:
			// moving on now would choose the next card from stale data, and flash "All caught up"
			// (announced too) when the answered card comes back as a learning card.
			this.#answering = { cardId: current.card.id, reps: current.schedule.reps };
			this.#moveOnOnceAnswered();
		} catch (error) {
			this.#error = messageOf(error);
			this.#busy = false;
		}
	}

	/** Shows the next card once the queue holds the answer just given; busy until then. */
	#moveOnOnceAnswered() {
		const answering = this.#answering;
		if (!answering) return;
		const stale = this.#queue?.entries.some(
			(entry) => entry.card.id === answering.cardId && entry.schedule.reps === answering.reps
		);
		if (stale) return;
		this.#answering = null;
		this.#pinnedId = null;
		this.#revealed = false;
		this.#busy = false;
	}

	/** Takes back the last answer and shows that card again, unrevealed. */
	async undo(): Promise<void> {
		const reviewId = this.#undoStack.at(-1);
		if (reviewId === undefined || this.#busy) return;
		this.#busy = true;
		try {
			const result = await undoLastAnswer(getDb(), reviewId);
			this.#undoStack = this.#undoStack.slice(0, -1);
			if (result.ok) {
				this.#pinnedId = result.cardId;
				this.#pinnedReps = null;
				this.#revealed = false;
				this.#answered = Math.max(0, this.#answered - 1);
				this.#shownAt = performance.now();
			} else {
				this.#error =
					result.reason === 'not-latest'
						? 'That card was answered again in another tab, so the answer can no longer be undone.'
						: 'That answer no longer exists.';
			}
		} catch (error) {
			this.#error = messageOf(error);
		} finally {
			this.#busy = false;
		}
	}
}

/** Cards about the same fact: the same kind of fact, answer and sentence, in any question type. */
function siblingKey({ card }: QueueEntry): string {
	const { fact, answer, source } = card.question;
	return `${card.articleId}|${fact}|${answer.toLowerCase()}|${source.start}`;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
