import { describe, expect, it } from 'vitest';
import type { Facts, Question } from '$lib/engine';
import { highlightsOf, questionsFor, segmentText, type Highlight } from './segments';

const text = 'Trump met Kim Jong Un in Hanoi in 2019.';
const facts: Facts = {
	people: [
		{ name: 'Donald Trump', aliases: ['Trump'], roles: [], mentions: [{ start: 0, end: 5 }] },
		{ name: 'Kim Jong Un', aliases: [], roles: [], mentions: [{ start: 10, end: 21 }] }
	],
	organizations: [],
	places: [{ name: 'Hanoi', mentions: [{ start: 25, end: 30 }] }],
	dates: [{ text: '2019', value: '2019', event: 'met', start: 34, end: 38 }],
	numbers: [],
	quotes: []
};

describe('segmentText', () => {
	it('keeps every character once, in order, with highlights by kind', () => {
		const segments = segmentText(text, highlightsOf(facts));
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.highlight).map((s) => [s.text, s.highlight?.kind])).toEqual([
			['Trump', 'person'],
			['Kim Jong Un', 'person'],
			['Hanoi', 'place'],
			['2019', 'date']
		]);
	});

	it('drops overlapping and out-of-range spans instead of repeating text', () => {
		const spans: Highlight[] = [
			{ start: 0, end: 9, kind: 'quote', label: 'Trump met' },
			{ start: 6, end: 13, kind: 'person', label: 'x' },
			{ start: 30, end: 999, kind: 'date', label: 'y' }
		];
		const segments = segmentText(text, spans);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.highlight)).toHaveLength(1);
	});
});

describe('questionsFor', () => {
	const question = (answer: string, prompt: string): Question => ({
		id: answer,
		type: 'multiple-choice',
		prompt,
		answer,
		fact: 'person',
		source: { start: 0, end: 1, sentence: text },
		score: 1
	});

	it('finds questions that name the fact as a whole word', () => {
		const questions = [
			question('Donald Trump', 'Who met Kim Jong Un?'),
			question('2019', 'When did they meet in Hanoi?'),
			question('Trumpet', 'What instrument?')
		];
		const trump: Highlight = { start: 0, end: 5, kind: 'person', label: 'Donald Trump' };
		const hanoi: Highlight = { start: 25, end: 30, kind: 'place', label: 'Hanoi' };
		expect(questionsFor(trump, questions).map((q) => q.id)).toEqual(['Donald Trump']);
		expect(questionsFor(hanoi, questions).map((q) => q.id)).toEqual(['2019']);
	});

	it('lists a question asked in two formats once', () => {
		const mc = question('Donald Trump', 'Who met Kim Jong Un?');
		const card = { ...mc, id: 'flashcard', type: 'flashcard' as const };
		const trump: Highlight = { start: 0, end: 5, kind: 'person', label: 'Donald Trump' };
		expect(questionsFor(trump, [mc, card])).toEqual([mc]);
	});
});
