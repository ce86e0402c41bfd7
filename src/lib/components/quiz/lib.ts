/**
 * The quiz's pure rules: which questions a session asks, how an answer is graded and scored.
 * No Svelte, no Dexie, no clock: randomness comes from a seed, so a session is reproducible.
 */
import {
	checkClozeAnswer,
	mulberry32,
	type Pair,
	type Question,
	type QuestionType
} from '$lib/engine';

/** Every question type a quiz can ask; flashcards are studied, not quizzed. */
export const QUIZ_TYPES = [
	'multiple-choice',
	'true-false',
	'cloze',
	'matching',
	'ordering'
] as const satisfies readonly QuestionType[];

export type QuizType = (typeof QUIZ_TYPES)[number];

/** What the learner did, one shape per kind of control. */
export type QuizResponse =
	| { kind: 'choice'; choice: string }
	| { kind: 'text'; text: string }
	| { kind: 'pairs'; pairs: Pair[] }
	| { kind: 'order'; items: string[] };

export const MIN_QUIZ_LENGTH = 1;
/** The settings screen accepts up to 200; the start screen follows it. */
export const MAX_QUIZ_LENGTH = 200;

/** Seeded randomness for the quiz's draw and shuffles: the engine's generator. */
export const seededRandom = mulberry32;

/** A seed from a string (a question id), so each question shuffles the same way every time. */
export function seedFrom(text: string, seed = 0): number {
	let h = 0x811c9dc5 ^ (seed >>> 0);
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const copy = items.slice();
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}

/**
 * Whether a question can be asked as a quiz item. Cards are stored data that may predate the
 * current engine, so a question missing the parts its type needs is skipped, not shown broken.
 */
export function isQuizQuestion(question: Question): boolean {
	switch (question.type) {
		case 'multiple-choice':
		case 'true-false': {
			const options = question.options ?? [];
			return options.length >= 2 && options.includes(question.answer);
		}
		case 'cloze':
			return question.answer.trim() !== '';
		case 'matching':
			return (question.pairs?.length ?? 0) >= 2;
		case 'ordering':
			return (question.items?.length ?? 0) >= 2;
		default:
			return false;
	}
}

export function clampQuizLength(length: number): number {
	if (!Number.isFinite(length)) return MIN_QUIZ_LENGTH;
	return Math.min(MAX_QUIZ_LENGTH, Math.max(MIN_QUIZ_LENGTH, Math.round(length)));
}

/**
 * The session's questions: `length` of them (or all there are), shuffled by `seed`. One of every
 * type present comes first in the draw, so each type appears at least once when `length` allows;
 * the rest are drawn from everything left, so the mix follows the deck's own proportions.
 */
export function pickQuizItems<T extends { question: Question }>(
	items: readonly T[],
	length: number,
	seed: number
): T[] {
	const random = seededRandom(seed);
	const pool = shuffle(
		items.filter((item) => isQuizQuestion(item.question)),
		random
	);
	const firstOfType = new Map<QuestionType, T>();
	for (const item of pool) {
		if (!firstOfType.has(item.question.type)) firstOfType.set(item.question.type, item);
	}
	const guaranteed = [...firstOfType.values()];
	const rest = pool.filter((item) => !guaranteed.includes(item));
	const picked = [...guaranteed, ...rest].slice(0, clampQuizLength(length));
	// Shuffled again so the one-of-each-type questions are not always the first few.
	return shuffle(picked, random);
}

/** The right-hand column of a matching question, in an order that does not give pairs away. */
export function matchingChoices(question: Question): string[] {
	const rights = (question.pairs ?? []).map((pair) => pair.right);
	return scramble(rights, seedFrom(question.id, 1));
}

/** The starting order of an ordering question: never already solved when it can be avoided. */
export function orderingStart(question: Question): string[] {
	return scramble(question.items ?? [], seedFrom(question.id, 2));
}

function scramble(items: readonly string[], seed: number): string[] {
	const out = shuffle(items, seededRandom(seed));
	const solved = out.every((item, i) => item === items[i]);
	if (solved && new Set(items).size > 1) out.push(out.shift() as string);
	return out;
}

/** A copy of `order` with the item at `from` moved one place up (-1) or down (1). */
export function moveItem<T>(order: readonly T[], from: number, step: -1 | 1): T[] {
	const to = from + step;
	const next = [...order];
	if (from < 0 || from >= order.length || to < 0 || to >= order.length) return next;
	[next[from], next[to]] = [next[to] as T, next[from] as T];
	return next;
}

/** Whether `response` answers `question` correctly. */
export function gradeResponse(question: Question, response: QuizResponse): boolean {
	switch (response.kind) {
		case 'choice':
			return response.choice === question.answer;
		case 'text':
			return checkClozeAnswer(question, response.text);
		case 'pairs': {
			const expected = question.pairs ?? [];
			// Compared by text: two lefts may share a right ("Trump" said both quotes).
			return (
				expected.length > 0 &&
				expected.every((pair) =>
					response.pairs.some((given) => given.left === pair.left && given.right === pair.right)
				) &&
				response.pairs.length === expected.length
			);
		}
		case 'order': {
			const expected = question.items ?? [];
			return (
				expected.length === response.items.length &&
				expected.every((item, i) => item === response.items[i])
			);
		}
	}
}

/** The response as one line of text, as a review stores it. */
export function describeResponse(response: QuizResponse): string {
	switch (response.kind) {
		case 'choice':
			return response.choice;
		case 'text':
			return response.text.trim();
		case 'pairs':
			return response.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
		case 'order':
			return response.items.join(' → ');
	}
}

/** How many matching pairs in `given` are right, for "2 of 3 pairs right" feedback. */
export function pairsRight(question: Question, given: readonly Pair[]): number {
	return (question.pairs ?? []).filter((pair) =>
		given.some((g) => g.left === pair.left && g.right === pair.right)
	).length;
}

export interface QuizScore {
	correct: number;
	total: number;
	/** Whole percent, 0 when nothing was asked. */
	percent: number;
}

export function scoreOutcomes(outcomes: readonly { correct: boolean }[]): QuizScore {
	const correct = outcomes.filter((o) => o.correct).length;
	const total = outcomes.length;
	return { correct, total, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}

/** The learner-facing name of each type, shown above the question. */
export const TYPE_LABELS: Record<QuizType, string> = {
	'multiple-choice': 'Multiple choice',
	'true-false': 'True or false',
	cloze: 'Fill in the blank',
	matching: 'Matching',
	ordering: 'Put in order'
};

/** What the live region says after an answer: the verdict, and the right answer when missed. */
export function verdictAnnouncement(question: Question, correct: boolean): string {
	return correct ? 'Correct.' : `Not quite. The right answer: ${question.answer}.`;
}

export function resultsAnnouncement(score: QuizScore): string {
	return `Quiz finished. You got ${score.correct} of ${score.total} right, ${score.percent} percent.`;
}
