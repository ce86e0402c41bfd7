import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, waitForServiceWorkerControl } from './fixtures';

// The preview server serves the service worker from the client build output.
const serviceWorkerFile = '.svelte-kit/output/client/sw.js';

/**
 * Publishes a "new version": the same service worker with one revision hash changed. The length
 * stays the same because the preview server (sirv) caches file sizes when it starts.
 */
function nextVersion(source: string): string {
	const revision = /revision:"([0-9a-f])/.exec(source);
	if (!revision || revision.index === undefined) throw new Error('no revision in sw.js');
	const at = revision.index + 'revision:"'.length;
	const changed = revision[1] === '0' ? '1' : '0';
	return source.slice(0, at) + changed + source.slice(at + 1);
}

test('a waiting new version shows a banner and reloads only when the learner asks', async ({
	page,
	ownServer
}) => {
	await page.goto(`${ownServer.origin}/study`);
	await waitForServiceWorkerControl(page);

	const original = await readFile(serviceWorkerFile, 'utf8');
	try {
		await writeFile(serviceWorkerFile, nextVersion(original));
		// A marker that a reload would erase.
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});

		const banner = page.getByRole('status').filter({ hasText: 'Update available' });
		await expect(banner).toBeVisible();
		await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();

		// The new worker is waiting, and the page has not reloaded by itself.
		expect(
			await page.evaluate(
				async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null
			)
		).toBe(true);
		await page.waitForTimeout(1500);
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

		await Promise.all([
			page.waitForEvent('load'),
			page.getByRole('button', { name: 'Reload' }).click()
		]);
		expect(
			await page.evaluate(() => (window as unknown as { marker?: number }).marker)
		).toBeUndefined();
		await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
		expect(
			await page.evaluate(
				async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null
			)
		).toBeNull();
	} finally {
		await writeFile(serviceWorkerFile, original);
	}
});
