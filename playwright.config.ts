import { defineConfig, devices } from '@playwright/test';
import { findChromium, offlineChromiumFlags } from './scripts/chromium-path.mjs';

const executablePath = await findChromium();
// PREVIEW_PORT lets two test runs share a machine without sharing a server.
export const previewPort = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
	// Two cores: one worker per core; service-worker tests are slow to settle, so allow time.
	workers: process.env.CI ? 2 : undefined,
	fullyParallel: true,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${previewPort}`,
		...devices['Pixel 7'],
		// Service workers must be allowed for the offline and update tests.
		serviceWorkers: 'allow',
		launchOptions: {
			executablePath,
			args: offlineChromiumFlags
		},
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'chromium', testIgnore: /update\.test\.ts/ },
		// Publishing a new service worker changes what every preview server serves, so this runs
		// alone, after the others.
		{ name: 'service-worker-update', testMatch: /update\.test\.ts/, dependencies: ['chromium'] }
	],
	webServer: {
		// The tests run against the production build; `npm run test:e2e` builds it first.
		command: `npx vite preview --port ${previewPort} --strictPort`,
		port: previewPort,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
