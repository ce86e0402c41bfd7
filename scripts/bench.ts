/**
 * `npm run bench`: speed and memory of the fact engine, with compromise as the yardstick.
 * Each section prints its own figures; add a section to `benchSections` to extend the run
 * (question generation, bundle sizes). Reads only repository files, never ../shared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import nlp from 'compromise';
import { extractFacts } from '../src/lib/engine/index';
import { benchDatabase } from './bench-db';
import { benchQuestions } from './bench-questions';
import { countWords, newsCorpus, sampleArticle } from './bench-texts';
import { SAMPLE_TITLE } from '../tests/e2e/helpers';
import {
	FIRST_LOAD_JS_BUDGET,
	PRECACHE_BUDGET,
	firstLoadFigures,
	kb,
	mib,
	precacheFigures
} from './budgets';
import { findChromium, chromiumArgs } from './chromium-path.mjs';
import { startPreview } from './preview-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchSection {
	name: string;
	run: () => void | Promise<void>;
}

/**
 * Best wall time in ms of `runs` calls, after `runs` warm-up calls (so the JIT has run). The
 * best run, not the mean: on a shared machine the slow runs measure the neighbours.
 */
export function timeIt(fn: () => unknown, runs = 3): number {
	for (let i = 0; i < runs; i++) fn();
	let best = Infinity;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		best = Math.min(best, performance.now() - t0);
	}
	return best;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function compromiseEntities(text: string): number {
	const doc = nlp(text);
	return doc.people().length + doc.organizations().length + doc.places().length;
}

/** Memory first, before anything else has grown the heap: 1 MB of text through the engine. */
function memorySection(): void {
	let text = newsCorpus(20_000);
	while (text.length < 1_000_000) text += `\n\n${text}`;
	text = text.slice(0, 1_000_000);
	const before = process.memoryUsage();
	const peakBefore = process.resourceUsage().maxRSS * 1024;
	const facts = extractFacts(text);
	const after = process.memoryUsage();
	const peak = process.resourceUsage().maxRSS * 1024;
	console.log(`1 MB of text (${fmt(countWords(text))} words, ${facts.people.length} people)`);
	console.log(`  peak RSS ${mb(peak)} (was ${mb(peakBefore)} before the run)`);
	console.log(
		`  RSS delta ${mb(after.rss - before.rss)}, heap delta ${mb(after.heapUsed - before.heapUsed)}`
	);
}

function speedSection(): void {
	const texts: [string, string][] = [
		['sample article', sampleArticle()],
		['news corpus', newsCorpus()]
	];
	for (const [label, text] of texts) {
		const words = countWords(text);
		const runs = words > 10_000 ? 3 : 50;
		const engine = timeIt(() => extractFacts(text), runs);
		const compromise = timeIt(() => compromiseEntities(text), words > 10_000 ? 1 : 10);
		const engineRate = words / (engine / 1000);
		const compromiseRate = words / (compromise / 1000);
		console.log(`${label} (${fmt(words)} words)`);
		console.log(
			`  extractFacts            ${fmt(engineRate).padStart(10)} words/s (${engine.toFixed(1)} ms)`
		);
		console.log(
			`  compromise people/orgs/places ${fmt(compromiseRate).padStart(10)} words/s (${compromise.toFixed(1)} ms)`
		);
		console.log(`  ratio                   ${(engineRate / compromiseRate).toFixed(1)}× faster`);
	}
}

function growthSection(): void {
	const text = newsCorpus();
	const once = timeIt(() => extractFacts(text), 3);
	const four = [text, text, text, text].join('\n\n');
	const fourTimes = timeIt(() => extractFacts(four), 2);
	console.log(`1× ${fmt(countWords(text))} words: ${once.toFixed(0)} ms`);
	console.log(
		`4× ${fmt(countWords(four))} words: ${fourTimes.toFixed(0)} ms (ratio ${(fourTimes / once).toFixed(2)}, linear is 4)`
	);
}

/** The budgets `npm test` enforces (tests/e2e/budgets.test.ts), measured the same way. */
async function budgetSection(): Promise<void> {
	const build = join(root, 'build');
	if (!existsSync(join(build, 'sw.js'))) {
		console.log('no build/ yet: running npm run build…');
		execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
	} else {
		console.log('measuring the existing build/ (run npm run build first for fresh figures)');
	}
	const precache = precacheFigures(build);
	console.log(
		`precache           ${mib(precache.total).padStart(9)} in ${precache.files.length} files (budget ${mib(PRECACHE_BUDGET)})`
	);

	const executablePath = await findChromium();
	if (!executablePath) {
		console.log('first-load JS      skipped: no Chromium (see scripts/ensure-chromium.mjs)');
		return;
	}
	const server = await startPreview();
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		const context = await browser.newContext();
		const { scripts, total } = await firstLoadFigures(context, server.origin, SAMPLE_TITLE);
		console.log(
			`first-load JS      ${kb(total).padStart(9)} gzipped in ${scripts.length} scripts (budget ${kb(FIRST_LOAD_JS_BUDGET)})`
		);
		const bySw = scripts.filter((file) => file.runBy === 'service worker');
		const swTotal = bySw.reduce((sum, file) => sum + file.bytes, 0);
		console.log(`  page ${kb(total - swTotal)}, service worker ${kb(swTotal)}`);
		const largest = [...scripts].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
		for (const file of largest) console.log(`  ${kb(file.bytes).padStart(9)}  ${file.url}`);
	} finally {
		await browser.close();
		await server.stop();
	}
}

export const benchSections: BenchSection[] = [
	{ name: 'Engine memory', run: memorySection },
	{ name: 'Engine growth', run: growthSection },
	{ name: 'Engine speed vs compromise', run: speedSection },
	{
		name: 'Question generation',
		run: async () => {
			const texts = [
				{ name: 'sample article', text: sampleArticle() },
				{ name: 'news corpus', text: newsCorpus() }
			];
			for (const line of await benchQuestions(texts)) console.log(line);
		}
	},
	{ name: 'Database in Chromium (10,000 cards, 100,000 reviews)', run: benchDatabase },
	{ name: 'Build budgets', run: budgetSection }
];

export async function runBench(sections: BenchSection[] = benchSections): Promise<void> {
	for (const section of sections) {
		console.log(`\n== ${section.name} ==`);
		await section.run();
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await runBench();
}
