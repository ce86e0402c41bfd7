/**
 * A question before ranking: everything a `Question` has except its id and score, plus what the
 * ranker needs to judge it (the forms of the answer that must not leak into the prompt, the
 * weight of the fact, the entities involved).
 */
import type { Article } from './article';
import { BLANK } from './blank';
import { pickDistractors, type DistractorRequest } from './distractors';
import { randomFor, shuffled } from './random';
import type { Question } from '../types';

export interface Candidate extends Omit<Question, 'id' | 'score'> {
	/** The answer plus any cue telling apart two questions with one answer in one sentence. */
	idParts: string[];
	/** The answer and its aliases: none may appear in the prompt. */
	answerForms: string[];
	/** Importance of the fact itself (quotes and positions high, incidental numbers low). */
	weight: number;
	/** Canonical names involved, for salience. */
	entities: string[];
}

/** What every template receives. */
export interface Context {
	article: Article;
	seed: number;
}

export type CandidateBase = Omit<Candidate, 'type' | 'idParts' | 'answerForms'> & {
	idParts?: string[];
	answerForms?: string[];
};

/** A multiple-choice candidate; fewer than 3 distractors leaves it for the ranker to drop. */
export function multipleChoice(
	ctx: Context,
	base: CandidateBase,
	request: Omit<DistractorRequest, 'answer' | 'prompt'>
): Candidate {
	const idParts = base.idParts ?? [base.answer];
	const key = `mc|${base.fact}|${idParts.join('|')}|${base.source.start}`;
	const random = randomFor(ctx.seed, key);
	// A prompt with a blank shows its sentence: nothing else the sentence names can be offered.
	const sentence = base.prompt.includes(BLANK) ? base.source.sentence : undefined;
	const wrong = pickDistractors(
		{ ...request, answer: base.answer, prompt: base.prompt, sentence },
		random
	);
	return {
		...base,
		type: 'multiple-choice',
		idParts,
		answerForms: base.answerForms ?? [base.answer],
		options: shuffled([base.answer, ...wrong], random)
	};
}

/**
 * A true/false candidate: the true statement or, with probability ½ from the seeded stream, the
 * false one (null when no false variant exists, so the statement is always true).
 */
export function trueFalse(
	ctx: Context,
	base: Omit<CandidateBase, 'prompt' | 'answer'> & { idParts: string[] },
	statements: { true: string; false: string | null }
): Candidate {
	const random = randomFor(ctx.seed, `tf|${base.fact}|${base.idParts.join('|')}`);
	const isTrue = statements.false === null || random() < 0.5;
	const statement = isTrue ? statements.true : (statements.false as string);
	return {
		...base,
		type: 'true-false',
		prompt: `True or false: ${statement}`,
		answer: isTrue ? 'True' : 'False',
		options: ['True', 'False'],
		explanation: isTrue ? statements.true : `False. The article says: ${statements.true}`,
		answerForms: []
	};
}

/** A flashcard with the same prompt as a question, the answer and its proving sentence. */
export function flashcardOf(c: Candidate): Candidate {
	return {
		...c,
		type: 'flashcard',
		options: undefined,
		explanation: undefined,
		back: `${c.answer}\n\n“${c.source.sentence}”`
	};
}
