/**
 * Question generation speed, for `npm run bench`: `generateQuestions` timed alone (facts are
 * extracted once beforehand) and set against the extraction time of the same text. The target
 * is generation under 10% of extraction; growth with text size should be about linear.
 * Standalone: `npx tsx scripts/bench-questions.ts`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../src/lib/engine/extract';
import { generateQuestions } from '../src/lib/engine/questions';

export interface BenchText {
	name: string;
	text: string;
}

/** Median wall time in ms of `runs` calls, after one warm-up call. */
function median(fn: () => unknown, runs: number): number {
	fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? 0;
}

const words = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** One line per text: words, extraction and generation time, generation's share, deck size. */
export async function benchQuestions(texts: BenchText[], seed = 1): Promise<string[]> {
	const lines: string[] = [];
	for (const { name, text } of texts) {
		const n = words(text);
		const runs = n > 10_000 ? 3 : 20;
		const facts = extractFacts(text);
		const extract = median(() => extractFacts(text), runs);
		let count = 0;
		const generate = median(() => {
			count = generateQuestions(text, facts, { seed }).length;
		}, runs);
		const share = (100 * generate) / extract;
		lines.push(
			`${name} (${n.toLocaleString('en-US')} words): generateQuestions ${generate.toFixed(1)} ms, ` +
				`${share.toFixed(0)}% of extractFacts (${extract.toFixed(1)} ms; target < 10%), ` +
				`${count} questions`
		);
	}
	// Growth: the same text four times over should take about four times as long.
	const last = texts[texts.length - 1];
	if (last) {
		const four = Array(4).fill(last.text).join('\n\n');
		const factsOnce = extractFacts(last.text);
		const factsFour = extractFacts(four);
		const once = median(() => generateQuestions(last.text, factsOnce, { seed }), 3);
		const fourTimes = median(() => generateQuestions(four, factsFour, { seed }), 1);
		lines.push(
			`growth: 4× ${last.name} ${fourTimes.toFixed(0)} ms vs 1× ${once.toFixed(0)} ms ` +
				`(ratio ${(fourTimes / once).toFixed(2)}, linear is 4)`
		);
	}
	return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	const sample = readFileSync(join(root, 'src/lib/sample/seed-article.txt'), 'utf8');
	const { newsCorpus } = await import('./bench');
	const texts = [
		{ name: 'sample article', text: sample },
		{ name: 'news corpus', text: newsCorpus() }
	];
	for (const line of await benchQuestions(texts)) console.log(line);
}
