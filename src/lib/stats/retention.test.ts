import { describe, expect, it } from 'vitest';
import { State } from '$lib/srs';
import { retentionByMonth } from './retention';
import { at, makeReview } from './testing';

describe('retentionByMonth', () => {
	it('is the share of review-state answers that were not Again, per month', () => {
		const rows = retentionByMonth(
			[
				makeReview({ reviewedAt: at(3).getTime(), rating: 3 }),
				makeReview({ reviewedAt: at(4).getTime(), rating: 2 }),
				makeReview({ reviewedAt: at(5).getTime(), rating: 4 }),
				makeReview({ reviewedAt: at(6).getTime(), rating: 1 }),
				// Learning and new answers do not count toward retention.
				makeReview({ reviewedAt: at(6).getTime(), rating: 1, prevState: State.Learning }),
				makeReview({ reviewedAt: at(6).getTime(), rating: 1, prevState: State.New }),
				makeReview({ reviewedAt: at(20, 12, 1).getTime(), rating: 1 }),
				// 1 am on 1 March belongs to the study day of 28 February.
				makeReview({ reviewedAt: at(1, 1).getTime(), rating: 3 })
			],
			at(10),
			3
		);
		expect(rows.map((r) => [r.key, r.answers, r.passed, r.rate])).toEqual([
			['2026-01', 0, 0, null],
			['2026-02', 2, 1, 0.5],
			['2026-03', 4, 3, 0.75]
		]);
		expect(rows[0]?.start).toBe(new Date(2026, 0, 1).getTime());
	});
});
