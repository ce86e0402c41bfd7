import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK, blankOut, countWords, isStatementSized } from './blank';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);

describe('countWords', () => {
	it('property: counts what splitting on white space counts, for any slice', () => {
		const spaces = fc.constantFrom(
			' ',
			'\t',
			'\n',
			'\u00a0',
			'\u2003',
			'\u3000',
			'\ufeff',
			'\u200b'
		);
		const text = fc
			.array(
				fc.oneof(spaces, fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })),
				{
					maxLength: 20
				}
			)
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
				const from = Math.min(a, b) % (t.length + 1);
				const to = Math.max(from, Math.max(a, b) % (t.length + 1));
				expect(countWords(t, from, to)).toBe(t.slice(from, to).split(/\s+/).length);
			}),
			{ numRuns }
		);
	});
});

describe('blankOut', () => {
	const sentence = 'Kim Jong Un spoke in Pyongyang on Saturday.';
	const source = { start: 100, end: 100 + sentence.length, sentence };

	it('replaces the slot and keeps a short sentence whole', () => {
		const at = sentence.indexOf('Pyongyang');
		expect(blankOut(source, { start: 100 + at, end: 100 + at + 9 })).toBe(
			`Kim Jong Un spoke in ${BLANK} on Saturday.`
		);
	});

	it('cuts a long sentence to the clauses around the slot', () => {
		const long =
			'After a long day of talks that ran late into the night, and after many statements ' +
			'from both sides, the ministers met in Geneva, where they signed the accord, ' +
			'although several delegations had already gone home to report to their governments.';
		const at = long.indexOf('Geneva');
		const prompt = blankOut(
			{ start: 0, end: long.length, sentence: long },
			{ start: at, end: at + 6 }
		);
		expect(prompt).toContain(`the ministers met in ${BLANK}`);
		expect(prompt.startsWith('… ')).toBe(true);
		expect(prompt.split(/\s+/).length).toBeLessThan(long.split(/\s+/).length);
	});

	it('sizes statements by words', () => {
		expect(isStatementSized('One two three four.')).toBe(false);
		expect(isStatementSized('One two three four five.')).toBe(true);
	});
});
