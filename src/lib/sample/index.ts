import { ENGINE_VERSION } from '$lib/engine';
import type { SampleDeck } from '$lib/db';
import { seedFor } from '$lib/article/validate';
import { generateDeck } from '$lib/workers/generate';
import text from './seed-article.txt?raw';

/** The article every new learner starts with, so the app is useful before anything is typed. */
export const SAMPLE_TITLE = 'Kim Jong Un vows to expand North Korea’s nuclear arsenal';

/** Generates the sample deck with the same engine (in its worker) as any pasted article. */
export async function buildSampleDeck(): Promise<SampleDeck> {
	const { questions } = await generateDeck({ text, seed: seedFor(text) });
	return {
		article: { title: SAMPLE_TITLE, text, engineVersion: ENGINE_VERSION, isSample: true },
		questions
	};
}
