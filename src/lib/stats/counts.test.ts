import { describe, expect, it } from 'vitest';
import { State } from '$lib/srs';
import { cardCounts } from './counts';
import { makeSchedule } from './testing';

describe('cardCounts', () => {
	it('counts each state once, suspended cards only as suspended', () => {
		const counts = cardCounts([
			makeSchedule({ state: State.New }),
			makeSchedule({ state: State.New, suspended: 1 }),
			makeSchedule({ state: State.Learning }),
			makeSchedule({ state: State.Relearning }),
			makeSchedule({ state: State.Review }),
			makeSchedule({ state: State.Review, stability: 21 }),
			makeSchedule({ state: State.Review, stability: 40, suspended: 1 })
		]);
		expect(counts).toEqual({
			total: 7,
			new: 1,
			learning: 2,
			review: 2,
			suspended: 2,
			mastered: 1
		});
	});

	it('is all zeros for no cards', () => {
		expect(cardCounts([])).toEqual({
			total: 0,
			new: 0,
			learning: 0,
			review: 0,
			suspended: 0,
			mastered: 0
		});
	});
});
