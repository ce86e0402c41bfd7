/**
 * Test helper: one matcher per gold key question of the sample article
 * (`seed-article.gold.json`). A question matches when its prompt has the key question's intent
 * and its answer is the right one; any question type may match.
 */
import { normalizeAnswer } from './normalize';
import type { Question } from '../types';

/** Whether the normalised prompt contains every given phrase. */
const mentions = (q: Question, ...phrases: string[]): boolean =>
	phrases.every((p) => ` ${normalizeAnswer(q.prompt)} `.includes(` ${normalizeAnswer(p)} `));
const is = (q: Question, answer: string): boolean =>
	normalizeAnswer(q.answer) === normalizeAnswer(answer);

/** One matcher per gold key question: the intent of the prompt and the right answer. */
export const keyQuestions: [string, (q: Question) => boolean][] = [
	[
		'Who is described as North Korea’s leader?',
		(q) => q.fact === 'role' && mentions(q, 'North Korean leader') && is(q, 'Kim Jong Un')
	],
	[
		'What position does Shigeru Ishiba hold?',
		(q) => q.fact === 'role' && mentions(q, 'Shigeru Ishiba') && is(q, 'Japanese Prime Minister')
	],
	[
		'Who said “I think I stopped the war.”?',
		(q) =>
			q.fact === 'quote' &&
			mentions(q, 'Who said', 'I think I stopped the war') &&
			is(q, 'Donald Trump')
	],
	[
		'How did Trump describe Kim?',
		(q) =>
			mentions(q, 'Trump', 'describe', 'Kim') &&
			(is(q, 'a smart guy') || is(q, 'not a religious zealot'))
	],
	[
		'When did Trump take office?',
		(q) => q.fact === 'date' && mentions(q, 'Trump', 'take office') && is(q, 'January 20')
	],
	[
		'When did the Fox News interview air?',
		(q) => q.fact === 'date' && mentions(q, 'Fox News interview', 'air') && is(q, 'January 23')
	],
	[
		'Which anniversary of the Korean People’s Army?',
		(q) =>
			q.fact === 'number' && mentions(q, 'anniversary', 'Korean People’s Army') && is(q, '77th')
	],
	[
		'What does KCNA stand for?',
		(q) =>
			q.fact === 'acronym' &&
			mentions(q, 'KCNA', 'stand for') &&
			is(q, 'Korean Central News Agency')
	],
	[
		'When did Trump and Kim hold their previous meetings?',
		(q) => q.fact === 'date' && mentions(q, 'meetings', 'Trump', 'Kim') && is(q, '2018-19')
	],
	[
		'To which military bloc did Kim compare the alliance?',
		(q) =>
			mentions(q, 'military bloc', 'Kim', 'compare', 'trilateral security alliance') &&
			is(q, 'NATO')
	],
	[
		'Whose military campaign did Kim say North Korea supports?',
		(q) => mentions(q, 'Whose', 'military campaign', 'Kim') && is(q, 'Russia')
	],
	[
		'True or false: Trump accepted Kim’s proposal …',
		(q) =>
			q.type === 'true-false' &&
			mentions(q, 'Trump', 'Kim’s proposal to dismantle') &&
			((mentions(q, 'accepted') && q.answer === 'False') ||
				(mentions(q, 'dismissed') && q.answer === 'True'))
	],
	[
		'Which two leaders issued a joint communiqué …?',
		(q) =>
			mentions(q, 'Which two', 'joint communiqué', 'denuclearization') &&
			is(q, 'Donald Trump and Shigeru Ishiba')
	]
];
