import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Kim Jong Un vows to expand North Korea’s nuclear arsenal';

/** Opens the app and waits until the first launch has seeded the sample deck. */
export async function openWithSampleDeck(page: Page, origin = ''): Promise<void> {
	await page.goto(`${origin}/`);
	await expect(page.getByRole('link', { name: SAMPLE_TITLE, exact: true })).toBeVisible({
		timeout: 20_000
	});
}

/** The "N learning · N to review · N new" line of the study page, as numbers. */
export async function studyCounts(page: Page): Promise<[number, number, number]> {
	const text = await page.getByTestId('cards-left').innerText();
	const [learning = NaN, review = NaN, fresh = NaN] = [...text.matchAll(/\d+/g)].map((match) =>
		Number(match[0])
	);
	return [learning, review, fresh];
}

/** Answers the card on screen from the keyboard: Space shows the answer, a digit grades it. */
export async function answerByKeyboard(page: Page, grade: '1' | '2' | '3' | '4'): Promise<void> {
	const card = page.getByRole('article', { name: 'Flashcard' });
	const id = await card.getAttribute('data-card');
	await page.keyboard.press('Space');
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
	await page.keyboard.press(grade);
	await expect(card).not.toHaveAttribute('data-card', id ?? '');
}

export interface BackupCard {
	id: string;
	articleId: string;
	questionId: string;
	question: { type: string; fact: string; source: object };
	[field: string]: unknown;
}
export interface BackupArticle {
	id: string;
	title: string;
	text: string;
	[field: string]: unknown;
}
/** The parts of a backup (docs/backup-format.md) that tests read or edit. */
export interface Backup {
	data: {
		articles: BackupArticle[];
		cards: BackupCard[];
		schedules: { cardId: string }[];
		[table: string]: unknown[];
	};
	[field: string]: unknown;
}

/** Clicks Export on the settings page (which must be open) and reads the file it saved. */
export async function exportBackup(page: Page): Promise<Backup> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup' }).click();
	return JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as Backup;
}

/**
 * Waits for the sample deck the app seeds on first launch and makes sure it has an ordering
 * question. The engine asks for a chronological order only when it can place the events in one
 * year, which needs the article's publication date; until the sample deck carries one, the test
 * adds an ordering card through the app's own backup import, the way a learner's data arrives.
 */
export async function sampleDeckWithEveryType(page: Page) {
	await page.goto('/');
	// Seeding runs the question generator in a worker; give it a moment on a busy machine.
	await expect(page.getByRole('link', { name: /^Quiz: .*Kim Jong Un/ })).toBeVisible({
		timeout: 30_000
	});
	await page.goto('/settings');
	const backup = await exportBackup(page);
	const { cards, schedules } = backup.data;
	if (cards.some((card) => card.question.type === 'ordering')) return;

	const dated = cards.find((card) => card.question.fact === 'date');
	const schedule = schedules.find((s) => s.cardId === dated?.id);
	if (!dated || !schedule) throw new Error('the sample deck should have a question about a date');
	const items = [
		'The previous meetings between Trump and Kim',
		'Trump took office',
		'The Fox News interview aired'
	];
	const id = `${dated.articleId}:e2e-ordering`;
	cards.push({
		...dated,
		id,
		questionId: 'e2e-ordering',
		question: {
			...dated.question,
			id: 'e2e-ordering',
			type: 'ordering',
			prompt: 'Put these events in chronological order, earliest first.',
			answer:
				'The previous meetings between Trump and Kim (2018-19) → Trump took office (January 20) → The Fox News interview aired (January 23)',
			items
		} as BackupCard['question']
	});
	schedules.push({ ...schedule, cardId: id });
	await replaceWithBackup(page, 'with-ordering.json', backup);
}

/**
 * Restores `backup` through the settings page (which must be open), replacing everything after
 * the confirmation, and waits for the summary: how a learner's data from another phone arrives.
 */
export async function replaceWithBackup(page: Page, name: string, backup: unknown): Promise<void> {
	await page.getByLabel('Choose a backup file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await page.getByRole('dialog').getByRole('button', { name: 'Replace my data' }).click();
	await expect(page.getByText('Replaced your data with')).toBeVisible();
}

/** Presses Tab until `target` has focus: how a keyboard user reaches a control. */
export async function tabTo(page: Page, target: Locator, max = 60) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Collects every content-security-policy violation in every document the page opens from now on
 * (the init script runs in each new document; the exposed function outlives navigations).
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__reportCspViolation', (report: string) => violations.push(report));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation(text: string): void })
				.__reportCspViolation;
			report(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`
			);
		});
	});
	return violations;
}
