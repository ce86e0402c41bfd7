import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract';
import { isNamed } from './article';
import { generateQuestions } from './generate';
import { isSpecificRole, sameTitle, titleBank } from './people-questions';

const text =
	'Chief executive Thomas Enders said the company would appeal. “I trained for this day for two ' +
	'years,” said Anna Berg, the Swedish sprinter. Apple’s senior vice president Bob Mansfield will ' +
	'retire, the company said.';
const prompts = generateQuestions(text, extractFacts(text), { seed: 1 }).map((q) => q.prompt);

describe('questions about people', () => {
	it('asks "who" only of roles that point at one person', () => {
		expect(isSpecificRole('North Korean leader')).toBe(true);
		expect(isSpecificRole('Boeing CEO')).toBe(true);
		expect(isSpecificRole('Chief executive')).toBe(false);
		expect(isSpecificRole('senior vice president')).toBe(false);
		expect(isSpecificRole('Apple executive')).toBe(false);
		expect(isSpecificRole('Analyst')).toBe(false);
		expect(isSpecificRole('Former President')).toBe(false);
		expect(prompts).not.toContain('Who is described as the Chief executive?');
	});

	it('quotes without the comma the speaker’s name cut off', () => {
		expect(prompts).toContain('Who said “I trained for this day for two years”?');
		const spoken = prompts.filter((p) => /^(Who said|True or false: \S+ \S+ said)/.test(p));
		expect(spoken.length).toBeGreaterThan(0);
		expect(spoken.some((p) => /years,”/.test(p))).toBe(false);
	});
});

describe('titleBank', () => {
	it('offers titles of the role’s own field, in its case', () => {
		expect(titleBank('Boeing CEO')).toContain('Boeing CFO');
		expect(titleBank('Airbus chief executive')).toContain('Airbus chief financial officer');
		expect(titleBank('senior vice president')).toContain('chief financial officer');
		expect(titleBank('North Korean leader')).toContain('prime minister');
		expect(titleBank('U.S. President')).toContain('Prime Minister');
		expect(titleBank('foreign minister')).toContain('prime minister');
		expect(titleBank('Apple chief executive')).toContain('Apple managing director');
		expect(titleBank('astronomer')).toEqual([]);
		expect(titleBank('Vice President')).toContain('Secretary of State');
	});
});

describe('who-questions', () => {
	it('are asked only when the article names two other people to choose from', () => {
		const two =
			'“We will win this case,” said Anna Berg, the Swedish lawyer. Her opponent, Tom Price, ' +
			'declined to comment.';
		const deck = generateQuestions(two, extractFacts(two), { seed: 1 });
		expect(deck.some((q) => q.type === 'multiple-choice' && q.prompt.startsWith('Who said'))).toBe(
			false
		);
		// The sentence is still asked about, in forms that need no made-up names.
		expect(deck.length).toBeGreaterThan(0);
	});
});

describe('sameTitle', () => {
	it('knows one rank under two names', () => {
		expect(sameTitle('Apple Computer CEO', 'chief executive')).toBe(true);
		expect(sameTitle('Apple Computer CEO and co-founder', 'Apple Computer founder')).toBe(true);
		expect(sameTitle('Boeing CFO', 'chief financial officer')).toBe(true);
		expect(sameTitle('Japanese Prime Minister', 'Japanese Foreign Minister')).toBe(false);
		expect(sameTitle('Boeing CEO', 'chairman')).toBe(false);
		expect(sameTitle('U.S. President', 'U.S. Vice President')).toBe(false);
	});
});

describe('misread titles', () => {
	it('are no people to ask about or to offer', () => {
		const person = (name: string) => ({ name, aliases: [], roles: [], mentions: [] });
		expect(isNamed(person('Chief Operating'))).toBe(false);
		expect(isNamed(person('Undersecretary'))).toBe(false);
		expect(isNamed(person('Tim Cook'))).toBe(true);
	});
});
