/// <reference lib="webworker" />
// Extraction and question generation run here so the page never blocks while they work.
import { extractFacts, generateQuestions } from '$lib/engine';
import type { GenerateMessage, GenerateRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: GenerateMessage) {
	scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<GenerateRequest>) => {
	const { text, referenceDate, seed } = event.data;
	const started = performance.now();
	try {
		post({ type: 'progress', stage: 'facts', step: 1, steps: 2 });
		const facts = extractFacts(text, { referenceDate });
		post({ type: 'progress', stage: 'questions', step: 2, steps: 2 });
		const questions = generateQuestions(text, facts, { seed, referenceDate });
		post({ type: 'done', facts, questions, ms: performance.now() - started });
	} catch (error) {
		post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
