/** Small question factories for the quiz's unit tests. */
import type { Question, QuestionType } from '$lib/engine';

const SENTENCE =
	'North Korean leader Kim Jong Un met U.S. President Donald Trump on January 20 in Hanoi.';

export function quizQuestion(
	type: QuestionType,
	n = 0,
	overrides: Partial<Question> = {}
): Question {
	const base: Question = {
		id: `${type}-${n}`,
		type,
		prompt: `Prompt ${n}`,
		answer: 'Kim Jong Un',
		fact: 'person',
		source: { start: 0, end: SENTENCE.length, sentence: SENTENCE },
		score: 1
	};
	const byType: Partial<Record<QuestionType, Partial<Question>>> = {
		'multiple-choice': { options: ['Donald Trump', 'Kim Jong Un', 'Shigeru Ishiba'] },
		'true-false': {
			prompt: 'True or false: The article describes Kim Jong Un as the U.S. President.',
			answer: 'False',
			options: ['True', 'False'],
			explanation:
				'False. The article says: The article describes Kim Jong Un as the North Korean leader.'
		},
		cloze: { prompt: 'North Korean leader _____ met …', accept: ['Kim'] },
		matching: {
			prompt: 'Match each person with the position the article names.',
			answer: 'Kim Jong Un → North Korean leader; Donald Trump → U.S. President',
			pairs: [
				{ left: 'Kim Jong Un', right: 'North Korean leader' },
				{ left: 'Donald Trump', right: 'U.S. President' }
			]
		},
		ordering: {
			prompt: 'Put these events in chronological order, earliest first.',
			answer:
				'The summit (2019) → Trump took office (January 20) → The interview aired (January 23)',
			items: ['The summit', 'Trump took office', 'The interview aired']
		},
		flashcard: { back: 'Kim Jong Un, the North Korean leader' }
	};
	return { ...base, ...byType[type], ...overrides };
}
