import { describe, expect, it } from 'vitest';
import { swipeGrade } from './swipe';

describe('swipeGrade', () => {
	it('reads a short touch as a tap', () => {
		expect(swipeGrade(3, -4)).toBe('tap');
	});
	it('grades Again for a long left swipe and Good for a long right swipe', () => {
		expect(swipeGrade(-120, 10)).toBe(1);
		expect(swipeGrade(150, -20)).toBe(3);
	});
	it('ignores short drags and vertical scrolls', () => {
		expect(swipeGrade(40, 0)).toBeNull();
		expect(swipeGrade(90, 200)).toBeNull();
	});
});
