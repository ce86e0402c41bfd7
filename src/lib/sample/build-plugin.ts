import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type * as Engine from '../engine/index';
import type * as Article from '../article/validate';
import { SAMPLE_PUBLISHED } from './published.ts';

const virtualId = 'virtual:sample-deck';
const resolvedId = `\0${virtualId}`;
const articlePath = 'src/lib/sample/seed-article.txt';

/**
 * Generates the sample deck's questions at build time with the app's own engine, so a new
 * learner's first launch loads no engine and no worker: the deck is ready at once, and the home
 * page stays within its JavaScript budget. The engine is pure and deterministic, so this is the
 * very deck the worker would make in the browser.
 */
export function sampleDeckPlugin(): Plugin {
	return {
		name: 'factdeck-sample-deck',
		resolveId(source) {
			return source === virtualId ? resolvedId : undefined;
		},
		async load(id) {
			if (id !== resolvedId) return undefined;
			// tsx imports the TypeScript engine into the build process without a separate compile step.
			const { tsImport } = await import('tsx/esm/api');
			const engine = (await tsImport('../engine/index.ts', import.meta.url)) as typeof Engine;
			const article = (await tsImport('../article/validate.ts', import.meta.url)) as typeof Article;
			const text = readFileSync(articlePath, 'utf8');
			this.addWatchFile(articlePath);
			const options = { referenceDate: SAMPLE_PUBLISHED, seed: article.seedFor(text) };
			const facts = engine.extractFacts(text, options);
			const questions = engine.generateQuestions(text, facts, options);
			return `export default ${JSON.stringify(questions)};`;
		}
	};
}
