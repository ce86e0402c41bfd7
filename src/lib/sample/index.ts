import { ENGINE_VERSION } from '$lib/engine';
import type { SampleDeck } from '$lib/db';
import { seedFor } from '$lib/article/validate';
import { generateDeck } from '$lib/workers/generate';
import text from './seed-article.txt?raw';

/** The article every new learner starts with, so the app is useful before anything is typed. */
export const SAMPLE_TITLE = 'Kim Jong Un vows to expand North Korea’s nuclear arsenal';

/**
 * The article's publication date (the day after the Korean People's Army's 77th anniversary, the
 * Sunday of its first sentence): it lets date questions be ordered and resolved to full dates.
 */
const SAMPLE_PUBLISHED = '2025-02-09';

/** Generates the sample deck with the same engine (in its worker) as any pasted article. */
export async function buildSampleDeck(): Promise<SampleDeck> {
	const { questions } = await generateDeck({
		text,
		referenceDate: SAMPLE_PUBLISHED,
		seed: seedFor(text)
	});
	return {
		article: {
			title: SAMPLE_TITLE,
			text,
			publishedAt: SAMPLE_PUBLISHED,
			engineVersion: ENGINE_VERSION,
			isSample: true
		},
		questions
	};
}
