import { Dexie } from 'dexie';
import { State, startOfStudyDay } from '$lib/srs';
import type { FactdeckDB } from './database';
import { storageTask } from './guard';
import type { Card, Schedule } from './schema';

export type QueueKind = 'learning' | 'review' | 'new';

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

/**
 * Per-deck counts for the deck list, newest deck first. One `getAll` of the schedules, tallied in
 * memory: with 10,000 cards a single bulk read beats both a key cursor (one event per row) and
 * four index counts per deck (hundreds of requests).
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
			const schedules = await db.schedules.toArray();
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
			for (const { articleId, suspended, state, due } of schedules) {
				const summary = summaries.get(articleId);
				if (!summary) continue;
				summary.cardCount++;
				if (suspended) summary.suspendedCount++;
				else if (state === State.New) summary.newCount++;
				else if (due <= (state === State.Review ? t : learnUntil)) summary.dueCount++;
			}
			return [...summaries.values()];
		})
	);
}
