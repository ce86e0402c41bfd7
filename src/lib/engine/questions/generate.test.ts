import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { generateQuestions } from './generate';
import { keyQuestions } from './key-questions';
import { buildSampleFacts, sampleReferenceDate, sampleText } from './sample-facts';
import type { Question } from '../types';

const facts = buildSampleFacts();
const deck = (seed: number, referenceDate?: string): Question[] =>
	generateQuestions(sampleText, facts, { seed, ...(referenceDate ? { referenceDate } : {}) });

describe('generateQuestions on the sample article', () => {
	for (const seed of [1, 42, 2025]) {
		it(`answers all 13 gold key questions (seed ${seed})`, () => {
			const questions = deck(seed, sampleReferenceDate);
			const missing = keyQuestions.filter(([, match]) => !questions.some(match)).map(([k]) => k);
			expect(missing).toEqual([]);
		});
	}

	it('answers them without a reference date too', () => {
		const questions = deck(7);
		expect(keyQuestions.filter(([, match]) => !questions.some(match)).map(([k]) => k)).toEqual([]);
	});

	it('generates every question type', () => {
		const types = new Set(deck(42, sampleReferenceDate).map((q) => q.type));
		expect([...types].sort()).toEqual([
			'cloze',
			'flashcard',
			'matching',
			'multiple-choice',
			'ordering',
			'true-false'
		]);
	});

	it('is deterministic, and ids do not depend on the seed', () => {
		expect(deck(42, sampleReferenceDate)).toEqual(deck(42, sampleReferenceDate));
		const ids = (seed: number) =>
			deck(seed, sampleReferenceDate)
				.map((q) => q.id)
				.sort();
		expect(ids(1)).toEqual(ids(99));
		const all = deck(42, sampleReferenceDate).map((q) => q.id);
		expect(new Set(all).size).toBe(all.length);
	});

	it('gives the same deck when the caller passes the sentence spans', () => {
		const sentences = splitSentences(sampleText);
		const withSpans = generateQuestions(sampleText, facts, { seed: 42, sentences });
		expect(withSpans).toEqual(deck(42));
	});

	it('returns questions sorted by score', () => {
		const scores = deck(42).map((q) => q.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('splits true/false statements roughly in half across seeds', () => {
		const tf = [1, 2, 3, 4, 5].flatMap((s) => deck(s).filter((q) => q.type === 'true-false'));
		const share = tf.filter((q) => q.answer === 'True').length / tf.length;
		expect(share).toBeGreaterThan(0.3);
		expect(share).toBeLessThan(0.7);
	});
});
