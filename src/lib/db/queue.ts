import { Dexie } from 'dexie';
import { State, startOfStudyDay } from '$lib/srs';
import type { FactdeckDB } from './database';
import { storageTask } from './guard';
import type { Card, Schedule } from './schema';

export type QueueKind = 'learning' | 'review' | 'new';

/** How many cards a study session loads at once; the counts still count every due card. */
export const SESSION_QUEUE_LIMIT = 200;

export interface QueueEntry {
	kind: QueueKind;
	card: Card;
	schedule: Schedule;
}

export interface DueQueue {
	/** In study order: learning/relearning by due, then reviews by due, then new cards. */
	entries: QueueEntry[];
	counts: Record<QueueKind, number>;
	/** New cards first answered since the study day began (counts against `newPerDay`). */
	newStartedToday: number;
}

export interface DueQueueOptions {
	newPerDay: number;
	/** One deck only; the daily new-card limit then applies to that deck, like Anki's deck limits. */
	articleId?: string;
	/** Learning steps due this soon are shown now rather than ending the session (Anki: 20). */
	learnAheadMinutes?: number;
	/** Hour the study day starts (Anki: 4 am). */
	rolloverHour?: number;
	/** Load cards for at most this many entries (a session's worth); `counts` still count all. */
	limit?: number;
}

const MIN = Dexie.minKey as number;
const MAX = Number.POSITIVE_INFINITY;

/** Unsuspended schedules in `state` with `due` in [from, to], by due: an index range, no scan. */
function byStateAndDue(db: FactdeckDB, articleId: string | undefined, state: State, to: number) {
	return articleId === undefined
		? db.schedules
				.where('[suspended+state+due]')
				.between([0, state, MIN], [0, state, to], true, true)
		: db.schedules
				.where('[articleId+suspended+state+due]')
				.between([articleId, 0, state, MIN], [articleId, 0, state, to], true, true);
}

function countNewStarted(db: FactdeckDB, articleId: string | undefined, since: number) {
	return articleId === undefined
		? db.reviews
				.where('[prevState+reviewedAt]')
				.between([State.New, since], [State.New, MAX])
				.count()
		: db.reviews
				.where('[articleId+prevState+reviewedAt]')
				.between([articleId, State.New, since], [articleId, State.New, MAX])
				.count();
}

/**
 * What to study now. One read transaction, so the counts and cards are one consistent snapshot.
 * Suspended cards are excluded by the index itself; deleted decks have no schedules left.
 */
export function dueQueue(db: FactdeckDB, now: Date, options: DueQueueOptions): Promise<DueQueue> {
	const { newPerDay, articleId, learnAheadMinutes = 20, rolloverHour = 4, limit } = options;
	const t = now.getTime();
	return storageTask(db, () =>
		db.transaction('r', [db.schedules, db.reviews, db.cards], async () => {
			const learnUntil = t + learnAheadMinutes * 60_000;
			const [learning, relearning, review, newStartedToday] = await Promise.all([
				byStateAndDue(db, articleId, State.Learning, learnUntil).toArray(),
				byStateAndDue(db, articleId, State.Relearning, learnUntil).toArray(),
				byStateAndDue(db, articleId, State.Review, t).toArray(),
				countNewStarted(db, articleId, startOfStudyDay(now, rolloverHour))
			]);
			const newLimit = Math.max(0, newPerDay - newStartedToday);
			const fresh = newLimit
				? await byStateAndDue(db, articleId, State.New, MAX).limit(newLimit).toArray()
				: [];
			const groups: [QueueKind, Schedule[]][] = [
				['learning', [...learning, ...relearning].sort((a, b) => a.due - b.due)],
				['review', review],
				['new', fresh]
			];
			const counts = { learning: 0, review: 0, new: 0 };
			for (const [kind, rows] of groups) counts[kind] = rows.length;
			const picked = groups
				.flatMap(([kind, rows]) => rows.map((schedule) => ({ kind, schedule })))
				.slice(0, limit);
			const cards = await db.cards.bulkGet(picked.map((s) => s.schedule.cardId));
			const entries: QueueEntry[] = [];
			picked.forEach(({ kind, schedule }, i) => {
				const card = cards[i];
				if (card) entries.push({ kind, card, schedule });
			});
			return { entries, counts, newStartedToday };
		})
	);
}

export interface DeckSummary {
	articleId: string;
	title: string;
	addedAt: number;
	isSample: boolean;
	cardCount: number;
	/** Learning, relearning and review cards due now (learning: within the learn-ahead window). */
	dueCount: number;
	/** Cards never studied (not capped by the daily limit). */
	newCount: number;
	suspendedCount: number;
}

type Tally = 'cardCount' | 'dueCount' | 'newCount' | 'suspendedCount';

/**
 * Counts from keys, never rows: the card ids in each state range of the `[suspended+state+due]`
 * index (getAllKeys: nothing to deserialise), each counted for the deck its id names. Card ids
 * are `${articleId}:${questionId}` (see `cardIdFor`), so when no deck id holds a colon the deck
 * is the text before the first one.
 */
async function tallyFromKeys(
	db: FactdeckDB,
	summaries: Map<string, DeckSummary>,
	t: number,
	learnUntil: number
) {
	const [all, suspended, fresh, learning, relearning, review] = await Promise.all([
		db.schedules.toCollection().primaryKeys(),
		db.schedules
			.where('[suspended+state+due]')
			.between([1, MIN, MIN], [1, MAX, MAX], true, true)
			.primaryKeys(),
		byStateAndDue(db, undefined, State.New, MAX).primaryKeys(),
		byStateAndDue(db, undefined, State.Learning, learnUntil).primaryKeys(),
		byStateAndDue(db, undefined, State.Relearning, learnUntil).primaryKeys(),
		byStateAndDue(db, undefined, State.Review, t).primaryKeys()
	]);
	const tally = (cardIds: string[], count: Tally) => {
		for (const cardId of cardIds) {
			const summary = summaries.get(cardId.slice(0, cardId.indexOf(':')));
			if (summary) summary[count]++;
		}
	};
	tally(all, 'cardCount');
	tally(suspended, 'suspendedCount');
	tally(fresh, 'newCount');
	for (const due of [learning, relearning, review]) tally(due, 'dueCount');
}

/** Counts from the schedule rows themselves, whatever the ids look like. */
async function tallyFromRows(
	db: FactdeckDB,
	summaries: Map<string, DeckSummary>,
	t: number,
	learnUntil: number
) {
	for (const { articleId, suspended, state, due } of await db.schedules.toArray()) {
		const summary = summaries.get(articleId);
		if (!summary) continue;
		summary.cardCount++;
		if (suspended) summary.suspendedCount++;
		else if (state === State.New) summary.newCount++;
		else if (due <= (state === State.Review ? t : learnUntil)) summary.dueCount++;
	}
}

/**
 * Per-deck counts for the deck list, newest deck first. With 10,000 cards in Chromium, reading
 * keys takes about half the time of one `getAll` of the schedules, which in turn beat a key cursor
 * (one event per row) and four index counts per deck (hundreds of requests). Deck ids with a
 * colon (only an imported backup can bring one) make card ids ambiguous: then the rows are read.
 */
export function deckSummaries(
	db: FactdeckDB,
	now: Date,
	learnAheadMinutes = 20
): Promise<DeckSummary[]> {
	const t = now.getTime();
	const learnUntil = t + learnAheadMinutes * 60_000;
	return storageTask(db, () =>
		db.transaction('r', [db.articles, db.schedules], async () => {
			const articles = await db.articles.orderBy('addedAt').reverse().toArray();
			const summaries = new Map<string, DeckSummary>(
				articles.map((a) => [
					a.id,
					{
						articleId: a.id,
						title: a.title,
						addedAt: a.addedAt,
						isSample: a.isSample === true,
						cardCount: 0,
						dueCount: 0,
						newCount: 0,
						suspendedCount: 0
					}
				])
			);
			const tally = articles.some((a) => a.id.includes(':')) ? tallyFromRows : tallyFromKeys;
			await tally(db, summaries, t, learnUntil);
			return [...summaries.values()];
		})
	);
}
