import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';

describe('markdownToText', () => {
	it('keeps the words of headings, emphasis, links and lists', () => {
		const markdown = [
			'# Kim vows to expand arsenal',
			'',
			'**SEOUL** — North Korean leader _Kim Jong Un_ said, according to [KCNA](https://kcna.example).',
			'',
			'- first point',
			'> a quote',
			'',
			'---'
		].join('\n');
		expect(markdownToText(markdown)).toBe(
			[
				'Kim vows to expand arsenal',
				'',
				'SEOUL — North Korean leader Kim Jong Un said, according to KCNA.',
				'',
				'first point',
				'a quote'
			].join('\n')
		);
	});

	it('leaves snake_case words and lone asterisks alone', () => {
		expect(markdownToText('a file_name_here and 5 * 3')).toBe('a file_name_here and 5 * 3');
	});
});
