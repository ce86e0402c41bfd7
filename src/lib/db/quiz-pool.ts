import type { FactdeckDB } from './database';
import { storageTask } from './guard';
import type { Card } from './schema';

export interface QuizPool {
	/** The deck's title, or null when quizzing across all decks (or the deck is gone). */
	title: string | null;
	/** False when the requested deck is not on this device. */
	found: boolean;
	/** Unsuspended cards of the deck (or of every deck), in no particular order. */
	cards: Card[];
}

/** The cards a quiz may draw from: one deck's, or every deck's when `articleId` is null. */
export function quizPool(db: FactdeckDB, articleId: string | null): Promise<QuizPool> {
	return storageTask(db, () =>
		db.transaction('r', [db.articles, db.cards], async () => {
			const article = articleId === null ? undefined : await db.articles.get(articleId);
			const cards =
				articleId === null
					? await db.cards.toArray()
					: await db.cards.where('articleId').equals(articleId).toArray();
			return {
				title: article?.title ?? null,
				found: articleId === null || article !== undefined,
				cards: cards.filter((card) => card.suspended === 0)
			};
		})
	);
}
