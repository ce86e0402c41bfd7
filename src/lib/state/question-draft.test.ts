import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/engine';
import { finalQuestions, toDraft } from './question-draft';

function question(overrides: Partial<Question> = {}): Question {
	return {
		id: 'q1',
		type: 'multiple-choice',
		prompt: 'What position does Shigeru Ishiba hold?',
		answer: 'Japanese Prime Minister',
		options: [
			'U.S. President',
			'Japanese Prime Minister',
			'North Korean leader',
			'Japanese Foreign Minister'
		],
		fact: 'role',
		source: { start: 0, end: 10, sentence: 'Japanese Prime Minister Shigeru Ishiba' },
		score: 1,
		...overrides
	};
}

describe('finalQuestions', () => {
	it('keeps kept drafts unchanged when nothing was edited', () => {
		const q = question();
		expect(finalQuestions([toDraft(q)])).toEqual([q]);
	});

	it('drops dropped drafts', () => {
		expect(finalQuestions([{ ...toDraft(question()), keep: false }])).toEqual([]);
	});

	it('applies an edited answer to the options and keeps the id', () => {
		const [edited] = finalQuestions([
			{ ...toDraft(question()), answer: 'Prime Minister of Japan' }
		]);
		expect(edited?.id).toBe('q1');
		expect(edited?.answer).toBe('Prime Minister of Japan');
		expect(edited?.options).toContain('Prime Minister of Japan');
		expect(edited?.options).not.toContain('Japanese Prime Minister');
	});

	it('ignores a blank edit and never edits a true/false answer', () => {
		const tf = question({ type: 'true-false', answer: 'True', options: ['True', 'False'] });
		const [a, b] = finalQuestions([
			{ ...toDraft(question()), prompt: '  ', answer: '' },
			{ ...toDraft(tf), answer: 'Maybe' }
		]);
		expect(a?.prompt).toBe('What position does Shigeru Ishiba hold?');
		expect(a?.answer).toBe('Japanese Prime Minister');
		expect(b?.answer).toBe('True');
	});
});
