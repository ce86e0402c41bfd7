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
	/** A true/false candidate's two statements; which one is asked is settled deck-wide. */
	statements?: Statements;
}

export interface Statements {
	true: string;
	/** Null when no false variant exists: the statement is then always asked true. */
	false: string | null;
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
 * A true/false candidate. It is worded true until the ranker has chosen the deck: then about
 * half of the statements that have a false variant are asked false (see `settleTrueFalse`), so
 * a deck is balanced rather than a coin flip per statement (which left one deck with 1 true of 10).
 */
export function trueFalse(
	base: Omit<CandidateBase, 'prompt' | 'answer'> & { idParts: string[] },
	statements: Statements
): Candidate {
	return { ...base, ...statementAs(statements, true), answerForms: [], statements };
}

/** The prompt, answer and explanation of a true/false question asked true or false. */
export function statementAs(
	statements: Statements,
	isTrue: boolean
): Pick<Candidate, 'type' | 'prompt' | 'answer' | 'options' | 'explanation'> {
	const asked = isTrue || statements.false === null ? statements.true : statements.false;
	const truly = asked === statements.true;
	return {
		type: 'true-false',
		prompt: `True or false: ${asked}`,
		answer: truly ? 'True' : 'False',
		options: ['True', 'False'],
		explanation: truly ? statements.true : `False. The article says: ${statements.true}`
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
