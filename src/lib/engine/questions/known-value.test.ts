/**
 * Known-value test: a fixed seed gives fixed output. If the engine changes on purpose, update
 * these values by hand after checking the new questions read well and are right.
 */
import { describe, expect, it } from 'vitest';
import { generateQuestions } from './generate';
import { buildSampleFacts, sampleReferenceDate, sampleText } from './sample-facts';
import type { Question, QuestionType } from '../types';

const deck = generateQuestions(sampleText, buildSampleFacts(), {
	seed: 42,
	referenceDate: sampleReferenceDate
});

function firstOf(types: QuestionType[], n: number): Partial<Question>[] {
	return deck
		.filter((q) => types.includes(q.type))
		.slice(0, n)
		.map(({ id, type, fact, prompt, answer, options, pairs, items }) => ({
			id,
			type,
			fact,
			prompt,
			answer,
			...(options ? { options } : {}),
			...(pairs ? { pairs } : {}),
			...(items ? { items } : {})
		}));
}

describe('generateQuestions, seed 42, sample article', () => {
	it('makes the same number of questions of each type', () => {
		const counts: Record<string, number> = {};
		for (const q of deck) counts[q.type] = (counts[q.type] ?? 0) + 1;
		expect(deck.length).toBe(64);
		expect(counts).toEqual({
			'multiple-choice': 23,
			cloze: 7,
			'true-false': 11,
			flashcard: 20,
			matching: 2,
			ordering: 1
		});
	});

	it('makes the same questions', () => {
		expect([
			...firstOf(['multiple-choice'], 6),
			...firstOf(['true-false'], 3),
			...firstOf(['cloze'], 3),
			...firstOf(['matching'], 2),
			...firstOf(['ordering'], 1),
			...firstOf(['flashcard'], 1)
		]).toEqual([
			{
				id: 'b5691107e2a0',
				type: 'multiple-choice',
				fact: 'role',
				prompt: 'Who is described as the North Korean leader?',
				answer: 'Kim Jong Un',
				options: ['Donald Trump', 'Kim Jong Un', 'Shigeru Ishiba', 'Claire Müller']
			},
			{
				id: '5c11a9952af7',
				type: 'multiple-choice',
				fact: 'role',
				prompt: 'What position does Kim Jong Un hold?',
				answer: 'North Korean leader',
				options: [
					'Japanese Prime Minister',
					'North Korean foreign minister',
					'North Korean leader',
					'U.S. President'
				]
			},
			{
				id: 'e96a597a3d3f',
				type: 'multiple-choice',
				fact: 'date',
				prompt: 'What date does the article give for this: state media reported Kim’s remarks?',
				answer: 'Sunday',
				options: ['Sunday', 'Saturday', 'Monday', 'Tuesday']
			},
			{
				id: '5b214894bb32',
				type: 'multiple-choice',
				fact: 'role',
				prompt: 'Who is described as the U.S. President?',
				answer: 'Donald Trump',
				options: ['Donald Trump', 'Shigeru Ishiba', 'Kim Jong Un', 'Elena Park']
			},
			{
				id: '93730d1be191',
				type: 'multiple-choice',
				fact: 'role',
				prompt: 'What position does Donald Trump hold?',
				answer: 'U.S. President',
				options: [
					'North Korean leader',
					'Japanese Prime Minister',
					'U.S. President',
					'U.S. Vice President'
				]
			},
			{
				id: '1bda910d36cc',
				type: 'multiple-choice',
				fact: 'organization',
				prompt: 'To which military bloc did Kim compare the trilateral security alliance?',
				answer: 'NATO',
				options: ['NATO', 'CSTO', 'the Quad', 'AUKUS']
			},
			{
				id: 'f9164274fa45',
				type: 'true-false',
				fact: 'role',
				prompt: 'True or false: The article describes Kim Jong Un as the North Korean leader.',
				answer: 'True',
				options: ['True', 'False']
			},
			{
				id: '0523f8fc1e83',
				type: 'true-false',
				fact: 'role',
				prompt: 'True or false: The article describes Donald Trump as the Japanese Prime Minister.',
				answer: 'False',
				options: ['True', 'False']
			},
			{
				id: 'd06f51c8569a',
				type: 'true-false',
				fact: 'person',
				prompt:
					'True or false: Kim criticized the trilateral security alliance as part of a U.S. strategy to create a regional military bloc akin to NATO.',
				answer: 'True',
				options: ['True', 'False']
			},
			{
				id: '9e335c1f5ab0',
				type: 'cloze',
				fact: 'role',
				prompt:
					'… _____ Kim Jong Un has declared that the increasing security cooperation between the United States …',
				answer: 'North Korean leader'
			},
			{
				id: '01e989a9ef13',
				type: 'cloze',
				fact: 'role',
				prompt:
					'Kim’s recent remarks are consistent with prior warnings; however, they indicate a resistance to engage with _____ Donald Trump’s suggestions of rekindling diplomatic talks.',
				answer: 'U.S. President'
			},
			{
				id: '3b5e7183e39e',
				type: 'cloze',
				fact: 'role',
				prompt:
					'At a recent joint press conference with _____ Shigeru Ishiba, Trump stated that relations with North Korea and Kim are ongoing, boasting of their previous rapport.',
				answer: 'Japanese Prime Minister'
			},
			{
				id: '0e97edc88b7f',
				type: 'matching',
				fact: 'role',
				prompt: 'Match each person with the position the article names.',
				answer:
					'Kim Jong Un → North Korean leader; Donald Trump → U.S. President; Shigeru Ishiba → Japanese Prime Minister',
				pairs: [
					{
						left: 'Kim Jong Un',
						right: 'North Korean leader'
					},
					{
						left: 'Donald Trump',
						right: 'U.S. President'
					},
					{
						left: 'Shigeru Ishiba',
						right: 'Japanese Prime Minister'
					}
				]
			},
			{
				id: 'c140bdf4480a',
				type: 'matching',
				fact: 'date',
				prompt: 'Match the events with the dates.',
				answer:
					'State media reported Kim’s remarks → Sunday; Trump took office → January 20; The Fox News interview aired → January 23; The previous meetings between Trump and Kim → 2018-19',
				pairs: [
					{
						left: 'State media reported Kim’s remarks',
						right: 'Sunday'
					},
					{
						left: 'Trump took office',
						right: 'January 20'
					},
					{
						left: 'The Fox News interview aired',
						right: 'January 23'
					},
					{
						left: 'The previous meetings between Trump and Kim',
						right: '2018-19'
					}
				]
			},
			{
				id: 'bd23f217fca3',
				type: 'ordering',
				fact: 'date',
				prompt: 'Put these events in chronological order, earliest first.',
				answer:
					'The previous meetings between Trump and Kim (2018-19) → Trump took office (January 20) → The Fox News interview aired (January 23)',
				items: [
					'The previous meetings between Trump and Kim',
					'Trump took office',
					'The Fox News interview aired'
				]
			},
			{
				id: 'c1709785c61d',
				type: 'flashcard',
				fact: 'role',
				prompt: 'Who is described as the North Korean leader?',
				answer: 'Kim Jong Un'
			}
		]);
	});
});
