/**
 * Question generation speed, for `npm run bench`: `generateQuestions` timed alone (facts are
 * extracted once beforehand) and set against the extraction time of the same text. The target
 * is generation under 10% of extraction; growth with text size should be about linear.
 * Standalone: `npx tsx scripts/bench-questions.ts`.
 *
 * Extraction and generation run in alternate rounds and the best round of each counts, so a
 * busy neighbour slows both alike rather than one of them. Before every generation the
 * normalisation memo is emptied: a deck generated again from the same article would otherwise
 * find its strings normalised already and look faster than any learner's new article.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../src/lib/engine/extract';
import { generateQuestions } from '../src/lib/engine/questions';
import { forgetNormalized } from '../src/lib/engine/questions/normalize';
import { stableId } from '../src/lib/engine/questions/stable-id';
import type { Question } from '../src/lib/engine/types';
import { countWords, newsCorpus, sampleArticle } from './bench-texts';

export interface BenchText {
	name: string;
	text: string;
}

function elapsed(fn: () => unknown): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

/**
 * What any generator of this deck must spend, whatever its design: the stable id of every
 * question (#4 asks for ids from the normalised answer and proving sentence), from a cold memo.
 */
function idFloor(questions: Question[]): number {
	forgetNormalized();
	return elapsed(() => {
		for (const q of questions) stableId(q.type, q.fact, [q.answer], q.source.sentence);
	});
}

/** One line per text: words, extraction and generation time, generation's share, deck size. */
export async function benchQuestions(texts: BenchText[], seed = 1): Promise<string[]> {
	const lines: string[] = [];
	for (const { name, text } of texts) {
		const n = countWords(text);
		const rounds = n > 10_000 ? 8 : 200;
		const facts = extractFacts(text);
		let extract = Infinity;
		let generate = Infinity;
		let floor = Infinity;
		let questions: Question[] = [];
		for (let round = 0; round <= rounds; round++) {
			const e = elapsed(() => extractFacts(text));
			forgetNormalized();
			const g = elapsed(() => {
				questions = generateQuestions(text, facts, { seed });
			});
			const f = idFloor(questions);
			// Round 0 warms the JIT up and does not count.
			if (round === 0) continue;
			extract = Math.min(extract, e);
			generate = Math.min(generate, g);
			floor = Math.min(floor, f);
		}
		const pct = (ms: number): string => `${((100 * ms) / extract).toFixed(1)}%`;
		lines.push(
			`${name} (${n.toLocaleString('en-US')} words): generateQuestions ${generate.toFixed(2)} ms = ` +
				`${pct(generate)} of extractFacts ${extract.toFixed(2)} ms (target < 10%), ` +
				`${questions.length} questions; their stable ids alone ${floor.toFixed(2)} ms = ${pct(floor)}`
		);
	}
	// Growth: the same text four times over should take about four times as long.
	const last = texts[texts.length - 1];
	if (last) {
		const four = Array(4).fill(last.text).join('\n\n');
		const factsOnce = extractFacts(last.text);
		const factsFour = extractFacts(four);
		const best = (text: string, facts: typeof factsOnce, runs: number): number => {
			let ms = Infinity;
			for (let i = 0; i < runs; i++) {
				forgetNormalized();
				ms = Math.min(
					ms,
					elapsed(() => generateQuestions(text, facts, { seed }))
				);
			}
			return ms;
		};
		const once = best(last.text, factsOnce, 3);
		const fourTimes = best(four, factsFour, 2);
		lines.push(
			`growth: 4× ${last.name} ${fourTimes.toFixed(0)} ms vs 1× ${once.toFixed(0)} ms ` +
				`(ratio ${(fourTimes / once).toFixed(2)}, linear is 4)`
		);
	}
	return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const texts = [
		{ name: 'sample article', text: sampleArticle() },
		{ name: 'news corpus', text: newsCorpus() }
	];
	for (const line of await benchQuestions(texts)) console.log(line);
}
