import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate';
import { givesAway, hasUnresolvedPronoun, isAskable } from './rank';

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
