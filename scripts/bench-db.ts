/**
 * `npm run bench:db`: the data layer's speed in Chromium's real IndexedDB, with a steady user's
 * collection stored (10,000 cards, 100,000 reviews): building today's due queue, recording one
 * answer and reading the deck list, against the targets of issue #5.
 *
 * `bench-db-page.ts` is bundled with esbuild and served to a page at an http origin (IndexedDB
 * needs a real origin), in a browser with a profile on disk: an incognito context keeps
 * IndexedDB in memory, which would flatter every figure. The database is seeded once, then
 * `runDbBench` runs `BENCH_RUNS` times (default 5) and the median of each figure is compared with
 * its target. Every run is printed: on a busy machine any run can be slow. Exits 1 on a miss.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumArgs, findChromium } from './chromium-path.mjs';
import type { DbBenchResult } from '../src/lib/db/bench';
import type { PageBench } from './bench-db-page';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ORIGIN = 'http://bench.localhost';
const SIZE = { cards: 10_000, reviews: 100_000, now: Date.parse('2026-03-10T12:00:00Z') };
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const DB_NAME = 'factdeck-bench';
// After 110,000 rows arrive at once the browser compacts its storage for a while, which slows
// every read; a learner's database grew over a year, so the runs wait for that to pass.
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 15_000);

const TARGETS: { key: keyof DbBenchResult; label: string; targetMs: number }[] = [
	{ key: 'dueQueueMs', label: "build today's due queue", targetMs: 50 },
	{ key: 'recordAnswerP95Ms', label: 'record one answer (p95)', targetMs: 5 },
	{ key: 'deckListMs', label: 'show the deck list', targetMs: 100 }
];

async function bundle(): Promise<string> {
	const result = await build({
		entryPoints: [join(root, 'scripts/bench-db-page.ts')],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		// The same code the app ships: minified, so nothing runs slower than in production.
		minify: true,
		write: false,
		alias: { $lib: join(root, 'src/lib') },
		logLevel: 'warning'
	});
	const [file] = result.outputFiles;
	if (!file) throw new Error('esbuild produced no bundle');
	return file.text;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Prints the database figures; sets a failing exit code when one misses its target. */
export async function benchDatabase(): Promise<void> {
	const script = await bundle();
	const profile = await mkdtemp(join(tmpdir(), 'factdeck-bench-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: await findChromium(),
		args: chromiumArgs
	});
	try {
		await context.route(`${ORIGIN}/**`, (route) => {
			const url = new URL(route.request().url());
			if (url.pathname === '/bench.js') {
				return route.fulfill({ contentType: 'text/javascript', body: script });
			}
			return route.fulfill({
				contentType: 'text/html',
				body: '<!doctype html><title>bench:db</title><script src="/bench.js"></script>'
			});
		});
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${ORIGIN}/`);
		const version =
			context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
		console.log(`bench:db in ${version}`);
		console.log(
			`${SIZE.cards.toLocaleString('en')} cards, ${SIZE.reviews.toLocaleString('en')} reviews; ` +
				`median of ${RUNS} run${RUNS > 1 ? 's' : ''}\n`
		);
		type Bench = { factdeckBench: PageBench };
		const seedMs = await page.evaluate(
			([name, size]) => (globalThis as unknown as Bench).factdeckBench.seed(name, size),
			[DB_NAME, SIZE] as const
		);
		console.log(`seeded in ${(seedMs / 1000).toFixed(1)} s; settling for ${SETTLE_MS / 1000} s`);
		await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
		const runs: DbBenchResult[] = [];
		for (let i = 0; i < RUNS; i++) {
			const result = await page.evaluate(
				([name, now]) => (globalThis as unknown as Bench).factdeckBench.run(name, now),
				[DB_NAME, SIZE.now] as const
			);
			runs.push(result);
			const figures = TARGETS.map(({ key }) => result[key].toFixed(1)).join(' / ');
			console.log(`run ${i + 1}: queue / answer / list ms: ${figures}`);
		}
		await page.evaluate(
			(name) => (globalThis as unknown as Bench).factdeckBench.drop(name),
			DB_NAME
		);
		console.log('');
		let missed = 0;
		for (const { key, label, targetMs } of TARGETS) {
			const ms = median(runs.map((r) => r[key]));
			const pass = ms <= targetMs;
			if (!pass) missed++;
			console.log(
				`${label.padEnd(26)} ${ms.toFixed(1).padStart(7)} ms   target ≤ ${String(targetMs).padStart(3)} ms   ${pass ? 'PASS' : 'MISS'}`
			);
		}
		process.exitCode = missed ? 1 : 0;
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await benchDatabase();
}
