import type { Question } from '$lib/engine/types';
import { newCardState } from '$lib/srs';
import type { FactdeckDB } from './database';
import { storageTask } from './guard';
import type { Article, Card, Schedule } from './schema';
import { readSettingInTx } from './settings';

export type NewArticle = Omit<Article, 'id' | 'addedAt'> & { id?: string };

export function cardIdFor(articleId: string, questionId: string): string {
	return `${articleId}:${questionId}`;
}

/** The engine never repeats an id within a deck; if it did, the first (highest score) wins. */
function uniqueQuestions(questions: readonly Question[]): Question[] {
	const seen = new Set<string>();
	return questions.filter((q) => !seen.has(q.id) && seen.add(q.id));
}

function newCard(articleId: string, question: Question, now: number): Card {
	return {
		id: cardIdFor(articleId, question.id),
		articleId,
		questionId: question.id,
		question,
		fact: question.fact,
		suspended: 0,
		createdAt: now
	};
}

/**
 * A new card's `due` has no meaning to FSRS (it schedules from the first review), so we offset it
 * by the question's rank in milliseconds: the `[…+state+due]` index then hands out new cards in
 * the engine's score order.
 */
function newSchedule(card: Card, now: Date, rank: number): Schedule {
	const state = newCardState(now);
	return {
		...state,
		due: state.due + rank,
		cardId: card.id,
		articleId: card.articleId,
		suspended: 0
	};
}

async function addCards(db: FactdeckDB, articleId: string, questions: Question[], now: Date) {
	const cards = questions.map((q) => newCard(articleId, q, now.getTime()));
	await db.cards.bulkAdd(cards);
	await db.schedules.bulkAdd(cards.map((card, rank) => newSchedule(card, now, rank)));
}

async function writeDeck(
	db: FactdeckDB,
	article: NewArticle,
	questions: readonly Question[],
	now: Date
) {
	const row: Article = {
		...article,
		id: article.id ?? crypto.randomUUID(),
		addedAt: now.getTime()
	};
	await db.articles.add(row);
	await addCards(db, row.id, uniqueQuestions(questions), now);
	return row.id;
}

/**
 * Saves an article with its cards and their (new) schedules. One transaction: the deck appears
 * whole or not at all, so the deck list never shows a deck with missing cards.
 * Returns the article id.
 */
export function saveDeck(
	db: FactdeckDB,
	article: NewArticle,
	questions: readonly Question[],
	now: Date
): Promise<string> {
	return storageTask(db, () =>
		db.transaction('rw', [db.articles, db.cards, db.schedules], () =>
			writeDeck(db, article, questions, now)
		)
	);
}

export interface RegenerateInput {
	questions: readonly Question[];
	text?: string;
	title?: string;
	engineVersion?: string;
}

export interface RegenerateResult {
	kept: number;
	added: number;
	removed: number;
}

/**
 * Replaces a deck's questions, e.g. after a better engine or an edited text. One transaction:
 * - a card whose id (article + question id) is unchanged keeps its schedule, reviews and
 *   suspension; its question is updated to the new wording;
 * - a card no longer produced is deleted with its schedule *and its reviews*: a review of a card
 *   that no longer exists can't be undone or shown, and dropping them keeps the invariant
 *   "every review has a card", which backups check;
 * - a new question becomes a new card with a new schedule.
 */
export function regenerateDeck(
	db: FactdeckDB,
	articleId: string,
	input: RegenerateInput,
	now: Date
): Promise<RegenerateResult> {
	const tables = [db.articles, db.cards, db.schedules, db.reviews];
	return storageTask(db, () =>
		db.transaction('rw', tables, async () => {
			const article = await db.articles.get(articleId);
			if (!article) throw new Error(`No deck ${articleId}`);
			const existing = new Map(
				(await db.cards.where({ articleId }).toArray()).map((c) => [c.id, c])
			);
			const questions = uniqueQuestions(input.questions);
			const kept: Card[] = [];
			const added: Question[] = [];
			for (const question of questions) {
				const old = existing.get(cardIdFor(articleId, question.id));
				if (old) kept.push({ ...old, question, fact: question.fact });
				else added.push(question);
			}
			const keptIds = new Set(kept.map((c) => c.id));
			const removed = [...existing.keys()].filter((id) => !keptIds.has(id));
			await db.reviews.where('cardId').anyOf(removed).delete();
			await db.schedules.bulkDelete(removed);
			await db.cards.bulkDelete(removed);
			await db.cards.bulkPut(kept);
			await addCards(db, articleId, added, now);
			// Only the fields given: Dexie's update() would delete a field set to undefined.
			const { text, title, engineVersion } = input;
			const changes = Object.entries({ text, title, engineVersion }).filter(
				([, v]) => v !== undefined
			);
			if (changes.length) await db.articles.update(articleId, Object.fromEntries(changes));
			return { kept: kept.length, added: added.length, removed: removed.length };
		})
	);
}

/**
 * Deletes a deck with its cards, schedules and reviews in one transaction (no orphans survive a
 * crash halfway). Deleting the sample deck records `sampleDeleted` in the same transaction, so
 * it is never seeded again. Returns false when there was no such deck.
 */
export function deleteDeck(db: FactdeckDB, articleId: string): Promise<boolean> {
	const tables = [db.articles, db.cards, db.schedules, db.reviews, db.settings];
	return storageTask(db, () =>
		db.transaction('rw', tables, async () => {
			const article = await db.articles.get(articleId);
			if (!article) return false;
			await db.reviews.where({ articleId }).delete();
			await db.schedules.where({ articleId }).delete();
			await db.cards.where({ articleId }).delete();
			await db.articles.delete(articleId);
			if (article.isSample) await db.settings.put({ key: 'sampleDeleted', value: true });
			return true;
		})
	);
}

/**
 * Suspends or restores cards. The card and the copy of the flag on its schedule (which the due
 * queue's index reads) change in one transaction, so they never disagree.
 */
export function setSuspended(
	db: FactdeckDB,
	cardIds: readonly string[],
	suspended: boolean
): Promise<void> {
	const flag = suspended ? 1 : 0;
	return storageTask(db, () =>
		db.transaction('rw', [db.cards, db.schedules], async () => {
			await db.cards.where('id').anyOf(cardIds).modify({ suspended: flag });
			await db.schedules.where('cardId').anyOf(cardIds).modify({ suspended: flag });
		})
	);
}

export interface SampleDeck {
	article: NewArticle;
	questions: Question[];
}

/**
 * Seeds the sample deck on first launch. `buildSample` runs outside the transaction (IndexedDB
 * transactions commit as soon as they wait on anything else), then one transaction re-checks the
 * `sampleSeeded`/`sampleDeleted` flags and writes deck and flag together. Two tabs racing both
 * build, but transactions over `settings` run one after the other, so only the first writes.
 */
export async function ensureSampleDeck(
	db: FactdeckDB,
	buildSample: () => Promise<SampleDeck>,
	now: Date
): Promise<'seeded' | 'skipped'> {
	const alreadyDone = await storageTask(db, async () => {
		const flags = await db.settings.bulkGet(['sampleSeeded', 'sampleDeleted']);
		return flags.some((row) => row?.value === true);
	});
	if (alreadyDone) return 'skipped';
	const sample = await buildSample();
	const tables = [db.settings, db.articles, db.cards, db.schedules];
	return storageTask(db, () =>
		db.transaction('rw', tables, async () => {
			const seeded = await readSettingInTx(db, 'sampleSeeded');
			const deleted = await readSettingInTx(db, 'sampleDeleted');
			if (seeded || deleted) return 'skipped';
			await writeDeck(db, { ...sample.article, isSample: true }, sample.questions, now);
			await db.settings.put({ key: 'sampleSeeded', value: true });
			return 'seeded';
		})
	);
}
