import { FACT_KINDS, type FactKind } from '$lib/engine/types';
import type { KindOfCard, ReviewFacts } from './types';

/** Every kind of fact, in the order the page lists them. */
export { FACT_KINDS };

/** What the learner calls each kind, as a plural that reads in "you mix up …". */
export const KIND_LABELS: Readonly<Record<FactKind, string>> = {
	person: 'people',
	role: 'positions',
	quote: 'quotes',
	date: 'dates',
	number: 'numbers',
	organization: 'organizations',
	place: 'places',
	acronym: 'acronyms'
};

/** Below this many answers a kind's accuracy is mostly luck, so it is not called out. */
export const MIN_ANSWERS_FOR_ADVICE = 10;

export interface KindAccuracy {
	kind: FactKind;
	label: string;
	answers: number;
	correct: number;
	/** correct / answers, 0–1. */
	rate: number;
}

/**
 * Share of right answers per kind of fact, for kinds with at least one answer. Reviews of cards
 * that no longer exist (deck regenerated) have no kind and are left out.
 */
export function accuracyByKind(
	reviews: readonly ReviewFacts[],
	kindOf: KindOfCard
): KindAccuracy[] {
	const tally = new Map<FactKind, { answers: number; correct: number }>();
	for (const review of reviews) {
		const kind = kindOf.get(review.cardId);
		if (!kind) continue;
		const row = tally.get(kind) ?? { answers: 0, correct: 0 };
		row.answers++;
		if (review.correct) row.correct++;
		tally.set(kind, row);
	}
	return FACT_KINDS.flatMap((kind) => {
		const row = tally.get(kind);
		return row ? [{ kind, label: KIND_LABELS[kind], ...row, rate: row.correct / row.answers }] : [];
	});
}

/**
 * The kind the learner gets wrong most, when there is something to compare: at least two kinds
 * with enough answers, and the weakest clearly below the best. Ties go to the kind with more
 * answers, the better-established weakness.
 */
export function weakestKind(
	rows: readonly KindAccuracy[],
	minAnswers = MIN_ANSWERS_FOR_ADVICE
): KindAccuracy | null {
	const candidates = rows
		.filter((row) => row.answers >= minAnswers)
		.sort((a, b) => a.rate - b.rate || b.answers - a.answers);
	const weakest = candidates[0];
	const best = candidates.at(-1);
	if (!weakest || !best || candidates.length < 2 || best.rate - weakest.rate < 0.05) return null;
	return weakest;
}

/** The advice in words: "You mix up dates most often: 55% right over 20 answers." */
export function weakestKindAdvice(weakest: KindAccuracy): string {
	const percent = Math.round(weakest.rate * 100);
	return `You mix up ${weakest.label} most often: ${percent}% right over ${weakest.answers} answers.`;
}
