/**
 * Size budgets of the production build, measured one way for `npm test`
 * (tests/e2e/budgets.test.ts) and for `npm run bench` (the "Build budgets" section).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from '@playwright/test';

/** JavaScript a first visit to the home page may transfer, gzipped (issue #7). */
export const FIRST_LOAD_JS_BUDGET = 100 * 1024;
/** Everything the service worker stores for offline use, uncompressed, as it sits on disk. */
export const PRECACHE_BUDGET = 3 * 1024 * 1024;

export interface SizedFile {
	url: string;
	bytes: number;
}

export interface SizedScript extends SizedFile {
	/** Who ran it: the page (with its dedicated workers) or the service worker. */
	runBy: 'page' | 'service worker';
}

export interface PrecacheFigures {
	files: SizedFile[];
	total: number;
}

export interface FirstLoadFigures {
	scripts: SizedScript[];
	total: number;
}

/** `gzip -9` size: the served bytes vary with the server's compression, this does not. */
export function gzipSize(body: Buffer): number {
	return gzipSync(body, { level: 9 }).length;
}

/** Where a precache URL lives in build/: "/" is index.html, prerendered routes drop ".html". */
function fileFor(buildDir: string, url: string): string {
	const path = url.replace(/^\//, '').split(/[?#]/)[0] ?? '';
	if (path === '') return join(buildDir, 'index.html');
	const exact = join(buildDir, path);
	if (existsSync(exact) && statSync(exact).isFile()) return exact;
	return join(buildDir, `${path}.html`);
}

/**
 * Every file in build/sw.js's precache manifest with its size on disk. Throws when an entry has
 * no file: the worker's install would fail on it, so that is a broken build, not a figure.
 */
export function precacheFigures(buildDir = 'build'): PrecacheFigures {
	const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	const manifest = sw.match(/precacheAndRoute\(\[([\s\S]*?)\]/)?.[1];
	if (manifest === undefined) throw new Error(`${buildDir}/sw.js has no precache manifest`);
	// Workbox lists a URL twice when two glob rules match it (the icons); it stores it once.
	const urls = [...new Set([...manifest.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1] ?? ''))];
	const files = urls.map((url) => {
		const file = fileFor(buildDir, url);
		if (!existsSync(file)) throw new Error(`precached ${url} is missing from ${buildDir}/`);
		return { url, bytes: statSync(file).size };
	});
	return { files, total: files.reduce((sum, file) => sum + file.bytes, 0) };
}

function isScript(response: Response): boolean {
	const request = response.request();
	const path = new URL(response.url()).pathname;
	// 'fetch' requests are the service worker filling its precache in the background: data it
	// stores for later, not code this visit runs. Everything else that is .js runs: the page's
	// modules, lazily imported chunks, dedicated workers and the service worker's own scripts.
	return path.endsWith('.js') && request.resourceType() !== 'fetch' && response.ok();
}

/** Resolves once no request has been in flight for `quietMs`. */
async function networkQuiet(context: BrowserContext, quietMs: number): Promise<void> {
	let inFlight = 0;
	let last = Date.now();
	const start = () => {
		inFlight++;
		last = Date.now();
	};
	const end = () => {
		inFlight = Math.max(0, inFlight - 1);
		last = Date.now();
	};
	context.on('request', start);
	context.on('requestfinished', end);
	context.on('requestfailed', end);
	try {
		while (inFlight > 0 || Date.now() - last < quietMs) {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	} finally {
		context.off('request', start);
		context.off('requestfinished', end);
		context.off('requestfailed', end);
	}
}

/**
 * Opens `origin` in `context` (which must be fresh: no cache, no service worker, no data) and
 * sums the gzipped size of every script that first visit runs, until the sample deck is on
 * screen and the network has been quiet for a second.
 */
export async function firstLoadFigures(
	context: BrowserContext,
	origin: string,
	sampleTitle: string
): Promise<FirstLoadFigures> {
	const bodies: Promise<SizedScript>[] = [];
	const onResponse = (response: Response) => {
		if (!isScript(response)) return;
		const url = new URL(response.url()).pathname;
		const runBy = response.request().serviceWorker() ? 'service worker' : 'page';
		bodies.push(
			response.body().then(
				(body) => ({ url, runBy, bytes: gzipSize(body) }),
				// A body can vanish when its page or worker goes away; that is reported, not hidden.
				() => ({ url, runBy, bytes: NaN })
			)
		);
	};
	context.on('response', onResponse);
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await page
			.getByRole('link', { name: sampleTitle, exact: true })
			.waitFor({ state: 'visible', timeout: 30_000 });
		await networkQuiet(context, 1000);
		await page.close();
	} finally {
		context.off('response', onResponse);
	}
	const sized = await Promise.all(bodies);
	// One figure per URL: a script fetched twice (page and worker) is still one script.
	const scripts = [...new Map(sized.map((file) => [file.url, file])).values()].sort((a, b) =>
		a.url.localeCompare(b.url)
	);
	return { scripts, total: scripts.reduce((sum, file) => sum + file.bytes, 0) };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
