import { describe, expect, it } from 'vitest';
import { niceMax } from './chart';

describe('niceMax', () => {
	it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
		expect([0, 1, 3, 7, 12, 24, 180, 1001].map(niceMax)).toEqual([1, 1, 5, 10, 20, 25, 200, 2000]);
	});
});
