import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cyrb53, stableId } from './stable-id';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);

/** The hash as first written, printing the 53-bit number through a double. */
function reference(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

describe('cyrb53', () => {
	it('property: prints what the 53-bit number printed, for any text and seed', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer(), (text, seed) => {
				expect(cyrb53(text, seed)).toBe(reference(text, seed));
			}),
			{ numRuns }
		);
	});
});

describe('stableId', () => {
	it('is the id learners already have for a question (ids never change between versions)', () => {
		// A question's id keys its review history: a new hash or a new normalisation here would
		// reset every learner's progress on regeneration.
		expect(
			stableId('multiple-choice', 'person', ['Kim Jong Un'], 'Kim Jong Un spoke on Saturday.')
		).toBe(
			reference('multiple-choice|person|kim jong un|kim jong un spoke on saturday').slice(-12)
		);
	});

	it('ignores case, punctuation and quote styles in the answer and the sentence', () => {
		const a = stableId('cloze', 'quote', ['“a smart guy”'], 'He is “a smart guy,” Trump said.');
		const b = stableId('cloze', 'quote', ['A smart guy'], "He is 'a smart guy', Trump said");
		expect(a).toBe(b);
	});
});
