import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract';
import type { Question } from '../types';
import type { Candidate } from './candidate';
import { generateQuestions } from './generate';
import { givesAway, hasUnresolvedPronoun, isAskable, PER_SENTENCE } from './rank';
import { sampleText } from './sample-facts';

const source = { start: 0, end: 10, sentence: 'x' };
const candidate = (over: Partial<Candidate>): Candidate => ({
	type: 'multiple-choice',
	fact: 'person',
	prompt: 'Who said it?',
	answer: 'Donald Trump',
	options: ['Donald Trump', 'A', 'B', 'C'],
	source,
	idParts: ['Donald Trump'],
	answerForms: ['Donald Trump', 'Trump'],
	weight: 1,
	entities: [],
	...over
});

describe('question filters', () => {
	it('finds pronouns with no name before them', () => {
		expect(hasUnresolvedPronoun('He proclaimed, “_____”')).toBe(true);
		expect(hasUnresolvedPronoun('In his address, Kim confirmed _____')).toBe(true);
		expect(hasUnresolvedPronoun('True or false: They also speculate that Kim …')).toBe(true);
		expect(hasUnresolvedPronoun('Kim outlined plans to enhance his _____')).toBe(false);
		expect(hasUnresolvedPronoun('Trump noted he is “not a religious zealot”')).toBe(false);
		expect(hasUnresolvedPronoun('Who said “I think he stopped it.”?')).toBe(false);
	});

	it('drops a prompt that names its answer or an alias of it', () => {
		expect(givesAway(candidate({ prompt: 'Who met Trump in Hanoi?' }))).toBe(true);
		expect(givesAway(candidate({ prompt: 'Who met Kim in Hanoi?' }))).toBe(false);
	});

	it('needs four options for multiple choice', () => {
		expect(isAskable(candidate({ prompt: 'Who met Kim?' }))).toBe(true);
		expect(
			isAskable(candidate({ prompt: 'Who met Kim?', options: ['Donald Trump', 'A', 'B'] }))
		).toBe(false);
	});
});

describe('personal pronouns', () => {
	const people = new Set(['kim', 'jong', 'un', 'trump']);

	it('need a person before them, not a country or a court', () => {
		expect(hasUnresolvedPronoun('… and Japan threatens his nation’s safety …', people)).toBe(true);
		expect(
			hasUnresolvedPronoun('A United States federal judge barred him from working?', people)
		).toBe(true);
		expect(hasUnresolvedPronoun('Kim said Japan threatens his nation’s safety.', people)).toBe(
			false
		);
		// "it" and "they" may stand for a country or a company.
		expect(hasUnresolvedPronoun('Japan said it would respond.', people)).toBe(false);
	});
});

describe('questions per sentence', () => {
	const path = fileURLToPath(
		new URL(
			'../../../../tests/fixtures/meantime-dev/airbus_61389_Airbus_announces_job_cuts_of_10,000.txt',
			import.meta.url
		)
	);
	const texts = [sampleText, readFileSync(path, 'utf8')];

	it('keeps a mix: at most five quiz questions, three choices and one true/false per sentence', () => {
		for (const text of texts) {
			const deck = generateQuestions(text, extractFacts(text), { seed: 3 });
			const per = new Map<number, Question[]>();
			for (const q of deck) per.set(q.source.start, [...(per.get(q.source.start) ?? []), q]);
			for (const questions of per.values()) {
				const quiz = questions.filter(
					(q) => !['flashcard', 'matching', 'ordering'].includes(q.type)
				);
				expect(quiz.length).toBeLessThanOrEqual(PER_SENTENCE);
				expect(quiz.filter((q) => q.type === 'true-false').length).toBeLessThanOrEqual(1);
				expect(quiz.filter((q) => q.type === 'multiple-choice').length).toBeLessThanOrEqual(3);
			}
			// A flashcard is the twin of a multiple-choice question that was kept.
			const asked = new Set(deck.filter((q) => q.type === 'multiple-choice').map((q) => q.prompt));
			for (const card of deck.filter((q) => q.type === 'flashcard')) {
				expect(asked.has(card.prompt)).toBe(true);
			}
		}
	});
});

describe('true/false across a deck', () => {
	it('asks about half of the statements true, whatever the seed', () => {
		const dir = fileURLToPath(new URL('../../../../tests/fixtures/meantime-dev/', import.meta.url));
		const texts = [
			sampleText,
			...readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && f.startsWith('apple_'))
				.slice(0, 6)
				.map((f) => readFileSync(dir + f, 'utf8'))
		];
		for (const text of texts) {
			const facts = extractFacts(text);
			for (let seed = 1; seed <= 3; seed++) {
				const answers = generateQuestions(text, facts, { seed })
					.filter((q) => q.type === 'true-false')
					.map((q) => q.answer);
				if (answers.length < 6) continue;
				const share = answers.filter((a) => a === 'True').length / answers.length;
				expect(share).toBeGreaterThanOrEqual(0.35);
				expect(share).toBeLessThanOrEqual(0.65);
			}
		}
	});
});

describe('the headline', () => {
	it('is never shown with a blank: it is the deck’s title on every card', () => {
		const text =
			'Apple unveils iPhone 4 at developers conference\n\nSAN FRANCISCO — Apple chief executive ' +
			'Steve Jobs unveiled the iPhone 4 on Monday. The phone will cost $199, Jobs said.\n';
		const deck = generateQuestions(text, extractFacts(text), { seed: 1 });
		expect(deck.length).toBeGreaterThan(0);
		expect(deck.filter((q) => q.source.start === 0 && q.prompt.includes('_____'))).toEqual([]);
	});
});
