import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { replaceWithBackup } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

interface Card {
	id: string;
	articleId: string;
	fact: string;
}
interface Schedule {
	cardId: string;
	[field: string]: unknown;
}
interface Backup {
	data: { cards: Card[]; schedules: Schedule[]; reviews: unknown[]; articles: { id: string }[] };
}

const LABELS: Record<string, string> = {
	person: 'people',
	role: 'positions',
	quote: 'quotes',
	date: 'dates',
	number: 'numbers',
	organization: 'organizations',
	place: 'places',
	acronym: 'acronyms'
};

/** The number on the progress page's tile called `name` ("New", "Study streak"…). */
function tile(page: Page, name: string) {
	return page
		.locator('dl > div')
		.filter({ has: page.getByRole('term').getByText(name, { exact: true }) })
		.getByRole('definition');
}

/** The sample deck as the app's own backup: a valid file to add answers to. */
async function sampleBackup(page: Page): Promise<Backup> {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 2, name: /Kim Jong Un/ })).toBeVisible();
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup' }).click();
	return JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
}

/** One answer in the backup format; the memory-state details do not matter to the page. */
function review(id: number, card: Card, reviewedAt: number, rating: number, prevState: number) {
	const state = {
		due: reviewedAt,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: prevState,
		last_review: null
	};
	const log = {
		rating,
		state: prevState,
		due: reviewedAt,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		last_elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		review: reviewedAt
	};
	return {
		id,
		cardId: card.id,
		articleId: card.articleId,
		rating,
		mode: 'flashcard',
		answer: '',
		correct: rating > 1,
		durationMs: 4000,
		reviewedAt,
		prevState,
		prev: state,
		log
	};
}

/**
 * Twelve days of study of two cards of different kinds: the first always right (and mastered),
 * the second wrong every other day. Answers today are a minute old, so they fall in today's study
 * day unless the test runs in the minute after 4 am.
 */
function withTwelveDaysOfStudy(backup: Backup, now: number) {
	const [first, second] = [...new Set(backup.data.cards.map((c) => c.fact))].map((kind) =>
		backup.data.cards.find((c) => c.fact === kind)!
	);
	if (!first || !second) throw new Error('the sample deck should have two kinds of fact');
	const reviews = [];
	for (let day = 11; day >= 0; day--) {
		const at = now - day * DAY - 60_000;
		const prevState = day === 11 ? 0 : 2;
		reviews.push(review(reviews.length + 1, first, at, 3, prevState));
		reviews.push(review(reviews.length + 1, second, at, day % 2 ? 1 : 3, prevState));
	}
	const studied = (card: Card, stability: number, dueInDays: number) => {
		const schedule = backup.data.schedules.find((s) => s.cardId === card.id)!;
		Object.assign(schedule, {
			state: 2,
			stability,
			difficulty: 5,
			due: now + dueInDays * DAY,
			elapsed_days: 1,
			scheduled_days: dueInDays,
			reps: 12,
			lapses: 5,
			last_review: now - 60_000
		});
	};
	studied(first, 30, 3);
	studied(second, 4, 1);
	backup.data.reviews = reviews;
	return { backup, weakKind: LABELS[second.fact] };
}

test('progress shows the sample deck’s counts before any study', async ({ page }) => {
	const cards = (await sampleBackup(page)).data.cards.length;
	await page.goto('/progress');
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	await expect(tile(page, 'New')).toHaveText(new RegExp(`^${cards}\\b`));
	await expect(tile(page, 'Review')).toHaveText(/^0\b/);
	await expect(tile(page, 'Mastered')).toHaveText(/^0\b/);
	await expect(tile(page, 'Reviews today')).toHaveText(/^0\b/);
	await expect(page.getByRole('heading', { name: 'No reviews yet' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Deck' })).toHaveValue('');
});

test('after answers, the charts and their tables show them', async ({ page }) => {
	const now = Date.now();
	const { backup, weakKind } = withTwelveDaysOfStudy(await sampleBackup(page), now);
	await replaceWithBackup(page, 'studied.json', backup);

	await page.goto('/progress');
	await expect(tile(page, 'Reviews today')).toHaveText(/^2\b/);
	await expect(tile(page, 'Review')).toHaveText(/^2\b/);
	await expect(tile(page, 'Mastered')).toHaveText(/^1\b/);
	await expect(tile(page, 'Study streak')).toHaveText('12 days');
	await expect(page.getByRole('heading', { name: 'No reviews yet' })).toHaveCount(0);

	// Each chart is one image with a summary in words, and a table behind "Show as table".
	await expect(
		page.getByRole('img', { name: /^Due forecast: 0 cards due today, 2 in the next 7 days/ })
	).toBeVisible();
	await expect(
		page.getByRole('img', { name: /^Review calendar for the last 26 weeks: 24 answers on 12 days/ })
	).toBeVisible();
	const calendar = page.getByRole('region', { name: 'Review calendar' });
	await calendar.getByText('Show as table').click();
	await expect(calendar.getByRole('table')).toBeVisible();
	await expect(calendar.getByRole('row')).toHaveCount(13);

	const forecast = page.getByRole('region', { name: 'Due in the next 30 days' });
	await forecast.getByText('Show as table').click();
	await expect(forecast.getByRole('row')).toHaveCount(31);

	const accuracy = page.getByRole('region', { name: 'Accuracy by kind of fact' });
	await expect(accuracy).toContainText(
		`You mix up ${weakKind} most often: 50% right over 12 answers.`
	);
	await expect(
		accuracy.getByRole('row', { name: new RegExp(`${weakKind} 12 50%`, 'i') })
	).toBeVisible();

	// With the tables open too, in both themes: contrast of the chart text and the colours.
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page }).include('#main').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	}

	const retention = page.getByRole('region', { name: 'True retention per month' });
	await expect(
		retention.getByRole('img', { name: /^True retention per month: 77%/ })
	).toBeVisible();

	// One deck: same numbers, and the choice is in the address for a reload.
	await page.getByRole('combobox', { name: 'Deck' }).selectOption({ index: 1 });
	await expect(page).toHaveURL(new RegExp(`\\?deck=${backup.data.articles[0]!.id}`));
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Deck' })).toHaveValue(
		backup.data.articles[0]!.id
	);
	await expect(tile(page, 'Study streak')).toHaveText('12 days');
});
