import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from './normalize';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);

/** The definition `normalizeAnswer` was first written as: the specification of its fast path. */
function reference(text: string): string {
	let t = text.normalize('NFKD').toLowerCase();
	if (/[\u0080-\uffff]/.test(t)) t = t.normalize('NFKD');
	return t
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
		.replace(/[’‘`']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^(?:(?:the|a|an) )+/, '');
}

/** Characters where the fast path could go wrong: initials, apostrophes, marks, surrogates. */
const tricky = fc.constantFrom(
	..."aAzZ09 ._-'’‘`“”—…éÉİıßØø\u0301\u00a0\t\nⅨ㎒ﬁ𝓐𝟘😀\ud800\udc00中ä̈_".split(''),
	'😀',
	'𝓐',
	'the ',
	'An ',
	'U.S.',
	'a.b',
	'J.R.R. '
);
/** Every character of the General Punctuation block, which the fast path calls separators. */
const punctuation = fc
	.integer({ min: 0x2000, max: 0x206f })
	.map((code) => String.fromCharCode(code));
const text = fc.oneof(
	fc
		.array(fc.oneof(tricky, punctuation, fc.constantFrom('\u00a0', '«', '»')), { maxLength: 30 })
		.map((parts) => parts.join('')),
	fc.array(tricky, { maxLength: 30 }).map((parts) => parts.join('')),
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.string({ maxLength: 30 })
);

describe('normalizeAnswer (property)', () => {
	it('property: equals the regular-expression definition on any text', () => {
		fc.assert(
			fc.property(text, (t) => {
				expect(normalizeAnswer(t)).toBe(reference(t));
			}),
			{ numRuns }
		);
	});

	it('keeps the known cases', () => {
		expect(normalizeAnswer('The U.S. Army')).toBe('us army');
		expect(normalizeAnswer('Korean People’s Army')).toBe(normalizeAnswer("Korean People's Army"));
		expect(normalizeAnswer('  Zürich—“city”… ')).toBe('zurich city');
		expect(normalizeAnswer('𝓐bc 😀 d')).toBe('abc d');
	});
});
