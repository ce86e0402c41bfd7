import { describe, expect, it } from 'vitest';
import { memoized } from './memo';

describe('memoized', () => {
	it('computes each key once, forgets when full or asked, and gives the same results', () => {
		const calls: string[] = [];
		const upper = memoized((key: string) => {
			calls.push(key);
			return key.toUpperCase();
		}, 2);
		expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
		expect(calls).toEqual(['a', 'b']);
		upper('c');
		upper('d'); // more than two held: the memory starts again
		upper('a');
		expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
		upper.forget();
		expect(upper('d')).toBe('D');
		expect(calls.at(-1)).toBe('d');
	});
});
