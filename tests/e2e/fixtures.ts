import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startPreview, type PreviewServer } from '../../scripts/preview-server';

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
		const server = await startPreview();
		await use(server);
		await server.stop();
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
