import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('highlightParts', () => {
	it('marks the first occurrence, ignoring case, and keeps every character', () => {
		const parts = highlightParts('Trump met Kim in 2018-19.', 'kim');
		expect(parts).toEqual([
			{ text: 'Trump met ', marked: false },
			{ text: 'Kim', marked: true },
			{ text: ' in 2018-19.', marked: false }
		]);
		expect(parts.map((p) => p.text).join('')).toBe('Trump met Kim in 2018-19.');
	});

	it('returns the text unmarked when the needle is absent or blank', () => {
		expect(highlightParts('<img src=x onerror=alert(1)>', 'Kim')).toEqual([
			{ text: '<img src=x onerror=alert(1)>', marked: false }
		]);
		expect(highlightParts('abc', '  ')).toEqual([{ text: 'abc', marked: false }]);
	});
});
