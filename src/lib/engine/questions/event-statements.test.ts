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

	it('never cut a clause at an apposition, nor swap a verb whose object is a person', () => {
		const text =
			'Morrow denied the charges and his lawyer, Susan Pike, said he would appeal. ' +
			'Jobs welcomed everyone to the event in San Francisco on Monday.';
		const statements = generateQuestions(text, extractFacts(text), { seed: 1 })
			.filter((q) => q.type === 'true-false')
			.map((q) => q.prompt);
		expect(statements.some((s) => /his lawyer\.$/.test(s))).toBe(false);
		expect(statements.some((s) => /condemned everyone/.test(s))).toBe(false);
	});
});
