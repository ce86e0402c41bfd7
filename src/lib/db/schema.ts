import type { FactKind, Question } from '$lib/engine/types';
import type { CardState, StoredReviewLog } from '$lib/srs';

/**
 * Row shapes of every table. Dates are epoch milliseconds (see `CardState`). Booleans that are
 * indexed are 0 | 1, because IndexedDB cannot index `true`/`false`.
 */

export interface Article {
	/** A random UUID, so decks made on two devices never collide when a backup is merged. */
	id: string;
	title: string;
	text: string;
	sourceUrl?: string;
	/** As the article states it, ideally YYYY-MM-DD; the engine resolves relative dates with it. */
	publishedAt?: string;
	addedAt: number;
	/** The fact engine that made the cards, so a newer engine can offer to regenerate. */
	engineVersion: string;
	/** The bundled sample deck; deleting it sets the `sampleDeleted` setting. */
	isSample?: boolean;
}

/**
 * A study card. Its id is `${articleId}:${question.id}`: question ids are stable for the same
 * question in the same article (regeneration keeps them), but two articles quoting the same
 * wire sentence can produce the same question id, so the article scopes it.
 */
export interface Card {
	id: string;
	articleId: string;
	questionId: string;
	question: Question;
	/** Copied from `question.fact` so statistics can group by kind through an index. */
	fact: FactKind;
	suspended: 0 | 1;
	createdAt: number;
}

/**
 * A card's FSRS state, one row per card. `articleId` and `suspended` are copies from the card so
 * the due queue and the deck list are answered by index ranges alone; `setSuspended` and
 * `deleteDeck` keep the copies in step inside their transactions.
 */
export interface Schedule extends CardState {
	cardId: string;
	articleId: string;
	suspended: 0 | 1;
}

export type ReviewMode = 'flashcard' | 'quiz';

/** One answer. Append-only, except that undo deletes the latest one. */
export interface Review {
	/** Auto-incremented: optional when adding (Dexie's insert type), always set when read. */
	id: number;
	cardId: string;
	articleId: string;
	/** FSRS grade 1–4 (Again, Hard, Good, Easy). */
	rating: 1 | 2 | 3 | 4;
	mode: ReviewMode;
	/** What the learner typed or chose; empty for a flashcard. */
	answer: string;
	correct: boolean;
	durationMs: number;
	reviewedAt: number;
	/** `prev.state`, top-level so "new cards started today" is one index count. */
	prevState: number;
	/** The schedule before this answer: undo writes it back verbatim. */
	prev: CardState;
	/** ts-fsrs's log for this answer, for statistics and a future parameter optimiser. */
	log: StoredReviewLog;
}

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
	desiredRetention: number;
	newPerDay: number;
	quizLength: number;
	theme: Theme;
	sampleSeeded: boolean;
	sampleDeleted: boolean;
}

export interface SettingRow {
	key: keyof Settings;
	value: Settings[keyof Settings];
}

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped version: add the next one
 * (with an upgrade in `upgrades.ts` when it removes or reshapes anything). `schema.test.ts`
 * compares this to `schema.snapshot.json`.
 */
export const SCHEMA_VERSIONS: Readonly<Record<number, Readonly<Record<string, string>>>> = {
	1: {
		articles: 'id, addedAt',
		cards: 'id, articleId',
		schedules: 'cardId, articleId, [state+due]',
		reviews: '++id, cardId, articleId, reviewedAt',
		settings: 'key'
	},
	// v2: suspended and the previous state move into indexes, so the due queue and the
	// new-cards-today count never scan; cards get a `fact` index for statistics.
	2: {
		articles: 'id, addedAt',
		cards: 'id, articleId, fact',
		schedules: 'cardId, articleId, [suspended+state+due], [articleId+suspended+state+due]',
		reviews:
			'++id, cardId, articleId, reviewedAt, [prevState+reviewedAt], [articleId+prevState+reviewedAt]',
		settings: 'key'
	}
};

export const LATEST_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));
