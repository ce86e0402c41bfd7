/**
 * `generateQuestions`: every template overgenerates candidates from the facts, the ranker
 * filters and orders them. Pure and deterministic: the same text, facts and seed give the same
 * questions; ids do not depend on the seed.
 */
import { buildArticle } from './article';
import { flashcardOf, type Candidate, type Context } from './candidate';
import { clozeQuestions } from './cloze';
import {
	dateQuestions,
	numberQuestions,
	organizationQuestions,
	placeQuestions
} from './entity-questions';
import { eventStatements } from './event-statements';
import { matchingQuestions } from './matching';
import { quoteQuestions, roleQuestions } from './people-questions';
import { rankQuestions } from './rank';
import { relationQuestions } from './relations';
import type { Facts, GenerateOptions, Question } from '../types';

/** Facts worth a flashcard: everything but fill-in-the-blank drills on minor entities. */
function flashcards(candidates: Candidate[]): Candidate[] {
	return candidates
		.filter((c) => c.type === 'multiple-choice' && !c.prompt.includes('completes the sentence'))
		.map(flashcardOf);
}

export function generateQuestions(
	text: string,
	facts: Facts,
	options: GenerateOptions
): Question[] {
	const article = buildArticle(text, facts, options.referenceDate, options.sentences);
	const ctx: Context = { article, seed: options.seed };
	const candidates: Candidate[] = [
		...roleQuestions(ctx),
		...quoteQuestions(ctx),
		...relationQuestions(ctx),
		...eventStatements(ctx),
		...dateQuestions(ctx),
		...numberQuestions(ctx),
		...organizationQuestions(ctx),
		...placeQuestions(ctx),
		...clozeQuestions(ctx),
		...matchingQuestions(ctx)
	];
	return rankQuestions(article, [...candidates, ...flashcards(candidates)], options.seed);
}
