import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract';
import { checkClozeAnswer } from './cloze-check';
import { generateQuestions } from './generate';

const person = { answer: 'Shigeru Ishiba', accept: ['Ishiba'] };
const date = { answer: 'January 20' };

describe('checkClozeAnswer', () => {
	it('ignores case, punctuation, diacritics, a leading article and spaces', () => {
		expect(
			checkClozeAnswer({ answer: 'Korean People’s Army' }, '  the korean peoples  army. ')
		).toBe(true);
		expect(checkClozeAnswer({ answer: 'Communiqué' }, 'communique')).toBe(true);
		expect(checkClozeAnswer({ answer: 'U.S. President' }, 'us president')).toBe(true);
	});

	it('accepts the surname alone for a person, but not a different surname', () => {
		expect(checkClozeAnswer(person, 'ishiba')).toBe(true);
		expect(checkClozeAnswer(person, 'Shigeru Ishiba')).toBe(true);
		expect(checkClozeAnswer(person, 'Kishida')).toBe(false);
		expect(checkClozeAnswer(person, 'Fumio Ishiba')).toBe(false);
	});

	it('accepts an ordinal without its suffix', () => {
		expect(checkClozeAnswer({ answer: '77th' }, '77')).toBe(true);
		expect(checkClozeAnswer({ answer: '77th' }, '77TH')).toBe(true);
		expect(checkClozeAnswer({ answer: '77th' }, '78')).toBe(false);
	});

	it('accepts other spellings of the same date', () => {
		for (const typed of ['Jan 20', 'Jan. 20', '20 January', 'january 20th', '20th of January']) {
			expect(checkClozeAnswer(date, typed)).toBe(true);
		}
		expect(checkClozeAnswer(date, 'January 23')).toBe(false);
		expect(checkClozeAnswer(date, 'June 20')).toBe(false);
		expect(checkClozeAnswer({ answer: '2018-19' }, '2018–2019')).toBe(true);
		expect(checkClozeAnswer({ answer: '2018-19' }, '2017-18')).toBe(false);
	});

	it('accepts a number with or without thousands separators', () => {
		expect(checkClozeAnswer({ answer: '28,500' }, '28500')).toBe(true);
	});

	it('rejects an empty answer', () => {
		expect(checkClozeAnswer(date, '   ')).toBe(false);
		expect(checkClozeAnswer(date, '…')).toBe(false);
	});
});

describe('quote cloze answers', () => {
	it('leave out the comma the speaker’s name cut off', () => {
		const text =
			'Anna Berg, a market analyst, watched Zorbicon cut the price of its phone on Monday. ' +
			'“Priced really aggressively,” Berg said.';
		const cloze = generateQuestions(text, extractFacts(text), { seed: 1 }).filter(
			(q) => q.type === 'cloze' && q.fact === 'quote'
		);
		expect(cloze.length).toBeGreaterThan(0);
		for (const q of cloze) expect(q.answer).not.toMatch(/[,;:\s]$/);
	});
});
