import { describe, expect, it } from 'vitest';
import { intervalLabel } from './interval-label';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('intervalLabel', () => {
	it.each([
		[0, '<1m'],
		[59_999, '<1m'],
		[MIN, '1m'],
		[10 * MIN, '10m'],
		[90 * MIN, '1.5h'],
		[60 * MIN, '1h'],
		[DAY, '1d'],
		[3 * DAY, '3d'],
		[29 * DAY, '29d'],
		[63 * DAY, '2.1mo'],
		[438 * DAY, '1.2y']
	])('%d ms reads %s, as on an Anki button', (ms, label) => {
		expect(intervalLabel(ms)).toBe(label);
	});
});
