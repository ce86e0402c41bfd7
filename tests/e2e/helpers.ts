import { expect, type Page } from '@playwright/test';

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
	const text = await page.getByLabel('Cards left').innerText();
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
