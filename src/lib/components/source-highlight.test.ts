import { describe, expect, it } from 'vitest';
import { answerRanges, findTerm, highlightedSource, segmentText } from './source-highlight';
import { quizQuestion } from './quiz/testing';

const marked = (type: Parameters<typeof quizQuestion>[0], overrides = {}) =>
	highlightedSource(quizQuestion(type, 0, overrides))
		.filter((s) => s.mark)
		.map((s) => s.text);

describe('segmentText', () => {
	it('round-trips: the segments join back into the text', () => {
		const text = 'Kim met Trump; Trump met Kim.';
		const segments = segmentText(text, [
			[0, 3],
			[8, 13],
			[10, 20]
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Kim', 'Trump; Trump']);
	});

	it('returns the whole text unmarked when nothing matches', () => {
		expect(segmentText('abc', [])).toEqual([{ text: 'abc', mark: false }]);
		expect(segmentText('', [])).toEqual([{ text: '', mark: false }]);
	});
});

describe('findTerm', () => {
	it('matches whole words, any case, every time', () => {
		expect(findTerm('Kim and kim, not Kimchi', 'KIM')).toEqual([
			[0, 3],
			[8, 11]
		]);
		expect(findTerm('he said “a smart guy” today', '“a smart guy”')).toEqual([[8, 21]]);
		expect(findTerm('anything', '  ')).toEqual([]);
	});
});

describe('answerRanges', () => {
	it('marks a choice or cloze answer, or an accepted form', () => {
		expect(marked('multiple-choice')).toEqual(['Kim Jong Un']);
		expect(marked('cloze', { answer: 'Trump Donald', accept: ['Donald Trump'] })).toEqual([
			'Donald Trump'
		]);
	});

	it('falls back to the part of a name the sentence uses', () => {
		expect(
			marked('multiple-choice', { answer: 'President Kim', source: sentence('Kim spoke.') })
		).toEqual(['Kim']);
		// No capitalised word or multi-word run in common: nothing is marked rather than "the".
		expect(marked('cloze', { answer: 'the thing', source: sentence('See the car.') })).toEqual([]);
	});

	it('marks what the article says instead of a false statement', () => {
		expect(marked('true-false')).toEqual(['North Korean leader']);
	});

	it('marks a true statement, or its longest part the sentence contains', () => {
		const q = {
			answer: 'True',
			explanation: undefined,
			prompt: 'True or false: Donald Trump said “I think I stopped the war.”',
			source: sentence('He proclaimed, “I think I stopped the war.”')
		};
		expect(marked('true-false', q)).toEqual(['“I think I stopped the war.”']);
	});

	it('marks every pair of a matching question and the dates of an ordering one', () => {
		// Neighbouring terms stay separate marks, so each reads as its own answer.
		expect(marked('matching')).toEqual([
			'North Korean leader',
			'Kim Jong Un',
			'U.S. President',
			'Donald Trump'
		]);
		expect(marked('ordering')).toEqual(['January 20']);
	});

	it('finds nothing for a flashcard answer that is not in the sentence', () => {
		expect(answerRanges(quizQuestion('flashcard', 0, { answer: 'nowhere' }))).toEqual([]);
	});
});

function sentence(text: string) {
	return { start: 0, end: text.length, sentence: text };
}
