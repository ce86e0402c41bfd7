import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TYPES = ['Multiple choice', 'True or false', 'Fill in the blank', 'Matching', 'Put in order'];
type TypeLabel = (typeof TYPES)[number];

interface BackupCard {
	id: string;
	articleId: string;
	questionId: string;
	question: { type: string; fact: string; source: object };
	[field: string]: unknown;
}
interface Backup {
	data: { cards: BackupCard[]; schedules: { cardId: string }[] };
}

/**
 * Waits for the sample deck the app seeds on first launch and makes sure it has an ordering
 * question. The engine asks for a chronological order only when it can place the events in one
 * year, which needs the article's publication date; until the sample deck carries one, the test
 * adds an ordering card through the app's own backup import, the way a learner's data arrives.
 */
async function sampleDeckWithEveryType(page: Page) {
	await page.goto('/');
	// Seeding runs the question generator in a worker; give it a moment on a busy machine.
	await expect(page.getByRole('link', { name: /^Quiz: .*Kim Jong Un/ })).toBeVisible({
		timeout: 30_000
	});
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup' }).click();
	const backup = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as Backup;
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
	await page.getByLabel('Choose a backup file').setInputFiles({
		name: 'with-ordering.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await page.getByRole('dialog').getByRole('button', { name: 'Replace my data' }).click();
	await expect(page.getByText('Replaced your data with')).toBeVisible();
}

/** The current question's type, read from its heading ("Question 2 of 5: Matching"). */
async function questionType(page: Page): Promise<{ type: TypeLabel; heading: Locator }> {
	const heading = page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+/ });
	await expect(heading).toBeVisible();
	const text = (await heading.textContent()) ?? '';
	const type = TYPES.find((label) => text.includes(label));
	if (!type) throw new Error(`unknown question type in "${text}"`);
	return { type, heading };
}

function verdict(page: Page) {
	return page.getByRole('heading', { level: 3, name: /Correct|Not quite/ });
}

/** Presses Tab until `target` has focus: how a keyboard user reaches a control. */
async function tabTo(page: Page, target: Locator, max = 60) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).include('#main').analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('a quiz asks every question type, gives feedback, scores and retries the missed ones', async ({
	page
}) => {
	await sampleDeckWithEveryType(page);
	await page.goto('/');
	await page.getByRole('link', { name: /^Quiz: .*Kim Jong Un/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
	// Five questions and five types: exactly one of each.
	await page.getByLabel('Number of questions').fill('5');
	await page.getByRole('button', { name: 'Start quiz' }).click();

	const seen = new Set<TypeLabel>();
	let right = 0;
	for (let n = 1; n <= 5; n++) {
		const { type, heading } = await questionType(page);
		await expect(heading).toHaveText(new RegExp(`Question ${n} of 5`));
		await expect(heading).toBeFocused();
		seen.add(type);
		const question = page.getByRole('region', { name: /^Question/ });
		if (n === 1) await expectNoAxeViolations(page);

		if (type === 'Multiple choice' || type === 'True or false') {
			const group = question.getByRole('group').first();
			await group.getByRole('radio').first().check();
			await question.getByRole('button', { name: 'Check answer' }).click();
		} else if (type === 'Fill in the blank') {
			// Certainly wrong, so there is something to retry.
			await question.getByRole('textbox', { name: 'Your answer for the blank' }).fill('zzzz');
			await question.getByRole('button', { name: 'Check answer' }).click();
		} else if (type === 'Matching') {
			const lefts = question.getByRole('list', { name: 'Items' }).getByRole('button');
			const rights = question.getByRole('list', { name: 'Matches' }).getByRole('button');
			const count = await lefts.count();
			const check = question.getByRole('button', { name: 'Check answer' });
			await expect(check).toBeDisabled();
			// Tap to pair, tap a paired item to unpair, then pair again.
			await lefts.nth(0).click();
			await expect(lefts.nth(0)).toHaveAttribute('aria-pressed', 'true');
			await rights.nth(0).click();
			await expect(lefts.nth(0)).toHaveAccessibleName(/, paired with /);
			await expect(page.getByRole('status').filter({ hasText: /^Paired / })).toBeAttached();
			await rights.nth(0).click();
			await expect(lefts.nth(0)).not.toHaveAccessibleName(/paired with/);
			for (let i = 0; i < count; i++) {
				await lefts.nth(i).click();
				await rights.nth(i).click();
			}
			await expectNoAxeViolations(page);
			await check.click();
		} else {
			const moveDown = question.getByRole('button', { name: /^Move down: / }).first();
			const name = ((await moveDown.getAttribute('aria-label')) ?? '').replace('Move down: ', '');
			await moveDown.click();
			await expect(
				page.getByRole('status').filter({ hasText: 'moved to position 2' })
			).toBeAttached();
			// Focus follows the item, so pressing Enter again keeps moving it the same way.
			await expect(question.getByRole('button', { name: `Move down: ${name}` })).toBeFocused();
			await expectNoAxeViolations(page);
			await question.getByRole('button', { name: 'Check order' }).click();
		}

		await expect(verdict(page)).toBeVisible();
		const correct = ((await verdict(page).textContent()) ?? '').includes('Correct');
		if (correct) right++;
		await expect(
			page.getByRole('status').filter({ hasText: correct ? /^Correct\.$/ : /^Not quite\./ })
		).toBeAttached();
		if (type === 'Fill in the blank') {
			expect(correct).toBe(false);
			// The source sentence marks the answer, as text.
			await expect(page.getByRole('figure').locator('mark').first()).toBeVisible();
		}
		const next = page.getByRole('button', { name: n === 5 ? 'See results' : 'Next question' });
		await expect(next).toBeFocused();
		await next.click();
	}
	expect([...seen].sort()).toEqual([...TYPES].sort());

	await expect(page.getByRole('heading', { level: 2, name: 'Results' })).toBeFocused();
	await expect(page.getByText(`You got ${right} of 5 right (`)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Quiz finished' })).toHaveText(
		new RegExp(`You got ${right} of 5 right`)
	);
	await expect(page.getByRole('heading', { name: 'Missed questions' })).toBeVisible();
	await expectNoAxeViolations(page);

	const missed = 5 - right;
	await page.getByRole('button', { name: `Retry missed (${missed})` }).click();
	await expect(page.getByText('Retrying missed questions')).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: new RegExp(`^Question 1 of ${missed}`) })
	).toBeVisible();

	// Every answer was scheduled: the progress page counts today's reviews, but simpler and
	// independent of its layout is IndexedDB itself.
	const reviews = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const count = open.result.transaction('reviews').objectStore('reviews').count();
					count.onsuccess = () => resolve(count.result);
				};
			})
	);
	expect(reviews).toBe(5);
});

test('a whole quiz works with the keyboard alone', async ({ page }) => {
	await sampleDeckWithEveryType(page);
	// From here on, only the keyboard.
	await page.goto('/quiz');
	const length = page.getByLabel('Number of questions');
	await tabTo(page, length);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('5');
	await tabTo(page, page.getByRole('button', { name: 'Start quiz' }));
	await page.keyboard.press('Enter');

	for (let n = 1; n <= 5; n++) {
		const { type } = await questionType(page);
		const question = page.getByRole('region', { name: /^Question/ });
		if (type === 'Multiple choice' || type === 'True or false') {
			await tabTo(page, question.getByRole('radio').first());
			await page.keyboard.press('Space');
			await expect(question.getByRole('radio').first()).toBeChecked();
			await tabTo(page, question.getByRole('button', { name: 'Check answer' }));
			await page.keyboard.press('Enter');
		} else if (type === 'Fill in the blank') {
			await tabTo(page, question.getByRole('textbox'));
			await page.keyboard.type('Kim Jong Un');
			await page.keyboard.press('Enter');
		} else if (type === 'Matching') {
			const lefts = question.getByRole('list', { name: 'Items' }).getByRole('button');
			const rights = question.getByRole('list', { name: 'Matches' }).getByRole('button');
			const count = await lefts.count();
			for (let i = 0; i < count; i++) {
				await tabTo(page, lefts.nth(i));
				await page.keyboard.press('Space');
				await tabTo(page, rights.nth(i));
				await page.keyboard.press('Enter');
				await expect(lefts.nth(i)).toHaveAccessibleName(/, paired with /);
			}
			await tabTo(page, question.getByRole('button', { name: 'Check answer' }));
			await page.keyboard.press('Enter');
		} else {
			await tabTo(page, question.getByRole('button', { name: /^Move down/ }).first());
			await page.keyboard.press('Enter');
			await tabTo(page, question.getByRole('button', { name: 'Check order' }));
			await page.keyboard.press('Enter');
		}
		await expect(verdict(page)).toBeVisible();
		await expect(page.getByRole('button', { name: /Next question|See results/ })).toBeFocused();
		await page.keyboard.press('Enter');
	}

	await expect(page.getByRole('heading', { level: 2, name: 'Results' })).toBeFocused();
	await expect(page.getByText(/You got \d of 5 right \(/)).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'New quiz' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
});
