import type { Transaction } from 'dexie';
import type { FactKind, Question } from '$lib/engine/types';
import type { CardState } from '$lib/srs';

/** v1 rows, as far as the v2 upgrade reads them. */
interface CardV1 {
	id: string;
	questionId: string;
	question: Question;
	suspended: boolean | 0 | 1;
	fact?: FactKind;
}

interface ReviewV1 {
	prev: CardState;
	prevState?: number;
}

/**
 * v1 → v2: backfill what the new indexes read. Cards get `fact` and a 0|1 `suspended`;
 * schedules get `suspended` copied from their card; reviews get `prevState` from `prev.state`.
 * Runs inside Dexie's versionchange transaction, so a failure leaves the database at v1.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
	const suspendedCards = new Set<string>();
	await tx
		.table<CardV1, string>('cards')
		.toCollection()
		.modify((card) => {
			card.fact = card.question.fact;
			card.suspended = card.suspended ? 1 : 0;
			if (card.suspended) suspendedCards.add(card.id);
		});
	await tx
		.table<{ cardId: string; suspended?: 0 | 1 }, string>('schedules')
		.toCollection()
		.modify((schedule) => {
			schedule.suspended = suspendedCards.has(schedule.cardId) ? 1 : 0;
		});
	await tx
		.table<ReviewV1, number>('reviews')
		.toCollection()
		.modify((review) => {
			review.prevState = review.prev.state;
		});
}

/** Upgrade functions by the version they upgrade *to*. */
export const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
	2: upgradeToV2
};
