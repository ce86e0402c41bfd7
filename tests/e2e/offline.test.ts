import { expect, test, waitForServiceWorkerControl } from './fixtures';

const topLevelRoutes = [
	{ path: '/', heading: 'Your decks' },
	{ path: '/study', heading: 'Study' },
	{ path: '/add', heading: 'Add an article' },
	{ path: '/progress', heading: 'Progress' },
	{ path: '/settings', heading: 'Settings' }
];

test('after the first visit every route and a deep link work with the network cut', async ({
	page,
	context,
	ownServer
}) => {
	await page.goto(`${ownServer.origin}/`);
	await waitForServiceWorkerControl(page);

	await ownServer.stop();
	await context.setOffline(true);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();

	for (const route of topLevelRoutes) {
		await page.goto(`${ownServer.origin}${route.path}`);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
	}

	// A deck page is not prerendered: the precached app shell must serve it.
	await page.goto(`${ownServer.origin}/decks/some-deck-id`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

	// Client-side navigation offline, through the bottom navigation.
	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
});

test('a first visit through a deep link installs the offline worker too', async ({
	page,
	context
}) => {
	// A shared link to a deck opens the app shell at /decks/<id>; the worker must register at the
	// root from there, not relative to the deck's path.
	const registrations: string[] = [];
	context.on('serviceworker', (worker) => registrations.push(new URL(worker.url()).pathname));
	await page.goto('/decks/some-deck-id/read');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await waitForServiceWorkerControl(page);
	expect(registrations).toEqual(['/sw.js']);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(
		new URL('/', page.url()).href
	);
});
