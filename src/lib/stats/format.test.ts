import { describe, expect, it } from 'vitest';
import { formatBytes, formatPercent } from './format';

describe('formatBytes', () => {
	it('reads like a storage page', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(999)).toBe('999 bytes');
		expect(formatBytes(1_400_000)).toBe('1.4 MB');
		expect(formatBytes(2_000_000_000)).toBe('2 GB');
		expect(formatBytes(123_456_789)).toBe('123 MB');
		expect(formatBytes(Number.NaN)).toBe('unknown');
	});
});

describe('formatPercent', () => {
	it('rounds, and shows a dash for no data', () => {
		expect(formatPercent(0.876)).toBe('88%');
		expect(formatPercent(null)).toBe('–');
	});
});
