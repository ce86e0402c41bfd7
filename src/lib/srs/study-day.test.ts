import { describe, expect, it } from 'vitest';
import { startOfNextStudyDay, startOfStudyDay } from './study-day';

// Built from local wall-clock parts so the test holds in any TZ the runner uses.
const local = (h: number, m = 0) => new Date(2026, 2, 10, h, m);

describe('startOfStudyDay', () => {
	it('starts at 4 am local time', () => {
		expect(startOfStudyDay(local(15))).toBe(new Date(2026, 2, 10, 4).getTime());
	});

	it('counts 1 am as part of the previous evening', () => {
		expect(startOfStudyDay(local(1))).toBe(new Date(2026, 2, 9, 4).getTime());
	});

	it('honours another rollover hour', () => {
		expect(startOfStudyDay(local(1), 0)).toBe(new Date(2026, 2, 10, 0).getTime());
	});

	it('next study day is the following rollover', () => {
		expect(startOfNextStudyDay(local(15))).toBe(new Date(2026, 2, 11, 4).getTime());
		expect(startOfNextStudyDay(local(1))).toBe(new Date(2026, 2, 10, 4).getTime());
	});
});
