import { expect, test } from './fixtures';

test('the app is installable: no installability errors and a complete manifest', async ({
	persistent,
	baseURL,
	request
}) => {
	const page = await persistent.context.newPage();
	await page.goto(`${baseURL}/`);
	await page.evaluate(() => navigator.serviceWorker.ready);

	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
		installabilityErrors: { errorId: string }[];
	};
	expect(installabilityErrors).toEqual([]);

	const link = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(link).toBeTruthy();
	const manifest = await (await request.get(link!)).json();
	expect(manifest).toMatchObject({
		name: 'Factdeck',
		short_name: expect.any(String),
		description: expect.any(String),
		id: expect.any(String),
		start_url: expect.any(String),
		scope: expect.any(String),
		display: 'standalone',
		theme_color: expect.any(String),
		background_color: expect.any(String),
		categories: ['education']
	});

	const icons = manifest.icons as { sizes: string; purpose?: string }[];
	const anyPurpose = (size: string) =>
		icons.some((icon) => icon.sizes === size && (icon.purpose ?? 'any').split(' ').includes('any'));
	expect(anyPurpose('192x192')).toBe(true);
	expect(anyPurpose('512x512')).toBe(true);
	expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

	const shortcutNames = (manifest.shortcuts as { name: string }[]).map((s) => s.name);
	expect(shortcutNames).toEqual(expect.arrayContaining(['Study due cards', 'Add article']));

	expect(manifest.share_target).toMatchObject({
		action: '/add',
		method: 'GET',
		params: { title: 'title', text: 'text', url: 'url' }
	});

	// Every icon the manifest names is served.
	for (const icon of manifest.icons as { src: string }[]) {
		expect((await request.get(icon.src)).ok()).toBe(true);
	}
});

test('sharing an article to Factdeck opens the add page pre-filled', async ({ page }) => {
	const shared = new URLSearchParams({
		title: 'Kim pledges to expand arsenal',
		text: 'North Korean leader Kim Jong Un spoke on Sunday.',
		url: 'https://news.example/kim'
	});
	await page.goto(`/add?${shared}`);
	await expect(page.getByLabel('Title')).toHaveValue('Kim pledges to expand arsenal');
	await expect(page.getByLabel('Article text')).toHaveValue(
		'North Korean leader Kim Jong Un spoke on Sunday.'
	);
	await expect(page.getByLabel(/Source URL/)).toHaveValue('https://news.example/kim');
});
