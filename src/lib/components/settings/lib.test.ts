import { describe, expect, it } from 'vitest';
import type { Article, Card } from '$lib/db';
import { makeQuestion } from '$lib/db/testing';
import {
	decksForExport,
	describeCounts,
	exportFileName,
	readStudyField,
	showStudyField
} from './lib';

describe('study fields', () => {
	it('round-trip every allowed value', () => {
		for (const percent of [70, 85, 90, 99]) {
			const read = readStudyField('desiredRetention', String(percent));
			expect(
				read.ok && showStudyField('desiredRetention', { ...defaults, desiredRetention: read.value })
			).toBe(String(percent));
		}
		expect(readStudyField('newPerDay', ' 0 ')).toEqual({ ok: true, value: 0 });
		expect(readStudyField('quizLength', '200')).toEqual({ ok: true, value: 200 });
	});

	it('reject values outside the bounds with a sentence the learner can act on', () => {
		expect(readStudyField('desiredRetention', '0.9')).toEqual({
			ok: false,
			error: 'Enter a whole percentage from 70 to 99.'
		});
		expect(readStudyField('desiredRetention', '100').ok).toBe(false);
		expect(readStudyField('newPerDay', '-1').ok).toBe(false);
		expect(readStudyField('newPerDay', '').ok).toBe(false);
		expect(readStudyField('quizLength', '0').ok).toBe(false);
	});
});

const defaults = { desiredRetention: 0.9, newPerDay: 20, quizLength: 10 };

function deck(id: string, addedAt: number): Article {
	return { id, title: `Deck ${id}`, text: '', addedAt, engineVersion: 'test' };
}

function card(articleId: string, n: number): Card {
	const question = makeQuestion(n);
	return {
		id: `${articleId}:${question.id}`,
		articleId,
		questionId: question.id,
		question,
		fact: question.fact,
		suspended: 0,
		createdAt: 0
	};
}

describe('decksForExport', () => {
	it('lists decks oldest first with questions by score, and skips empty decks', () => {
		const decks = decksForExport(
			[deck('b', 2), deck('a', 1), deck('empty', 3)],
			[card('b', 0), card('a', 2), card('a', 1)]
		);
		expect(decks.map((d) => [d.title, d.questions.map((q) => q.id)])).toEqual([
			['Deck a', ['q1', 'q2']],
			['Deck b', ['q0']]
		]);
	});
});

describe('file names and counts', () => {
	it('date the file in local time and count in words', () => {
		expect(exportFileName('anki', new Date(2026, 2, 9, 23, 30))).toBe(
			'factdeck-anki-2026-03-09.txt'
		);
		expect(describeCounts({ articles: 1, cards: 2, reviews: 0 })).toBe(
			'1 deck, 2 cards and 0 answers'
		);
	});
});
