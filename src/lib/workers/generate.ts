import type { Facts, Question } from '$lib/engine';
import type { GenerateMessage, GenerateRequest, GenerateStage } from './protocol';

export interface GeneratedDeck {
	facts: Facts;
	questions: Question[];
	ms: number;
}

export interface GenerateProgress {
	stage: GenerateStage;
	step: number;
	steps: number;
}

/**
 * Finds an article's facts and questions in a Web Worker (one per call, ended afterwards so a
 * huge article's memory is returned at once). Rejects with a readable message on failure.
 */
export function generateDeck(
	request: GenerateRequest,
	onProgress?: (progress: GenerateProgress) => void
): Promise<GeneratedDeck> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<GenerateMessage>) => {
			const message = event.data;
			if (message.type === 'progress') {
				onProgress?.(message);
				return;
			}
			worker.terminate();
			if (message.type === 'done') resolve(message);
			else reject(new Error(message.message));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'The question generator stopped unexpectedly.'));
		};
		worker.postMessage(request);
	});
}
