import type { FactKind } from '$lib/engine/types';
import type { FactdeckDB } from './database';
import { storageTask } from './guard';
import type { Review, Schedule } from './schema';

export interface ProgressRows {
	/** Every deck, newest first, for the deck selector. */
	decks: { id: string; title: string }[];
	schedules: Schedule[];
	/** Answers given since `since`. */
	reviews: Review[];
	/** The kind of fact of each card in scope. */
	kindOf: Map<string, FactKind>;
}

/**
 * The rows behind the progress page, overall or for one deck, in one read transaction so counts
 * and answers agree. Index reads only: schedules and reviews by `articleId` (or the whole
 * schedules table, as `deckSummaries` does), recent reviews by `reviewedAt`, and each card's kind
 * from the `fact` index's keys, without loading the cards' questions.
 */
export function progressRows(
	db: FactdeckDB,
	since: number,
	kinds: readonly FactKind[],
	articleId?: string
): Promise<ProgressRows> {
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
				Promise.all(kinds.map((kind) => db.cards.where('fact').equals(kind).primaryKeys()))
			]);
			const prefix = articleId === undefined ? '' : `${articleId}:`;
			const kindOf = new Map<string, FactKind>();
			kinds.forEach((kind, i) => {
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
