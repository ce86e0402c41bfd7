import { describe, expect, it } from 'vitest';
import type { FactKind } from '$lib/engine/types';
import { accuracyByKind, weakestKind, weakestKindAdvice } from './accuracy';
import { makeReview } from './testing';

/** `right` correct and `wrong` incorrect answers to one card of `kind`. */
function answers(kind: FactKind, right: number, wrong: number) {
	const cardId = `deck:${kind}`;
	return [
		...Array.from({ length: right }, () => makeReview({ cardId, correct: true })),
		...Array.from({ length: wrong }, () => makeReview({ cardId, correct: false, rating: 1 }))
	];
}

const kindOf = new Map<string, FactKind>([
	['deck:date', 'date'],
	['deck:person', 'person'],
	['deck:role', 'role']
]);

describe('accuracyByKind', () => {
	it('tallies answers per kind in a fixed order and skips cards that are gone', () => {
		const rows = accuracyByKind(
			[...answers('date', 3, 1), ...answers('person', 1, 0), makeReview({ cardId: 'gone:q1' })],
			kindOf
		);
		expect(rows).toEqual([
			{ kind: 'person', label: 'people', answers: 1, correct: 1, rate: 1 },
			{ kind: 'date', label: 'dates', answers: 4, correct: 3, rate: 0.75 }
		]);
	});
});

describe('weakestKind', () => {
	it('names the kind with the lowest accuracy among those with enough answers', () => {
		const rows = accuracyByKind(
			[...answers('date', 6, 6), ...answers('person', 9, 3), ...answers('role', 0, 5)],
			kindOf
		);
		const weakest = weakestKind(rows, 10);
		expect(weakest?.kind).toBe('date');
		expect(weakest && weakestKindAdvice(weakest)).toBe(
			'You mix up dates most often: 50% right over 12 answers.'
		);
	});

	it('says nothing with a single kind or kinds that are about as good', () => {
		expect(weakestKind(accuracyByKind(answers('date', 5, 5), kindOf), 10)).toBeNull();
		const even = accuracyByKind([...answers('date', 9, 1), ...answers('person', 9, 1)], kindOf);
		expect(weakestKind(even, 10)).toBeNull();
	});
});
