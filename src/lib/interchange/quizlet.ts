import type { Question } from '$lib/engine/types';
import { cardFaces } from './faces';

/**
 * Quizlet's importer has no quoting: a tab ends the term and a line break ends the card. So
 * lines inside a side are joined with " / " and stray tabs become spaces.
 */
export function flattenForQuizlet(text: string): string {
	return text
		.split(/\r?\n/)
		.map((line) => line.replace(/[\t\r]+/g, ' ').trim())
		.filter(Boolean)
		.join(' / ');
}

/** "term<TAB>definition" per line: Quizlet's default import settings. */
export function toQuizletText(questions: readonly Question[]): string {
	return questions
		.map((question) => {
			const { front, back } = cardFaces(question);
			return `${flattenForQuizlet(front)}\t${flattenForQuizlet(back)}`;
		})
		.join('\n');
}
