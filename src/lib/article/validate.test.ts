import { describe, expect, it } from 'vitest';
import {
	MAX_ARTICLE_CHARS,
	checkArticleText,
	looksBinary,
	seedFor,
	suggestTitle
} from './validate';

describe('checkArticleText', () => {
	it('accepts an article and normalises line endings', () => {
		expect(checkArticleText('  Kim spoke.\r\nTrump replied.  ')).toEqual({
			ok: true,
			text: 'Kim spoke.\nTrump replied.'
		});
	});

	it('says an empty or blank text is empty', () => {
		for (const text of ['', '   \n\t ']) {
			const check = checkArticleText(text);
			expect(check.ok).toBe(false);
			if (!check.ok) expect(check.message).toMatch(/empty/);
		}
	});

	it('refuses a huge text with its size and the limit', () => {
		const check = checkArticleText('word '.repeat(MAX_ARTICLE_CHARS));
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.message).toMatch(/300,000 characters/);
	});

	it('refuses binary content', () => {
		const bytes = new Uint8Array(2000).map((_, i) => (i * 37) % 256);
		const decoded = new TextDecoder().decode(bytes);
		const check = checkArticleText(decoded);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.message).toMatch(/does not look like text/);
	});

	it('refuses text without words', () => {
		expect(checkArticleText('1234 5678 !!!').ok).toBe(false);
	});

	it('accepts CJK, right-to-left and emoji text', () => {
		expect(checkArticleText('東京で会議が開かれた。').ok).toBe(true);
		expect(checkArticleText('عقد الاجتماع في القاهرة 🎉').ok).toBe(true);
	});
});

describe('looksBinary', () => {
	it('is false for ordinary prose with tabs and newlines', () => {
		expect(looksBinary('Para one.\n\tPara two.')).toBe(false);
	});
	it('is true for NUL bytes', () => {
		expect(looksBinary('abc\u0000def')).toBe(true);
	});
});

describe('suggestTitle', () => {
	it('takes the first non-empty line', () => {
		expect(suggestTitle('\n  Headline here \nBody.')).toBe('Headline here');
	});
	it('takes the first sentence of a long lead paragraph, shortened at a word', () => {
		const lead = `SEOUL — ${'Kim spoke at length about security '.repeat(5)}. More.`;
		const title = suggestTitle(lead);
		expect(title.length).toBeLessThanOrEqual(101);
		expect(title.endsWith('…')).toBe(true);
	});
});

describe('seedFor', () => {
	it('is the same for the same text and differs for another', () => {
		expect(seedFor('abc')).toBe(seedFor('abc'));
		expect(seedFor('abc')).not.toBe(seedFor('abd'));
	});
});
