import { describe, expect, it } from 'vitest';
import { generateQuestions } from './generate';
import { normalizeAnswer } from './normalize';
import { buildSampleFacts, sampleReferenceDate, sampleText } from './sample-facts';
import type { Question } from '../types';

const facts = buildSampleFacts();
const questions = [1, 42].flatMap((seed) =>
	generateQuestions(sampleText, facts, { seed, referenceDate: sampleReferenceDate })
);
const n = normalizeAnswer;
const roleOf = new Map(facts.people.flatMap((p) => p.roles.map((r) => [n(r), n(p.name)])));
const dateOf: Record<string, string> = {
	'take office': 'January 20',
	'fox news interview': 'January 23',
	'previous meetings': '2018-19',
	'state media': 'Sunday'
};
const chronology = ['previous meetings', 'took office', 'fox news interview aired'];

/** The sentence a cloze or fill-in prompt shows, with the blank filled and ellipses removed. */
function filled(text: string, answer: string): string {
	return n(text.replace('_____', answer).replace(/^…\s*|\s*…$/g, ''));
}

describe('no generated question has a wrong answer', () => {
	it.each(questions.map((q) => [q.prompt, q] as const))('%s', (_, q: Question) => {
		const source = n(q.source.sentence);
		if (q.type === 'multiple-choice') {
			expect(q.options).toContain(q.answer);
			expect(new Set(q.options?.map(n)).size).toBe(4);
		}
		if (q.type === 'cloze') expect(source).toContain(filled(q.prompt, q.answer));
		const inner = /completes the sentence: “(.*)”$/.exec(q.prompt)?.[1];
		if (inner) expect(source).toContain(filled(inner, q.answer));
		if (q.type === 'true-false') {
			const statement = q.prompt.replace('True or false: ', '');
			const truth = (q.explanation ?? '').replace('False. The article says: ', '');
			expect(statement === truth).toBe(q.answer === 'True');
		}
		if (q.fact === 'role' && q.prompt.startsWith('Who is described as the ')) {
			expect(roleOf.get(n(q.prompt.slice(24, -1)))).toBe(n(q.answer));
		}
		if (q.fact === 'role' && q.prompt.startsWith('What position does ')) {
			expect(roleOf.get(n(q.answer))).toBe(n(q.prompt.slice(19, -6)));
		}
		if (q.fact === 'quote' && q.prompt.startsWith('Who said'))
			expect(q.answer).toBe('Donald Trump');
		if (q.fact === 'date' && q.type === 'multiple-choice') {
			const key = Object.keys(dateOf).find((k) => n(q.prompt).includes(k));
			expect(key && dateOf[key]).toBe(q.answer);
		}
		for (const pair of q.pairs ?? []) {
			const expected = roleOf.get(n(pair.right)) ?? n(pair.right);
			if (q.fact === 'role') expect(expected).toBe(n(pair.left));
			if (q.fact === 'date') {
				const key = Object.keys(dateOf).find((k) =>
					n(pair.left).includes(k.split(' ').pop() ?? '')
				);
				expect(key && dateOf[key]).toBe(pair.right);
			}
		}
		if (q.type === 'ordering') {
			const order = (q.items ?? []).map((i) => chronology.findIndex((c) => n(i).includes(c)));
			expect(order).toEqual([...order].sort((a, b) => a - b));
			expect(order).not.toContain(-1);
		}
	});
});
