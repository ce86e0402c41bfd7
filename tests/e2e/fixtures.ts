import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface PreviewServer {
	/** Origin of a preview server of the production build that only this test uses. */
	origin: string;
	/** Stops the server, so that only the service worker can answer afterwards. */
	stop(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`preview server at ${url} did not start within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
			return resolve();
		child.once('exit', () => resolve());
		// The server runs in its own process group (detached), so npx and vite stop together.
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			resolve();
		}
	});
}

/** Waits until a service worker controls the page: from then on it can answer offline. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise<void>((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
		);
	});
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

export interface PersistentBrowser {
	/** A browser context backed by a profile folder on disk, as an installed app's would be. */
	context: BrowserContext;
	/** Closes (or kills) the browser and opens it again on the same profile. */
	relaunch(options?: { kill?: boolean }): Promise<BrowserContext>;
}

export const test = base.extend<{ ownServer: PreviewServer; persistent: PersistentBrowser }>({
	// Provides a private `vite preview` of the production build, for tests that must stop the
	// network (offline) or change what the server serves (update), without disturbing others.
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this pattern
	ownServer: async ({}, use) => {
		const port = await freePort();
		const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
			detached: true,
			stdio: 'ignore'
		});
		const origin = `http://localhost:${port}`;
		await waitForHttp(origin, 30_000);
		await use({ origin, stop: () => stopProcess(child) });
		await stopProcess(child);
	},

	// Provides a non-incognito browser on a real profile: needed for installability (Chrome never
	// offers to install from incognito) and for tests that kill the browser and relaunch it.
	persistent: async ({ browserName: _browserName, launchOptions, contextOptions }, use) => {
		const profile = await mkdtemp(join(tmpdir(), 'factdeck-profile-'));
		const launch = () =>
			chromium.launchPersistentContext(profile, { ...launchOptions, ...contextOptions });
		let context = await launch();
		const browser: PersistentBrowser = {
			get context() {
				return context;
			},
			async relaunch(options = {}) {
				if (options.kill) {
					// A persistent context exposes no browser process: find Chromium by its profile folder.
					spawnSync('pkill', ['-KILL', '-f', profile]);
					await context.close().catch(() => {});
				} else {
					await context.close();
				}
				context = await launch();
				return context;
			}
		};
		await use(browser);
		await context.close().catch(() => {});
		await rm(profile, { recursive: true, force: true });
	}
});

export { expect };
