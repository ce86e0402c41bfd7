/**
 * The texts every benchmark runs on: the sample article and a long stretch of news prose.
 * Kept apart from `bench.ts` so a section can run standalone without importing the whole run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function countWords(text: string): number {
	let words = 0;
	for (const m of text.matchAll(/\S+/g)) if (m[0]) words++;
	return words;
}

/** The sample article shipped with the app. */
export function sampleArticle(): string {
	return readFileSync(join(root, 'src/lib/sample/seed-article.txt'), 'utf8');
}

/** At least `words` words of news prose, built from the MEANTIME dev articles in fixtures. */
export function newsCorpus(words = 100_000): string {
	const dir = join(root, 'tests/fixtures/meantime-dev');
	const articles = readdirSync(dir)
		.filter((f) => f.endsWith('.txt') && !f.startsWith('LICENSE'))
		.sort()
		.map((f) => readFileSync(join(dir, f), 'utf8'));
	const parts: string[] = [];
	let count = 0;
	while (count < words) {
		for (const article of articles) {
			parts.push(article);
			count += countWords(article);
			if (count >= words) break;
		}
	}
	return parts.join('\n\n');
}
