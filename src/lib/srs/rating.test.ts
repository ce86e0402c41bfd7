import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { isGrade, quizOutcomeToRating } from './rating';

describe('quizOutcomeToRating', () => {
	it('maps a first-try hit to Good, a later hit to Hard and a miss to Again', () => {
		expect(quizOutcomeToRating(true, true)).toBe(Rating.Good);
		expect(quizOutcomeToRating(true, false)).toBe(Rating.Hard);
		expect(quizOutcomeToRating(false, true)).toBe(Rating.Again);
		expect(quizOutcomeToRating(false, false)).toBe(Rating.Again);
	});
});

describe('isGrade', () => {
	it('accepts exactly 1–4', () => {
		expect([0, 1, 2, 3, 4, 5, '3', 2.5].map(isGrade)).toEqual([
			false,
			true,
			true,
			true,
			true,
			false,
			false,
			false
		]);
	});
});
