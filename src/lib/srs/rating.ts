import { Rating, type Grade } from 'ts-fsrs';

/**
 * How a quiz answer becomes an FSRS rating, since a quiz has no Again/Hard/Good/Easy buttons:
 * - right on the first try → Good: recalled, with the normal effort a quiz asks for. We never
 *   infer Easy, because a multiple-choice hit can be recognition rather than recall.
 * - right only after a retry (a second attempt, a hint) → Hard: recalled, but with a struggle.
 * - wrong → Again: forgotten; the card goes (back) to learning steps.
 */
export function quizOutcomeToRating(correct: boolean, firstTry: boolean): Grade {
	if (!correct) return Rating.Again;
	return firstTry ? Rating.Good : Rating.Hard;
}

/** The four answer buttons, in the order they are shown. */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

export function isGrade(value: unknown): value is Grade {
	return value === 1 || value === 2 || value === 3 || value === 4;
}

export { Rating };
export type { Grade };
