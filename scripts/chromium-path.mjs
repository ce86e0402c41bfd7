import { existsSync } from 'node:fs';

/**
 * Which Chromium the end-to-end tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own download if one is installed. `npx playwright install` cannot download
 * on machines without internet access, so the system browser comes first.
 * @returns {Promise<string | undefined>}
 */
export async function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	try {
		const { chromium } = await import('@playwright/test');
		const bundled = chromium.executablePath();
		if (bundled && existsSync(bundled)) return bundled;
	} catch {
		// Playwright has no browser of its own here.
	}
	return undefined;
}

/**
 * The machine has no internet: without these flags, Chromium keeps retrying Google's services
 * (component updates, sync, QUIC probes), which slows every run and adds requests to measurements.
 */
export const offlineChromiumFlags = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
