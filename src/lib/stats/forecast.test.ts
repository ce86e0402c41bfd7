import { describe, expect, it } from 'vitest';
import { State } from '$lib/srs';
import { dueForecast } from './forecast';
import { at, makeSchedule } from './testing';

describe('dueForecast', () => {
	it('has one entry per study day, starting today at 4 am', () => {
		const forecast = dueForecast([], at(10, 12), 30);
		expect(forecast).toHaveLength(30);
		expect(forecast[0]?.start).toBe(at(10, 4).getTime());
		expect(forecast[1]?.start).toBe(at(11, 4).getTime());
		// Across the clock change on 29 March the day still starts at 4 am.
		expect(forecast[20]?.start).toBe(at(30, 4).getTime());
	});

	it('puts overdue cards in today and skips new, suspended and far-off cards', () => {
		const forecast = dueForecast(
			[
				makeSchedule({ due: at(1).getTime() }),
				makeSchedule({ due: at(10, 20).getTime(), state: State.Learning }),
				makeSchedule({ due: at(11, 2).getTime() }),
				makeSchedule({ due: at(11, 5).getTime() }),
				makeSchedule({ due: at(10).getTime(), state: State.New }),
				makeSchedule({ due: at(10).getTime(), suspended: 1 }),
				makeSchedule({ due: at(20, 12, 5).getTime() })
			],
			at(10, 12),
			30
		);
		expect(forecast.map((d) => d.due).slice(0, 3)).toEqual([3, 1, 0]);
		expect(forecast.reduce((sum, d) => sum + d.due, 0)).toBe(4);
	});
});
