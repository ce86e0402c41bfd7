import type { Facts, Question } from '$lib/engine';

/** What the page asks the generation worker to do. */
export interface GenerateRequest {
	text: string;
	/** YYYY-MM-DD, when the learner gave a publication date. */
	referenceDate?: string;
	seed: number;
}

export type GenerateStage = 'facts' | 'questions';

/** What the worker answers: progress while it works, then the result or an error. */
export type GenerateMessage =
	| { type: 'progress'; stage: GenerateStage; step: number; steps: number }
	| { type: 'done'; facts: Facts; questions: Question[]; ms: number }
	| { type: 'error'; message: string };
