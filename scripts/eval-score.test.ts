import { describe, expect, it } from 'vitest';
import { addTally, emptyTally, matchSpans, prf } from './eval-score';

describe('eval scoring', () => {
	it('matches exact spans first, then overlaps, one gold span each', () => {
		const gold = [
			{ start: 0, end: 5 },
			{ start: 10, end: 20 }
		];
		const predicted = [
			{ start: 12, end: 14 },
			{ start: 0, end: 5 },
			{ start: 13, end: 15 },
			{ start: 30, end: 31 }
		];
		const { exact, pairs } = matchSpans(predicted, gold);
		expect(exact).toBe(1);
		expect(pairs).toHaveLength(2);
		const tally = emptyTally();
		addTally(tally, predicted, gold);
		expect(tally).toEqual({ predicted: 4, gold: 2, exact: 1, overlap: 2 });
	});

	it('computes precision, recall and F1 without dividing by zero', () => {
		expect(prf(0, 0, 0)).toEqual([0, 0, 0]);
		expect(prf(2, 4, 2)).toEqual([0.5, 1, 2 / 3]);
	});
});
