import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { SAMPLE_TITLE, answerByKeyboard, openWithSampleDeck, studyCounts } from './helpers';

/** A touch swipe across the card: Playwright has no swipe, so send the pointer events. */
async function swipe(page: Page, card: Locator, dx: number): Promise<void> {
	const box = await card.boundingBox();
	if (!box) throw new Error('card not visible');
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	const init = { pointerType: 'touch', isPrimary: true, pointerId: 7, bubbles: true };
	await card.dispatchEvent('pointerdown', { ...init, clientX: x, clientY: y });
	await card.dispatchEvent('pointermove', { ...init, clientX: x + dx / 2, clientY: y });
	await card.dispatchEvent('pointerup', { ...init, clientX: x + dx, clientY: y });
}

test('first launch shows the sample deck, once', async ({ page }) => {
	await openWithSampleDeck(page);
	await expect(page.getByText(/\d+ new · \d+ cards/)).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: SAMPLE_TITLE, exact: true })).toHaveCount(1);
});

test('five flashcards by keyboard and five by tap and swipe; progress survives a reload', async ({
	page
}) => {
	await openWithSampleDeck(page);
	await page.getByRole('link', { name: 'Study', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Study', level: 1 })).toBeVisible();
	const [, , newBefore] = await studyCounts(page);

	for (const grade of ['3', '3', '1', '4', '2'] as const) await answerByKeyboard(page, grade);

	const card = page.getByRole('article', { name: 'Flashcard' });
	for (const dx of [160, -160, 160, 160, -160]) {
		const id = await card.getAttribute('data-card');
		await card.tap();
		await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
		await swipe(page, card, dx);
		await expect(card).not.toHaveAttribute('data-card', id ?? '');
	}

	// Undo brings the last card back, unanswered.
	await page.keyboard.press('u');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

	await page.reload();
	const [learning, , newAfter] = await studyCounts(page);
	expect(newAfter).toBeLessThan(newBefore);
	expect(learning).toBeGreaterThan(0);

	// The answers were stored: the deck list counts them too.
	await page.goto('/');
	await expect(page.getByText(/\d+ due · \d+ new/)).toBeVisible();
});

test('grade buttons show the next interval for each answer', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.goto('/study');
	await page.getByRole('button', { name: 'Show answer' }).click();
	for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
		await expect(
			page.getByRole('button', { name: new RegExp(`^${name}\\s+next in`) })
		).toBeVisible();
	}
	await expect(page.getByText('From the article', { exact: true })).toBeVisible();
});

test('a whole study session works offline', async ({ page, context, ownServer }) => {
	await openWithSampleDeck(page, ownServer.origin);
	await waitForServiceWorkerControl(page);
	await ownServer.stop();
	await context.setOffline(true);

	await page.goto(`${ownServer.origin}/study`);
	for (let i = 0; i < 3; i++) await answerByKeyboard(page, '3');
	await page.reload();
	const [learning] = await studyCounts(page);
	expect(learning).toBeGreaterThan(0);
});

test('two tabs stay current and both answers are kept', async ({ page, context }) => {
	await openWithSampleDeck(page);
	const other = await context.newPage();
	await other.goto('/study');
	await page.goto('/study');
	const [, , newBefore] = await studyCounts(page);

	await answerByKeyboard(page, '3');
	// The other tab's live query sees the first tab's answer without a reload.
	await expect.poll(async () => (await studyCounts(other))[2]).toBe(newBefore - 1);
	await answerByKeyboard(other, '3');
	await expect.poll(async () => (await studyCounts(page))[2]).toBe(newBefore - 2);
	await other.close();
});

test('the deck list counts cards coming due while it stays open', async ({ page }) => {
	// A phone keeps the app open for days: no transaction tells the list that time has passed.
	await page.clock.install();
	await openWithSampleDeck(page);
	await page.goto('/study');
	await answerByKeyboard(page, '4');
	await page.getByRole('link', { name: 'Decks', exact: true }).click();
	const deck = page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE });
	await expect(deck.getByText(/^0 due$/)).toBeVisible();

	await page.clock.fastForward(30 * 24 * 60 * 60 * 1000);
	await expect(deck.getByText(/^1 due$/)).toBeVisible();
});
