import type { Question } from '$lib/engine';

/** A generated question under review before the deck is saved: kept or dropped, maybe edited. */
export interface QuestionDraft {
	question: Question;
	keep: boolean;
	prompt: string;
	answer: string;
}

export function toDraft(question: Question): QuestionDraft {
	return { question, keep: true, prompt: question.prompt, answer: question.answer };
}

/** Types whose answer is one piece of text the learner may correct. */
export function answerIsEditable(question: Question): boolean {
	return ['multiple-choice', 'cloze', 'flashcard'].includes(question.type);
}

/**
 * The questions to save: the kept drafts with the learner's edits applied. An edited answer
 * replaces the old one among the options too, so the right choice is always offered. The id stays
 * the generated one, so the card keeps its progress if the deck is regenerated later.
 */
export function finalQuestions(drafts: readonly QuestionDraft[]): Question[] {
	return drafts
		.filter((draft) => draft.keep)
		.map(({ question, prompt, answer }) => {
			const newPrompt = prompt.trim() || question.prompt;
			const newAnswer = answerIsEditable(question)
				? answer.trim() || question.answer
				: question.answer;
			const edited: Question = { ...question, prompt: newPrompt, answer: newAnswer };
			if (newAnswer !== question.answer) {
				edited.options = question.options?.map((option) =>
					option === question.answer ? newAnswer : option
				);
				if (question.back === question.answer) edited.back = newAnswer;
				edited.accept = undefined;
			}
			return edited;
		});
}
