/**
 * `npm run bench:db`: the data layer's speed in Chromium's real IndexedDB, with a steady user's
 * collection stored (10,000 cards, 100,000 reviews): building today's due queue, recording one
 * answer and reading the deck list, against the targets of issue #5.
 *
 * `bench-db-page.ts` is bundled with esbuild and served to a page at an http origin (IndexedDB
 * needs a real origin), in a browser with a profile on disk: an incognito context keeps
 * IndexedDB in memory, which would flatter every figure. Prints the median of `BENCH_RUNS` runs
 * (default 3), each on a freshly seeded database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumArgs, findChromium } from './chromium-path.mjs';
import type { BenchRun, PageBench } from './bench-db-page';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ORIGIN = 'http://bench.localhost';
const SIZE = { cards: 10_000, reviews: 100_000, now: Date.parse('2026-03-10T12:00:00Z') };
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

const TARGETS: { key: keyof BenchRun; label: string; targetMs: number }[] = [
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
		const runs: BenchRun[] = [];
		for (let i = 0; i < RUNS; i++) {
			const result = await page.evaluate(
				([name, size]) =>
					(globalThis as unknown as { factdeckBench: PageBench }).factdeckBench.run(name, size),
				[`factdeck-bench-${i}`, SIZE] as const
			);
			runs.push(result);
			const figures = TARGETS.map(({ key }) => result[key].toFixed(1)).join(' / ');
			console.log(
				`run ${i + 1}: seeded in ${(result.seedMs / 1000).toFixed(1)} s; queue / answer / list ms: ${figures}`
			);
		}
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
