import { describe, expect, it } from 'vitest';
import { extractFacts } from './index';
import { findQuoteMarks } from './quote-marks';

function speakers(text: string): [string, string | null][] {
	return extractFacts(text).quotes.map((q) => [q.text, q.speaker]);
}

describe('findQuoteMarks', () => {
	it('pairs curly, straight and single quotes but not apostrophes', () => {
		const text = 'He said “yes” and "no" and ‘maybe’ about the nation’s plan.';
		expect(findQuoteMarks(text).map((q) => text.slice(q.start, q.end))).toEqual([
			'yes',
			'no',
			'maybe'
		]);
	});

	it('drops an unclosed mark', () => {
		expect(findQuoteMarks('An “open quote never closes.')).toEqual([]);
	});
});

describe('quote speakers', () => {
	it('reads the speaker after the quote, in both orders', () => {
		expect(
			speakers('Mayor Anne Hidalgo spoke. “We will build,” said Hidalgo. “Soon,” Hidalgo added.')
		).toEqual([
			['We will build,', 'Anne Hidalgo'],
			['Soon,', 'Anne Hidalgo']
		]);
	});

	it('reads the speaker before the quote and in the middle of a sentence', () => {
		const text =
			'Coach Pep Guardiola said after the match, “We were tired.” Guardiola called it “a lesson” for his team.';
		expect(speakers(text)).toEqual([
			['We were tired.', 'Pep Guardiola'],
			['a lesson', 'Pep Guardiola']
		]);
	});

	it('resolves a pronoun only when one person fits', () => {
		const one = 'Senator Maria Lopez visited the plant. She said, “It is safe.”';
		expect(speakers(one)).toEqual([['It is safe.', 'Maria Lopez']]);
		const two =
			'Senator Maria Lopez met Governor John Smith, and Jane Doe argued with Tom Brown. He said, “No.”';
		expect(speakers(two)).toEqual([['No.', null]]);
	});

	it('gives quoted names and terms no speaker', () => {
		expect(
			speakers(
				'Steve Jobs said the “Snow Leopard” update, commonly called “apps”, was “very good”.'
			)
		).toEqual([
			['Snow Leopard', null],
			['apps', null],
			['very good', 'Steve Jobs']
		]);
	});

	it('leaves unattributed quotes null', () => {
		expect(speakers('“Nobody knows,” the statement said. Critics called it “a mess”.')).toEqual([
			['Nobody knows,', null],
			['a mess', null]
		]);
	});
});
