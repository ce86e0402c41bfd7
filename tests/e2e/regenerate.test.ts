import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	SAMPLE_TITLE,
	answerByKeyboard,
	exportBackup,
	openWithSampleDeck,
	replaceWithBackup,
	studyCounts
} from './helpers';

/** Prompts of the deck page's question rows whose status is not "New", i.e. studied cards. */
async function studiedPrompts(page: Page): Promise<string[]> {
	const rows = page.getByRole('region', { name: 'Questions' }).getByRole('listitem');
	const studied: string[] = [];
	for (const row of await rows.all()) {
		const status = await row.locator('.status').innerText();
		if (status !== 'New') studied.push(await row.locator('.prompt').innerText());
	}
	return studied.sort();
}

test('regenerating a deck keeps the progress of the cards already studied', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.getByRole('link', { name: SAMPLE_TITLE, exact: true }).click();
	await expect(page).toHaveURL(/\/decks\/[^/]+$/);
	const deckUrl = page.url();
	await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
	expect(await studiedPrompts(page)).toEqual([]);

	await page.getByRole('link', { name: 'Study flashcards' }).click();
	await expect(page.getByTestId('cards-left')).toBeVisible();
	for (const grade of ['3', '3', '1'] as const) await answerByKeyboard(page, grade);
	// Read on a fresh page: on the study page itself the counts can trail the last answer.
	const studyUrl = deckUrl.replace(/\/decks\//, '/study?deck=');
	await page.goto(studyUrl);
	await expect(page.getByTestId('cards-left')).toBeVisible();
	const countsBefore = await studyCounts(page);

	await page.goto(deckUrl);
	const rows = page.getByRole('region', { name: 'Questions' }).getByRole('listitem');
	await expect(rows.first()).toBeVisible();
	const studied = await studiedPrompts(page);
	expect(studied).toHaveLength(3);
	const summary = page.getByText(/\d+ due · \d+ new · \d+ cards/);
	const summaryBefore = await summary.innerText();

	await page.getByRole('button', { name: 'Regenerate questions' }).click();
	const message = page.getByRole('status').filter({ hasText: 'kept their progress' });
	await expect(message).toHaveText(
		/Regenerated: \d+ questions kept their progress, \d+ new, \d+ removed\./
	);
	const kept = Number(/(\d+) questions kept/.exec(await message.innerText())?.[1] ?? NaN);
	expect(kept).toBeGreaterThanOrEqual(studied.length);
	await expect(page.getByRole('button', { name: 'Regenerate questions' })).toBeEnabled();

	// Read back after a reload: the same cards are still studied, and the deck's counts did not
	// fall back to "all new".
	await page.reload();
	await expect(rows.first()).toBeVisible();
	expect(await studiedPrompts(page)).toEqual(studied);
	await expect(summary).toHaveText(summaryBefore);
	await page.goto(studyUrl);
	await expect(page.getByTestId('cards-left')).toBeVisible();
	expect(await studyCounts(page)).toEqual(countsBefore);
});

test('a deck written by an earlier engine offers to regenerate it', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.goto('/settings');
	const backup = await exportBackup(page);
	const [article] = backup.data.articles;
	if (!article) throw new Error('no sample deck in the backup');
	article.engineVersion = '1';
	await replaceWithBackup(page, 'old-engine.json', backup);

	await page.goto(`/decks/${article.id}`);
	const notice = page.getByText(/written by an earlier version of Factdeck/);
	await expect(notice).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	await page.getByRole('button', { name: 'Regenerate questions' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: 'kept their progress' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
	await expect(notice).toHaveCount(0);
});
