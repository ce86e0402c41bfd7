import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { replaceWithBackup } from './helpers';

interface Backup {
	format: string;
	version: number;
	exportedAt: string;
	data: {
		articles: { id: string; title: string }[];
		cards: unknown[];
		reviews: unknown[];
		settings: { key: string; value: unknown }[];
	};
}

async function text(download: Download): Promise<string> {
	return readFile(await download.path(), 'utf8');
}

/** Opens the app and waits for the first-launch sample deck, so later reads see settled data. */
async function openWithSampleDeck(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 2, name: /Kim Jong Un/ })).toBeVisible();
}

/** Clicks Export on the settings page and reads the file the browser saved. */
async function exportBackup(page: Page): Promise<{ name: string; backup: Backup }> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup' }).click();
	const download = await downloading;
	return { name: download.suggestedFilename(), backup: JSON.parse(await text(download)) };
}

async function chooseBackupFile(page: Page, name: string, contents: string) {
	await page
		.getByLabel('Choose a backup file')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test('a changed study setting is kept after a reload', async ({ page }) => {
	await page.goto('/settings');
	const retention = page.getByRole('spinbutton', { name: 'Desired retention (%)' });
	await expect(retention).toHaveValue('90');
	await retention.fill('85');
	await retention.press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('spinbutton', { name: 'Desired retention (%)' })).toHaveValue('85');

	// Out of range: explained, and not saved.
	await retention.fill('100');
	await retention.press('Tab');
	await expect(page.getByText('Enter a whole percentage from 70 to 99.')).toBeVisible();
	await page.reload();
	await expect(retention).toHaveValue('85');
});

test('export downloads a versioned JSON backup of the decks', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.goto('/settings');
	const { name, backup } = await exportBackup(page);
	expect(name).toMatch(/^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	expect(backup).toMatchObject({ format: 'factdeck-backup', version: 1 });
	expect(backup.data.articles).toHaveLength(1);
	expect(backup.data.cards.length).toBeGreaterThan(0);
	await expect(page.getByRole('status').filter({ hasText: `Saved ${name}` })).toBeVisible();
});

test('an invalid backup is refused with the reason, and nothing changes', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.goto('/settings');
	const before = (await exportBackup(page)).backup;

	await chooseBackupFile(page, 'broken.json', '{"format": "factdeck-backup", "vers');
	// Filtered: the app shell keeps an empty alert region of its own.
	await expect(page.getByRole('alert').filter({ hasText: 'not valid JSON' })).toBeVisible();

	const wrong = structuredClone(before);
	wrong.data.articles[0]!.title = 'Should never be saved';
	(wrong.data.cards[0] as { suspended: number }).suspended = 7;
	await chooseBackupFile(page, 'wrong.json', JSON.stringify(wrong));
	await expect(
		page.getByRole('alert').filter({ hasText: 'cards[0].suspended: expected 0 or 1' })
	).toBeVisible();
	await expect(page.getByRole('dialog')).toHaveCount(0);

	const after = (await exportBackup(page)).backup;
	expect(after.data).toEqual(before.data);
});

test('a valid backup replaces the data after confirmation', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.goto('/settings');
	const incoming = (await exportBackup(page)).backup;
	incoming.data.articles[0]!.title = 'A deck from my other phone';
	incoming.data.settings = [{ key: 'desiredRetention', value: 0.8 }];

	await chooseBackupFile(page, 'other-phone.json', JSON.stringify(incoming));
	const dialog = page.getByRole('dialog', { name: 'Import this backup?' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText(`1 deck, ${incoming.data.cards.length} cards and 0 answers`);
	await expect(dialog.getByRole('button', { name: 'Merge' })).toBeFocused();
	await expect(dialog).toContainText('deletes every deck');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	// Cancel changes nothing and gives focus back to the file picker.
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(page.getByLabel('Choose a backup file')).toBeFocused();

	await chooseBackupFile(page, 'other-phone.json', JSON.stringify(incoming));
	await dialog.getByRole('button', { name: 'Replace my data' }).click();
	await expect(page.getByText('Replaced your data with 1 deck')).toBeVisible();
	await expect(page.getByLabel('Choose a backup file')).toBeFocused();
	await expect(page.getByRole('spinbutton', { name: 'Desired retention (%)' })).toHaveValue('80');

	const after = (await exportBackup(page)).backup;
	expect(after.data.articles.map((a) => a.title)).toEqual(['A deck from my other phone']);
	expect(after.data.settings).toEqual([{ key: 'desiredRetention', value: 0.8 }]);
	await page.goto('/');
	await expect(
		page.getByRole('heading', { level: 2, name: 'A deck from my other phone' })
	).toBeVisible();
});

test('the Anki export is a tab-separated file with Anki’s headers', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export for Anki' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^factdeck-anki-\d{4}-\d{2}-\d{2}\.txt$/);
	const anki = await text(download);
	const lines = anki.split('\n');
	expect(lines.slice(0, 5)).toEqual([
		'#separator:tab',
		'#html:false',
		'#notetype:Basic',
		'#tags column:3',
		'#deck column:4'
	]);
	expect(lines.length).toBeGreaterThan(5);
	// Column 4 names the deck (rows can span lines: the back quotes its source sentence).
	expect(anki).toMatch(/\tFactdeck::Kim Jong Un[^\t\n]*\n/);

	const quizlet = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export for Quizlet' }).click();
	const quizletText = await text(await quizlet);
	expect(quizletText.split('\n')[0]?.split('\t')).toHaveLength(2);
});

test('the theme travels in backups and a restored one applies at once', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const { backup } = await exportBackup(page);
	expect(backup.data.settings).toContainEqual({ key: 'theme', value: 'dark' });

	// The same backup from a phone set to light: restoring it switches this device to light.
	backup.data.settings = backup.data.settings.map((row) =>
		row.key === 'theme' ? { key: 'theme', value: 'light' } : row
	);
	await replaceWithBackup(page, 'light-phone.json', backup);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
	// And the first paint of the next visit uses it (localStorage follows the table).
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
