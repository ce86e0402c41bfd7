import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract';
import { checkClozeAnswer } from './cloze-check';
import { generateQuestions } from './generate';
import { normalizeAnswer } from './normalize';
import { sampleText } from './sample-facts';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);

/** Sentences of the sample article, shuffled and cut, with stray punctuation in between. */
const sampleSentences = sampleText.split(/(?<=[.!?”])\s+/);
const article = fc
	.array(
		fc.oneof(
			fc.constantFrom(...sampleSentences),
			fc.constantFrom(' ', '\n\n', '“', '”', ', ', 'He said ', 'On March 3, 2021, ', '40% '),
			fc.string({ maxLength: 12 })
		),
		{ maxLength: 25 }
	)
	.map((parts) => parts.join(' '));

describe('question generation (property)', () => {
	it('property: never throws, is deterministic, and every question is well formed', () => {
		fc.assert(
			fc.property(article, fc.integer(), (text, seed) => {
				const facts = extractFacts(text);
				const deck = generateQuestions(text, facts, { seed });
				expect(generateQuestions(text, facts, { seed })).toEqual(deck);
				for (const q of deck) {
					expect(q.prompt.trim()).not.toBe('');
					expect(text.slice(q.source.start, q.source.end).length).toBeGreaterThan(0);
					if (q.type === 'multiple-choice') expect(q.options).toContain(q.answer);
					if (q.type === 'cloze') expect(checkClozeAnswer(q, q.answer)).toBe(true);
				}
			}),
			// Found by `npm run fuzz`: a "quote" of punctuation alone made an unanswerable cloze.
			{ numRuns, examples: [['“ ,  ,  ”', 0]] }
		);
	});

	it('property: normalisation is idempotent and a cloze accepts its own answer in any case', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				expect(normalizeAnswer(normalizeAnswer(s))).toBe(normalizeAnswer(s));
				if (normalizeAnswer(s)) {
					expect(checkClozeAnswer({ answer: s }, s.toUpperCase())).toBe(
						normalizeAnswer(s.toUpperCase()) === normalizeAnswer(s)
					);
				}
			}),
			{ numRuns }
		);
	});
});
