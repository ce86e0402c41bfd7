import { describe, expect, it } from 'vitest';
import type { QuestionType } from '$lib/engine';
import {
	describeResponse,
	gradeResponse,
	isQuizQuestion,
	matchingChoices,
	moveItem,
	orderingStart,
	pairsRight,
	pickQuizItems,
	QUIZ_TYPES,
	resultsAnnouncement,
	scoreOutcomes,
	seededRandom,
	shuffle,
	verdictAnnouncement
} from './lib';
import { quizQuestion } from './testing';

const deck = (counts: Partial<Record<QuestionType, number>>) =>
	Object.entries(counts).flatMap(([type, count]) =>
		Array.from({ length: count }, (_, n) => ({ question: quizQuestion(type as QuestionType, n) }))
	);

describe('pickQuizItems', () => {
	const items = deck({
		'multiple-choice': 20,
		'true-false': 10,
		cloze: 15,
		matching: 1,
		ordering: 1,
		flashcard: 12
	});

	it('asks every quiz type at least once and never a flashcard', () => {
		for (let seed = 0; seed < 50; seed++) {
			const picked = pickQuizItems(items, 5, seed);
			expect(picked).toHaveLength(5);
			expect(new Set(picked.map((i) => i.question.type))).toEqual(new Set(QUIZ_TYPES));
		}
	});

	it('is reproducible from its seed and differs between seeds', () => {
		const ids = (seed: number) => pickQuizItems(items, 10, seed).map((i) => i.question.id);
		expect(ids(7)).toEqual(ids(7));
		expect(ids(7)).not.toEqual(ids(8));
	});

	it('never repeats a question and stops at what the deck has', () => {
		const picked = pickQuizItems(deck({ cloze: 3, flashcard: 4 }), 10, 1);
		expect(picked.map((i) => i.question.id).sort()).toEqual(['cloze-0', 'cloze-1', 'cloze-2']);
	});

	it('keeps a short quiz short even when the deck has more types than questions', () => {
		expect(pickQuizItems(items, 2, 3)).toHaveLength(2);
	});

	it('puts the guaranteed types in random places, not always first', () => {
		const firstTypes = new Set(
			Array.from({ length: 30 }, (_, seed) => pickQuizItems(items, 20, seed)[0]?.question.type)
		);
		expect(firstTypes.size).toBeGreaterThan(2);
	});

	it('skips stored questions that lack what their type needs', () => {
		expect(isQuizQuestion(quizQuestion('multiple-choice', 0, { options: ['A', 'B'] }))).toBe(false);
		expect(isQuizQuestion(quizQuestion('matching', 0, { pairs: [] }))).toBe(false);
		expect(isQuizQuestion(quizQuestion('ordering', 0, { items: ['only'] }))).toBe(false);
		expect(isQuizQuestion(quizQuestion('flashcard'))).toBe(false);
		for (const type of QUIZ_TYPES) expect(isQuizQuestion(quizQuestion(type))).toBe(true);
	});
});

describe('shuffle', () => {
	it('is a permutation and leaves its input alone (known value for seed 42)', () => {
		const input = [1, 2, 3, 4, 5, 6];
		const out = shuffle(input, seededRandom(42));
		expect(input).toEqual([1, 2, 3, 4, 5, 6]);
		expect([...out].sort()).toEqual(input);
		expect(out).toEqual(shuffle(input, seededRandom(42)));
	});
});

describe('gradeResponse', () => {
	it('grades a choice by the exact option', () => {
		const q = quizQuestion('multiple-choice');
		expect(gradeResponse(q, { kind: 'choice', choice: 'Kim Jong Un' })).toBe(true);
		expect(gradeResponse(q, { kind: 'choice', choice: 'Donald Trump' })).toBe(false);
		const tf = quizQuestion('true-false');
		expect(gradeResponse(tf, { kind: 'choice', choice: 'False' })).toBe(true);
		expect(gradeResponse(tf, { kind: 'choice', choice: 'True' })).toBe(false);
	});

	it('grades typed cloze answers leniently, through the engine checker', () => {
		const q = quizQuestion('cloze');
		expect(gradeResponse(q, { kind: 'text', text: '  kim jong un ' })).toBe(true);
		expect(gradeResponse(q, { kind: 'text', text: 'Kim' })).toBe(true);
		expect(gradeResponse(q, { kind: 'text', text: 'Trump' })).toBe(false);
		expect(gradeResponse(q, { kind: 'text', text: '' })).toBe(false);
	});

	it('grades matching as all pairs right', () => {
		const q = quizQuestion('matching');
		const right = q.pairs ?? [];
		expect(gradeResponse(q, { kind: 'pairs', pairs: [...right].reverse() })).toBe(true);
		const swapped = [
			{ left: 'Kim Jong Un', right: 'U.S. President' },
			{ left: 'Donald Trump', right: 'North Korean leader' }
		];
		expect(gradeResponse(q, { kind: 'pairs', pairs: swapped })).toBe(false);
		expect(gradeResponse(q, { kind: 'pairs', pairs: right.slice(0, 1) })).toBe(false);
		expect(pairsRight(q, swapped)).toBe(0);
		expect(pairsRight(q, right.slice(0, 1))).toBe(1);
	});

	it('grades ordering as the exact order', () => {
		const q = quizQuestion('ordering');
		const items = q.items ?? [];
		expect(gradeResponse(q, { kind: 'order', items })).toBe(true);
		expect(gradeResponse(q, { kind: 'order', items: [...items].reverse() })).toBe(false);
	});
});

describe('moveItem', () => {
	it('swaps with the neighbour, and moving back undoes it', () => {
		const order = ['a', 'b', 'c'];
		expect(moveItem(order, 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveItem(moveItem(order, 2, -1), 1, 1)).toEqual(order);
		expect(moveItem(order, 0, -1)).toEqual(order);
		expect(moveItem(order, 2, 1)).toEqual(order);
		expect(order).toEqual(['a', 'b', 'c']);
	});
});

describe('presentation order', () => {
	it('never starts an ordering question solved, and is stable per question', () => {
		for (let n = 0; n < 30; n++) {
			const q = quizQuestion('ordering', n);
			expect(orderingStart(q)).not.toEqual(q.items);
			expect(orderingStart(q)).toEqual(orderingStart(q));
			expect([...orderingStart(q)].sort()).toEqual([...(q.items ?? [])].sort());
		}
	});

	it('offers every right-hand side of a matching question', () => {
		const q = quizQuestion('matching');
		expect([...matchingChoices(q)].sort()).toEqual(['North Korean leader', 'U.S. President']);
	});
});

describe('describeResponse and scoreOutcomes', () => {
	it('writes responses as a review stores them', () => {
		expect(describeResponse({ kind: 'text', text: ' Kim ' })).toBe('Kim');
		expect(describeResponse({ kind: 'order', items: ['a', 'b'] })).toBe('a → b');
		expect(describeResponse({ kind: 'pairs', pairs: [{ left: 'a', right: 'b' }] })).toBe('a → b');
	});

	it('scores right answers out of all', () => {
		expect(scoreOutcomes([{ correct: true }, { correct: false }, { correct: true }])).toEqual({
			correct: 2,
			total: 3,
			percent: 67
		});
		expect(scoreOutcomes([])).toEqual({ correct: 0, total: 0, percent: 0 });
	});
});

describe('announcements', () => {
	it('says the verdict, with the right answer when missed, and the final score', () => {
		const q = quizQuestion('multiple-choice');
		expect(verdictAnnouncement(q, true)).toBe('Correct.');
		expect(verdictAnnouncement(q, false)).toBe('Not quite. The right answer: Kim Jong Un.');
		expect(resultsAnnouncement({ correct: 3, total: 4, percent: 75 })).toBe(
			'Quiz finished. You got 3 of 4 right, 75 percent.'
		);
	});
});
