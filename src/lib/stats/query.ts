import { progressRows, type FactdeckDB, type ProgressRows } from '$lib/db';
import { FACT_KINDS } from './accuracy';
import { addStudyDays } from './days';
import type { ProgressInput } from './progress';

/**
 * How far back the page reads answers: enough for twelve months of retention and the 26-week
 * calendar. A streak longer than this shows as this long; reading every answer ever given on
 * each live update would cost more than that honesty is worth.
 */
export const HISTORY_DAYS = 400;

export type DeckTitle = ProgressRows['decks'][number];

export type ProgressData = ProgressInput & Pick<ProgressRows, 'decks'>;

/** The rows behind the progress page, overall or for one deck (read by the db layer). */
export function loadProgress(db: FactdeckDB, now: Date, articleId?: string): Promise<ProgressData> {
	return progressRows(db, addStudyDays(now.getTime(), -HISTORY_DAYS), FACT_KINDS, articleId);
}
