/**
 * The whole database as plain rows, for backups: read and restored here so that every
 * transaction stays inside `src/lib/db`; the backup module owns only the file format.
 */
import type { FactdeckDB } from './database';
import { storageTask } from './guard';
import type { Article, Card, Review, Schedule, SettingRow } from './schema';

export interface DatabaseContents {
	articles: Article[];
	cards: Card[];
	schedules: Schedule[];
	reviews: Review[];
	settings: SettingRow[];
}

/**
 * Reads every table inside one read transaction, so a backup is a consistent snapshot even if
 * another tab answers a card meanwhile.
 *
 * Why not dexie-export-import: its file mirrors Dexie's tables and internal schema (our format is
 * an app-level contract that outlives schema versions), it builds a Blob (awkward to validate
 * with valibot first), and its import writes in chunks over several transactions, which cannot
 * give "all or nothing". Plain `toArray()` reads of 50,000 reviews take well under a second.
 */
export function readContents(db: FactdeckDB): Promise<DatabaseContents> {
	const tables = [db.articles, db.cards, db.schedules, db.reviews, db.settings];
	return storageTask(db, () =>
		db.transaction('r', tables, async () => {
			const [articles, cards, schedules, reviews, settings] = await Promise.all([
				db.articles.toArray(),
				db.cards.toArray(),
				db.schedules.toArray(),
				db.reviews.toArray(),
				db.settings.toArray()
			]);
			return { articles, cards, schedules, reviews, settings };
		})
	);
}

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
	articles: number;
	cards: number;
	reviews: number;
}

const reviewKey = (r: Pick<Review, 'cardId' | 'reviewedAt'>) => `${r.cardId}@${r.reviewedAt}`;

async function replaceAll(db: FactdeckDB, data: DatabaseContents): Promise<ImportSummary> {
	await Promise.all(db.tables.map((table) => table.clear()));
	await db.articles.bulkAdd(data.articles);
	await db.cards.bulkAdd(data.cards);
	await db.schedules.bulkAdd(data.schedules);
	// Ids kept, so a restored database exports to the same file.
	await db.reviews.bulkAdd(data.reviews);
	await db.settings.bulkAdd(data.settings);
	return { articles: data.articles.length, cards: data.cards.length, reviews: data.reviews.length };
}

/**
 * Merge rules, chosen so that merging the same file twice changes nothing the second time:
 * - decks: added when missing; a deck on this device keeps its own title and text. A sample
 *   deck is skipped when this device has its own sample or deleted it;
 * - cards present on both sides: the side whose schedule was reviewed last wins (card and
 *   schedule together, so the suspended copies agree);
 * - reviews: a union keyed by card and review time (a card cannot be answered twice in the same
 *   millisecond). Review ids are per-device counters, so imported reviews get new ids;
 * - settings: this device's settings stay.
 */
async function mergeIn(db: FactdeckDB, data: DatabaseContents): Promise<ImportSummary> {
	const localArticles = await db.articles.toArray();
	const known = new Set(localArticles.map((a) => a.id));
	const sampleGone =
		localArticles.some((a) => a.isSample) ||
		(await db.settings.get('sampleDeleted'))?.value === true;
	const articles = data.articles.filter((a) => !known.has(a.id) && !(a.isSample && sampleGone));
	const allowed = new Set([...known, ...articles.map((a) => a.id)]);

	const incomingSchedules = new Map(data.schedules.map((s) => [s.cardId, s]));
	const localSchedules = new Map(
		(await db.schedules.bulkGet(data.cards.map((c) => c.id))).flatMap((s) =>
			s ? [[s.cardId, s]] : []
		)
	);
	const cards: Card[] = [];
	const schedules: Schedule[] = [];
	for (const card of data.cards) {
		const theirs = incomingSchedules.get(card.id);
		if (!theirs || !allowed.has(card.articleId)) continue;
		const ours = localSchedules.get(card.id);
		if (ours && (ours.last_review ?? -Infinity) >= (theirs.last_review ?? -Infinity)) continue;
		cards.push(card);
		schedules.push(theirs);
	}

	const cardIds = new Set([
		...(await db.cards.toCollection().primaryKeys()),
		...cards.map((c) => c.id)
	]);
	const seen = new Set<string>();
	await db.reviews.each((r) => seen.add(reviewKey(r)));
	const reviews = data.reviews
		.filter((r) => cardIds.has(r.cardId) && !seen.has(reviewKey(r)))
		.map(({ id: _id, ...review }) => review);

	await db.articles.bulkAdd(articles);
	await db.cards.bulkPut(cards);
	await db.schedules.bulkPut(schedules);
	await db.reviews.bulkAdd(reviews);
	if (articles.some((a) => a.isSample)) await db.settings.put({ key: 'sampleSeeded', value: true });
	return { articles: articles.length, cards: cards.length, reviews: reviews.length };
}

/**
 * Writes validated contents (a backup's data) into the database, replacing or merging. One
 * read-write transaction over every table: if anything fails (e.g. the disk fills up halfway)
 * nothing changes. Storage failures surface as `StorageError` (kind 'quota' has the "out of
 * storage space" message).
 */
export function restoreContents(
	db: FactdeckDB,
	contents: DatabaseContents,
	mode: ImportMode
): Promise<ImportSummary> {
	return storageTask(db, () =>
		db.transaction('rw', db.tables, () =>
			mode === 'replace' ? replaceAll(db, contents) : mergeIn(db, contents)
		)
	);
}
