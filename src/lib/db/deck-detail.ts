import type { FactdeckDB } from './database';
import { storageTask } from './guard';
import type { Article, Card, Schedule } from './schema';

export interface DeckCard {
	card: Card;
	schedule: Schedule | undefined;
}

export interface DeckDetail {
	article: Article;
	/** In the engine's order of importance (the order they were saved in). */
	cards: DeckCard[];
}

/** One deck with its cards and their schedules, read as one snapshot; undefined when absent. */
export function deckDetail(db: FactdeckDB, articleId: string): Promise<DeckDetail | undefined> {
	return storageTask(db, () =>
		db.transaction('r', [db.articles, db.cards, db.schedules], async () => {
			const article = await db.articles.get(articleId);
			if (!article) return undefined;
			const [cards, schedules] = await Promise.all([
				db.cards.where({ articleId }).toArray(),
				db.schedules.where({ articleId }).toArray()
			]);
			const byCard = new Map(schedules.map((schedule) => [schedule.cardId, schedule]));
			cards.sort((a, b) => b.question.score - a.question.score);
			return {
				article,
				cards: cards.map((card) => ({ card, schedule: byCard.get(card.id) }))
			};
		})
	);
}
