import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

function sentences(text: string): string[] {
	return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
	it('splits plain sentences and trims whitespace', () => {
		expect(sentences('  One here. Two there!  Three? ')).toEqual([
			'One here.',
			'Two there!',
			'Three?'
		]);
	});

	it('ends a sentence before a name with a small first letter', () => {
		expect(
			sentences('Apple showed a new Mac. iOS 5 ships in the fall. eBay fell 3 percent.')
		).toEqual(['Apple showed a new Mac.', 'iOS 5 ships in the fall.', 'eBay fell 3 percent.']);
		expect(sentences('It weighs 3 lb. and costs more.')).toHaveLength(1);
	});

	it('keeps honorifics, months and initials inside the sentence', () => {
		const text =
			'Mr. Smith met Mrs. Jones and Dr. Who on Jan. 5 and Nov. 3. Gen. Lee lived on St. James St. in town. J. K. Rowling wrote it.';
		expect(sentences(text)).toEqual([
			'Mr. Smith met Mrs. Jones and Dr. Who on Jan. 5 and Nov. 3.',
			'Gen. Lee lived on St. James St. in town.',
			'J. K. Rowling wrote it.'
		]);
	});

	it('keeps U.S. and U.K. before titles but ends at U.S. before a new sentence', () => {
		const text =
			'U.S. President Donald Trump met U.K. officials. They spoke about the U.S. Analysts were surprised.';
		expect(sentences(text)).toEqual([
			'U.S. President Donald Trump met U.K. officials.',
			'They spoke about the U.S.',
			'Analysts were surprised.'
		]);
	});

	it('keeps company suffixes unless a sentence opener follows', () => {
		const text = 'Apple Inc. CEO Steve Jobs spoke. He thanked Boeing Corp. and Acme Inc. The end.';
		expect(sentences(text)).toEqual([
			'Apple Inc. CEO Steve Jobs spoke.',
			'He thanked Boeing Corp. and Acme Inc.',
			'The end.'
		]);
	});

	it('ends sentences after closing quotes, not inside quoted clauses', () => {
		const text =
			'He proclaimed, “I think I stopped the war.” Trump said “Yes?” he asked. “No,” she said.';
		expect(sentences(text)).toEqual([
			'He proclaimed, “I think I stopped the war.”',
			'Trump said “Yes?” he asked.',
			'“No,” she said.'
		]);
	});

	it('treats line breaks as paragraph breaks', () => {
		const text =
			'A headline without a stop\nMarch 01, 2008\nThe body starts here. It ends.\n\nNext one';
		expect(sentences(text)).toEqual([
			'A headline without a stop',
			'March 01, 2008',
			'The body starts here.',
			'It ends.',
			'Next one'
		]);
	});

	it('joins hard-wrapped lines that continue in lower case', () => {
		expect(sentences('This sentence was\nwrapped by an editor. Then another.')).toEqual([
			'This sentence was\nwrapped by an editor.',
			'Then another.'
		]);
	});

	it('handles decimals, ellipses and CJK stops', () => {
		expect(sentences('It rose 3.5 percent. Well... Maybe not. 你好。再见！')).toEqual([
			'It rose 3.5 percent.',
			'Well...',
			'Maybe not.',
			'你好。',
			'再见！'
		]);
	});

	it('returns nothing for empty or blank text and one span for text without stops', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\t ')).toEqual([]);
		expect(sentences('no stop at all')).toEqual(['no stop at all']);
	});

	it('returns ordered, non-overlapping spans inside the text', () => {
		const text = 'A. B. C! "D?" e. F\n\nG';
		const spans = splitSentences(text);
		let last = 0;
		for (const span of spans) {
			expect(span.start).toBeGreaterThanOrEqual(last);
			expect(span.end).toBeGreaterThan(span.start);
			expect(span.end).toBeLessThanOrEqual(text.length);
			last = span.end;
		}
	});
});
