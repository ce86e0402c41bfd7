import { describe, expect, it } from 'vitest';
import { toAnkiTsv, toMarkdownQuiz, tsvField } from './export';
import type { Question } from '../types';

const source = { start: 0, end: 10, sentence: 'Trump took office on January 20.' };
const mc: Question = {
	id: 'a1',
	type: 'multiple-choice',
	prompt: 'When did Trump take office?',
	answer: 'January 20',
	options: ['January 27', 'January 20', 'February 20', 'January 17'],
	fact: 'date',
	source,
	score: 1
};
const ordering: Question = {
	id: 'b2',
	type: 'ordering',
	prompt: 'Put these events in chronological order, earliest first.',
	answer: 'x',
	items: ['Meetings', 'Trump took office', 'Interview aired'],
	fact: 'date',
	source,
	score: 1
};

describe('deck export', () => {
	it('keeps every TSV note on one line and quotes fields with double quotes', () => {
		expect(tsvField('a\tb\nc')).toBe('a b — c');
		expect(tsvField('He said "no"')).toBe('"He said ""no"""');
	});

	it('writes Anki headers, fronts with options and tags', () => {
		const lines = toAnkiTsv([mc]).trim().split('\n');
		expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#tags column:3']);
		expect(lines[3]).toBe(
			'When did Trump take office? A) January 27; B) January 20; C) February 20; D) January 17\t' +
				'January 20\tfactdeck fact::date type::multiple-choice'
		);
	});

	it('prints a quiz whose answer key points at the right letters', () => {
		const md = toMarkdownQuiz('Quiz', [mc, ordering]);
		expect(md).toContain('1. When did Trump take office?\n\n   A) January 27\n   B) January 20');
		// Items are listed alphabetically: Interview (A), Meetings (B), Trump (C).
		expect(md).toContain('## Answer key\n\n1. B) January 20\n2. B, C, A\n');
	});
});
