import type { FactKind } from '$lib/engine/types';
import { storageTask, type FactdeckDB } from '$lib/db';
import { FACT_KINDS } from './accuracy';
import { addStudyDays } from './days';
import type { ProgressInput } from './progress';

/**
 * How far back the page reads answers: enough for twelve months of retention and the 26-week
 * calendar. A streak longer than this shows as this long; reading every answer ever given on
 * each live update would cost more than that honesty is worth.
 */
export const HISTORY_DAYS = 400;

export interface DeckTitle {
	id: string;
	title: string;
}

export interface ProgressData extends ProgressInput {
	/** Every deck, newest first, for the deck selector. */
	decks: DeckTitle[];
}

/**
 * The rows behind the progress page, overall or for one deck, in one read transaction so counts
 * and answers agree. Index reads only: schedules and reviews by `articleId` (or the whole
 * schedules table, as `deckSummaries` does), recent reviews by `reviewedAt`, and the kind of each
 * card from the `fact` index's keys, without loading the cards' questions.
 *
 * A read-only query, kept beside the statistics it feeds so it can change with them; it writes
 * nothing, so the db layer's transaction rules are not at stake.
 */
export function loadProgress(db: FactdeckDB, now: Date, articleId?: string): Promise<ProgressData> {
	const since = addStudyDays(now.getTime(), -HISTORY_DAYS);
	return storageTask(db, () =>
		db.transaction('r', [db.articles, db.cards, db.schedules, db.reviews], async () => {
			const [articles, schedules, reviews, kindKeys] = await Promise.all([
				db.articles.orderBy('addedAt').reverse().toArray(),
				articleId === undefined
					? db.schedules.toArray()
					: db.schedules.where('articleId').equals(articleId).toArray(),
				articleId === undefined
					? db.reviews.where('reviewedAt').aboveOrEqual(since).toArray()
					: db.reviews
							.where('articleId')
							.equals(articleId)
							.filter((r) => r.reviewedAt >= since)
							.toArray(),
				Promise.all(FACT_KINDS.map((kind) => db.cards.where('fact').equals(kind).primaryKeys()))
			]);
			const prefix = articleId === undefined ? '' : `${articleId}:`;
			const kindOf = new Map<string, FactKind>();
			FACT_KINDS.forEach((kind, i) => {
				for (const cardId of kindKeys[i] ?? []) {
					if (cardId.startsWith(prefix)) kindOf.set(cardId, kind);
				}
			});
			return {
				decks: articles.map(({ id, title }) => ({ id, title })),
				schedules,
				reviews,
				kindOf
			};
		})
	);
}
