/// <reference lib="webworker" />
// Extraction and question generation run here so the page never blocks while they work.
import { EXTRACT_STAGES, extractFacts, generateQuestions } from '$lib/engine';
import type { GenerateMessage, GenerateRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: GenerateMessage) {
	scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<GenerateRequest>) => {
	const { text, referenceDate, seed } = event.data;
	const started = performance.now();
	try {
		// Every stage of extraction is a step, and writing the questions one more.
		const steps = EXTRACT_STAGES + 1;
		post({ type: 'progress', stage: 'facts', step: 0, steps });
		const facts = extractFacts(text, {
			referenceDate,
			onProgress: (done) => post({ type: 'progress', stage: 'facts', step: done, steps })
		});
		post({ type: 'progress', stage: 'questions', step: EXTRACT_STAGES, steps });
		const questions = generateQuestions(text, facts, { seed, referenceDate });
		post({ type: 'done', facts, questions, ms: performance.now() - started });
	} catch (error) {
		post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
