// The version file alone: the engine's index would pull the whole engine into the first load.
import { ENGINE_VERSION } from '$lib/engine/version';
import type { SampleDeck } from '$lib/db';
import { SAMPLE_PUBLISHED } from './published';
import text from './seed-article.txt?raw';
import questions from 'virtual:sample-deck';

/** The article every new learner starts with, so the app is useful before anything is typed. */
export const SAMPLE_TITLE = 'Kim Jong Un vows to expand North Korea’s nuclear arsenal';

/** The sample deck: its article and the questions the engine made from it at build time. */
export function buildSampleDeck(): Promise<SampleDeck> {
	return Promise.resolve({
		article: {
			title: SAMPLE_TITLE,
			text,
			publishedAt: SAMPLE_PUBLISHED,
			engineVersion: ENGINE_VERSION,
			isSample: true
		},
		questions
	});
}
