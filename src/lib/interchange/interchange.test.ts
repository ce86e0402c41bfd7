import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '$lib/engine/types';
import { makeQuestion } from '$lib/db/testing';
import { ankiDeckName, toAnkiText } from './anki';
import { formatRow, parseDelimited } from './delimited';
import { cardFaces } from './faces';
import { flattenForQuizlet, toQuizletText } from './quizlet';

// fast-check's default of 100 cases; `npm run fuzz` sets FUZZ_RUNS=100000.
const numRuns = Number(process.env.FUZZ_RUNS ?? 100);

const mc: Question = makeQuestion(1, {
	type: 'multiple-choice',
	prompt: 'Who met Kim in Hanoi?',
	answer: 'Donald Trump',
	options: ['Moon Jae-in', 'Donald Trump', 'Xi Jinping'],
	fact: 'person',
	source: { start: 0, end: 10, sentence: 'Donald Trump met Kim in Hanoi.' }
});
const ordering = makeQuestion(2, {
	type: 'ordering',
	prompt: 'Put in order',
	answer: 'b, a',
	items: ['b', 'a']
});

describe('cardFaces', () => {
	it('shows multiple-choice options on the front and the lettered answer on the back', () => {
		expect(cardFaces(mc)).toEqual({
			front: 'Who met Kim in Hanoi?\n\nA) Moon Jae-in\nB) Donald Trump\nC) Xi Jinping',
			back: 'B) Donald Trump'
		});
	});

	it('does not give an ordering answer away on the front', () => {
		expect(cardFaces(ordering)).toEqual({ front: 'Put in order\n\n• a\n• b', back: '1. b\n2. a' });
	});
});

describe('toAnkiText', () => {
	it('writes Anki headers and one quoted row per card, deck in column 4', () => {
		const text = toAnkiText([{ title: 'Summit :: Hanoi', questions: [mc] }]);
		const { headers, rows } = parseDelimited(text);
		expect(Object.fromEntries(headers)).toEqual({
			separator: 'tab',
			html: 'false',
			notetype: 'Basic',
			'tags column': '3',
			'deck column': '4'
		});
		expect(rows).toEqual([
			[
				cardFaces(mc).front,
				'B) Donald Trump\n\n“Donald Trump met Kim in Hanoi.”',
				'factdeck fact::person type::multiple-choice',
				'Factdeck::Summit : Hanoi'
			]
		]);
	});

	it('property: any text survives the round trip, every row has four fields', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						title: fc.string(),
						prompt: fc.string({ unit: 'grapheme' }),
						answer: fc.string({ unit: 'grapheme' }),
						sentence: fc.string()
					}),
					{ minLength: 1, maxLength: 5 }
				),
				(inputs) => {
					const decks = inputs.map((d, i) => ({
						title: d.title,
						questions: [
							makeQuestion(i, {
								type: 'cloze',
								prompt: d.prompt,
								answer: d.answer,
								source: { start: 0, end: 0, sentence: d.sentence }
							})
						]
					}));
					const { rows } = parseDelimited(toAnkiText(decks));
					expect(rows).toHaveLength(decks.length);
					rows.forEach((row, i) => {
						const input = inputs[i]!;
						expect(row).toHaveLength(4);
						expect(row[0]).toBe(input.prompt);
						expect(row[1]?.startsWith(input.answer)).toBe(true);
						expect(row[3]).toBe(ankiDeckName(input.title));
					});
				}
			),
			{ numRuns }
		);
	});

	it('property: formatRow and parseDelimited are inverses', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), { maxLength: 5 }),
				(rows) => {
					const text = rows.map(formatRow).join('\n');
					// Rows that are a single empty field are indistinguishable from blank lines; skip them.
					fc.pre(rows.every((r) => r.join('') !== ''));
					expect(parseDelimited(text).rows).toEqual(rows);
				}
			),
			{ numRuns }
		);
	});
});

describe('toQuizletText', () => {
	it('writes term<TAB>definition, one card per line', () => {
		expect(toQuizletText([mc, ordering])).toBe(
			'Who met Kim in Hanoi? / A) Moon Jae-in / B) Donald Trump / C) Xi Jinping\tB) Donald Trump\n' +
				'Put in order / • a / • b\t1. b / 2. a'
		);
	});

	it('property: every line splits into exactly the flattened term and definition', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ prompt: fc.string(), answer: fc.string() }), {
					minLength: 1,
					maxLength: 6
				}),
				(inputs) => {
					const questions = inputs.map((q, i) =>
						makeQuestion(i, { type: 'flashcard', ...q, back: q.answer })
					);
					const lines = toQuizletText(questions).split('\n');
					expect(lines).toHaveLength(questions.length);
					lines.forEach((line, i) => {
						expect(line.split('\t')).toEqual([
							flattenForQuizlet(inputs[i]!.prompt),
							flattenForQuizlet(inputs[i]!.answer)
						]);
					});
				}
			),
			{ numRuns }
		);
	});
});
