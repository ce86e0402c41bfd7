import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract';
import { generateQuestions } from './generate';

describe('event statements', () => {
	it('run to the end of the clause, past a comma inside a number', () => {
		const text =
			'Apple welcomed 3,800 developers to the conference in San Francisco, the company said ' +
			'on Monday. Steve Jobs, the Apple chief executive, spoke first.';
		const statements = generateQuestions(text, extractFacts(text), { seed: 1 })
			.filter((q) => q.type === 'true-false')
			.map((q) => q.explanation ?? '');
		expect(statements.some((s) => s.includes('welcomed 3,800 developers to the conference'))).toBe(
			true
		);
	});
});
