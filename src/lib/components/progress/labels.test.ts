import { describe, expect, it } from 'vitest';
import { progressStats } from '$lib/stats';
import { at, makeReview, makeSchedule } from '$lib/stats/testing';
import {
	forecastBars,
	forecastSummary,
	retentionBars,
	retentionSummary,
	streakText
} from './labels';

describe('progress labels', () => {
	const now = at(10);
	const stats = progressStats(
		{
			schedules: [
				makeSchedule({ due: at(10, 15).getTime() }),
				makeSchedule({ due: at(18).getTime() })
			],
			reviews: [makeReview({ reviewedAt: at(9).getTime() }), makeReview({ rating: 1 })],
			kindOf: new Map()
		},
		now
	);

	it('labels the forecast a week apart and sums it in words', () => {
		const bars = forecastBars(stats.forecast, 'en-GB');
		expect(bars.map((b) => b.tick).filter(Boolean)).toEqual([
			'Today',
			'17 Mar',
			'24 Mar',
			'31 Mar',
			'7 Apr'
		]);
		expect(bars[1]?.label).toBe('Wednesday 11 March');
		expect(forecastSummary(stats.forecast)).toBe(
			'Due forecast: 1 card due today, 1 in the next 7 days, 2 in the next 30 days.'
		);
	});

	it('shows months without review answers as gaps', () => {
		const bars = retentionBars(stats.retention, 'en-GB');
		expect(bars.at(-1)).toMatchObject({ tick: 'Mar', value: 0.5, label: 'March 2026 (2 answers)' });
		expect(bars.at(-2)).toMatchObject({ tick: '', value: null });
		expect(retentionSummary(stats.retention)).toBe(
			'True retention per month: 50% over 1 month, 50% in the latest month with reviews.'
		);
	});

	it('describes the streak', () => {
		expect(streakText(stats)).toBe('2 days');
	});
});
