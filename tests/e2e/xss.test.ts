import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import {
	exportBackup,
	openWithSampleDeck,
	recordCspViolations,
	replaceWithBackup
} from './helpers';

/**
 * Markup, Svelte syntax and script URLs a hostile article or backup might carry. Each would set
 * window.__xss (or call alert) if it ever ran; shown as text, it is harmless.
 */
const PAYLOADS = [
	'<img src=x onerror="window.__xss=1;alert(1)">',
	'<svg onload="window.__xss=2;alert(1)">',
	'javascript:window.__xss=3;alert(1)',
	'</script><script>window.__xss=4;alert(1)</script>',
	"{@html '<b>x</b>'}",
	'{#if true}x{/if}',
	'${window.__xss=7,alert(1)}',
	'<iframe srcdoc="<script>parent.__xss=8;parent.alert(1)</script>"></iframe>',
	'"><img src=x onerror="window.__xss=9;alert(1)">'
];

const ARTICLE = [
	'TOKYO — Japanese Prime Minister Fumio Kishida opened a climate summit on Monday, March 3, 2025, where 40 countries pledged to cut emissions by 30 percent.',
	'"We cannot wait any longer," Kishida said.',
	...PAYLOADS
].join('\n\n');

interface AttackWatch {
	/** Fails if any payload ran, in any document the page has opened so far. */
	expectNothingRan(): void;
}

const test = base.extend<{ watch: AttackWatch }>({
	// Provides a record of every sign that a payload ran: a dialog, a write to window.__xss (caught
	// by a setter in every document, so it survives navigation) or a CSP violation.
	watch: async ({ page }, use) => {
		const signs: string[] = [];
		page.on('dialog', (dialog) => {
			signs.push(`dialog: ${dialog.message()}`);
			void dialog.dismiss();
		});
		await page.exposeFunction('__xssRan', (value: string) => signs.push(`__xss = ${value}`));
		await page.addInitScript(() => {
			const report = (window as unknown as { __xssRan(value: string): void }).__xssRan;
			Object.defineProperty(window, '__xss', { set: (value) => report(String(value)) });
		});
		const csp = await recordCspViolations(page);
		const watch = {
			expectNothingRan: () => expect([...signs, ...csp.map((v) => `CSP: ${v}`)]).toEqual([])
		};
		await use(watch);
		watch.expectNothingRan();
	}
});

/** Every payload shows on the page exactly as typed. */
async function expectShownLiterally(page: Page): Promise<void> {
	for (const payload of PAYLOADS) await expect(page.getByText(payload).first()).toBeVisible();
}

/**
 * The reader shows every payload as text, with no element made from it. Its highlights carry a
 * visually hidden "(Quote)" for screen readers, which is left out of the comparison.
 */
async function expectReaderShowsLiterally(page: Page): Promise<void> {
	await expect(page.getByText('Tap a highlighted fact')).toBeVisible();
	const article = page.getByRole('article');
	await expect(article.locator('img, svg, iframe, script, b')).toHaveCount(0);
	const shown = await article.evaluate((element) => {
		const copy = element.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
		return copy.textContent ?? '';
	});
	for (const payload of PAYLOADS) expect(shown).toContain(payload);
}

/** Fills the add form the way a person does: the title is suggested when the text loses focus. */
async function fillArticle(page: Page, title: string): Promise<void> {
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByLabel('Article text').blur();
	await expect(page.getByLabel('Title')).not.toHaveValue('');
	await page.getByLabel('Title').fill(title);
}

/** Finds facts, saves the deck and returns on its page. */
async function generateAndSave(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Find facts and questions' }).click();
	await expect(page.getByRole('heading', { name: /^Questions \(/ })).toBeVisible();
	await page.getByRole('button', { name: /^Save deck/ }).click();
	await expect(page.getByRole('link', { name: 'Read the article' })).toBeVisible();
}

test('hostile article text, title and edited answer show as text and never run', async ({
	page,
	watch
}) => {
	await openWithSampleDeck(page);
	await page.getByRole('link', { name: 'Add', exact: true }).click();
	const title = PAYLOADS[0] ?? '';
	await fillArticle(page, title);
	await page.getByRole('button', { name: 'Find facts and questions' }).click();
	await expect(page.getByRole('heading', { name: /^Questions \(/ })).toBeVisible();

	// Edit the first question whose answer can be edited (a multiple choice's cannot).
	const answer = PAYLOADS[8] ?? '';
	const edits = page.getByRole('button', { name: /^Edit question \d+$/ });
	for (let i = 0; ; i++) {
		expect(i, 'some question has an editable answer').toBeLessThan(await edits.count());
		await edits.nth(i).click();
		const field = page.getByLabel('Answer', { exact: true });
		if ((await field.count()) > 0) {
			await field.fill(answer);
			await page.getByRole('button', { name: 'Done editing' }).click();
			break;
		}
		await page.getByRole('button', { name: 'Done editing' }).click();
	}
	await expect(page.getByText(`Answer: ${answer}`)).toBeVisible();
	watch.expectNothingRan();

	await page.getByRole('button', { name: /^Save deck/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByText(`Answer: ${answer}`)).toBeVisible();
	watch.expectNothingRan();

	await page.getByRole('link', { name: 'Read the article' }).click();
	await expectReaderShowsLiterally(page);
	await page.goto('/');
	await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('a hostile backup imports as text and never runs', async ({ page, watch }) => {
	await openWithSampleDeck(page);
	await page.goto('/settings');
	const backup = await exportBackup(page);
	const [article] = backup.data.articles;
	if (!article) throw new Error('the sample deck should be in the backup');
	article.title = PAYLOADS[1] ?? '';
	article.text = ARTICLE;
	// Every card's prompt carries a payload, so whichever card Study shows first has one.
	backup.data.cards.forEach((card, i) => {
		Object.assign(card.question, { prompt: `Q${i}: ${PAYLOADS[i % PAYLOADS.length]}` });
	});
	await replaceWithBackup(page, 'hostile.json', backup);
	await expect(page.getByText('Replaced your data with 1 deck')).toBeVisible();

	await page.goto('/');
	await page.getByRole('link', { name: article.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
	await expectShownLiterally(page);
	watch.expectNothingRan();

	await page.goto('/study');
	const card = page.getByRole('article', { name: 'Flashcard' });
	const prompt = await card.getByText(/^Q\d+: /).innerText();
	const index = Number(prompt.match(/^Q(\d+)/)?.[1]);
	expect(prompt).toBe(`Q${index}: ${PAYLOADS[index % PAYLOADS.length]}`);
	await page.keyboard.press('Space');
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();

	await page.goto(`/decks/${article.id}/read`);
	await expectReaderShowsLiterally(page);
});

test('a hostile share-target link fills the form as text and drops the script URL', async ({
	page,
	watch
}) => {
	await openWithSampleDeck(page);
	const title = PAYLOADS[3] ?? '';
	const query = new URLSearchParams({ title, text: ARTICLE, url: 'javascript:alert(1)' });
	await page.goto(`/add?${query}`);
	await expect(page.getByLabel('Title')).toHaveValue(title);
	await expect(page.getByLabel('Article text')).toHaveValue(ARTICLE);
	await expect(page.getByLabel('Source URL (optional)')).toHaveValue('');
	watch.expectNothingRan();

	await generateAndSave(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

	// A script URL typed into the form by hand is not kept either.
	await page.goto('/add');
	await fillArticle(page, 'Typed by hand');
	await page.getByLabel('Source URL (optional)').fill('javascript:alert(1)');
	await generateAndSave(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Typed by hand');
	await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
});
