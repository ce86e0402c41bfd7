import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract';
import { buildArticle, inDateline } from './article';
import { generateQuestions } from './generate';

function deck(text: string) {
	return generateQuestions(text, extractFacts(text), { seed: 5 });
}

describe('questions about places and numbers', () => {
	it('never blanks a place inside an organisation’s name', () => {
		const text =
			'Air France Flight 447 crashed in June. Air France have discussed a new search with ' +
			'investigators in Paris. Airbus, based in France, will pay for it.';
		const prompts = deck(text).map((q) => q.prompt);
		expect(prompts.some((p) => /Air _____/.test(p))).toBe(false);
	});

	it('offers numbers written the way the answer is', () => {
		const text =
			'Three other incidents have been identified since. Investigators found two faults and ' +
			'replaced 6 sensors on the aircraft, officials said on Monday in Toulouse.';
		const facts = extractFacts(text);
		for (let seed = 1; seed <= 20; seed++) {
			const question = generateQuestions(text, facts, { seed }).find(
				(q) => q.type === 'multiple-choice' && q.answer === 'Three'
			);
			expect(question?.options).toHaveLength(4);
			expect(question?.options?.filter((o) => !/^[A-Z][a-z]+$/.test(o))).toEqual([]);
		}
	});
});

describe('datelines', () => {
	it('are found at the start of the article and after a headline', () => {
		const body = 'LONDON, England — Chelsea have signed a defender, the club said on Monday.';
		for (const text of [body, `Chelsea sign a defender\n\n${body}`]) {
			const article = buildArticle(text, extractFacts(text));
			const at = text.indexOf('England');
			expect(inDateline(article, { start: at, end: at + 7 })).toBe(true);
			const club = text.indexOf('Chelsea have');
			expect(inDateline(article, { start: club, end: club + 7 })).toBe(false);
		}
	});
});

describe('dates written together', () => {
	it('are never offered against each other', () => {
		const text =
			'The first flight of the new jet is expected to take place in August or September, the ' +
			'company said. Deliveries began in May 2008 and ended in July 2009.';
		for (let seed = 1; seed <= 10; seed++) {
			for (const q of generateQuestions(text, extractFacts(text), { seed })) {
				if (q.fact !== 'date' || !q.options) continue;
				if (q.answer === 'August') expect(q.options).not.toContain('September');
				if (q.answer === 'September') expect(q.options).not.toContain('August');
			}
		}
	});
});
