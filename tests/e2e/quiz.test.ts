import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sampleDeckWithEveryType, tabTo } from './helpers';

const TYPES = ['Multiple choice', 'True or false', 'Fill in the blank', 'Matching', 'Put in order'];
type TypeLabel = (typeof TYPES)[number];

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
