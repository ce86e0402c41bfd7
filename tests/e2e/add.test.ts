import { expect, test } from './fixtures';
import { openWithSampleDeck } from './helpers';

const article = `Tokyo hosts climate summit
TOKYO — Japanese Prime Minister Fumio Kishida opened a climate summit on Monday, March 3, 2025, where 40 countries pledged to cut emissions by 30 percent.
"We cannot wait any longer," Kishida said. United Nations Secretary-General António Guterres praised the pledge.
The summit, organised by the United Nations Environment Programme (UNEP), ends on Friday.`;

test('an article pasted in becomes a deck after reviewing its questions', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.getByRole('link', { name: 'Add', exact: true }).click();
	await page.getByLabel('Article text').fill(article);
	await page.getByLabel('Article text').blur();
	await expect(page.getByLabel('Title')).toHaveValue('Tokyo hosts climate summit');
	await page.getByLabel(/Publication date/).fill('2025-03-03');
	await page.getByRole('button', { name: 'Find facts and questions' }).click();

	await expect(page.getByRole('heading', { name: 'Facts found' })).toBeVisible();
	await expect(page.getByText('Fumio Kishida').first()).toBeVisible();
	const heading = page.getByRole('heading', { name: /^Questions \(\d+ of \d+ kept\)/ });
	const total = Number((await heading.innerText()).match(/of (\d+)/)?.[1]);

	// Drop one question and correct another's wording.
	await page.getByRole('checkbox', { name: 'Keep question 1', exact: true }).uncheck();
	await page.getByRole('button', { name: 'Edit question 2', exact: true }).click();
	await page.getByLabel('Question', { exact: true }).fill('My own wording of this question?');
	await page.getByRole('button', { name: 'Done editing' }).click();
	await expect(heading).toHaveText(`Questions (${total - 1} of ${total} kept)`);

	await page.getByRole('button', { name: /^Save deck/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Tokyo hosts climate summit' })
	).toBeVisible();
	await expect(page.getByText(/\d+ due · \d+ new · \d+ cards/)).toBeVisible();
	await expect(page.getByText('My own wording of this question?')).toBeVisible();

	await page.goto('/');
	await expect(
		page.getByRole('link', { name: 'Tokyo hosts climate summit', exact: true })
	).toBeVisible();
});

test('an article file (.html) is read as text and becomes a deck', async ({ page }) => {
	await page.goto('/add');
	const html = `<html><head><title>Summit</title><script>window.hacked = 1</script></head><body><nav>Home | World</nav><article><h1>Climate summit in Tokyo</h1>${article
		.split('\n')
		.slice(1)
		.map((line) => `<p>${line}</p>`)
		.join('')}</article></body></html>`;
	await page.getByLabel(/Or pick a file/).setInputFiles({
		name: 'summit.html',
		mimeType: 'text/html',
		buffer: Buffer.from(html)
	});
	await expect(page.getByLabel('Title')).toHaveValue('Climate summit in Tokyo');
	await expect(page.getByLabel('Article text')).toHaveValue(
		/^Climate summit in Tokyo\s+TOKYO — Japanese Prime Minister/
	);
	await expect(page.getByLabel('Article text')).not.toHaveValue(/Home \| World|window\.hacked/);
	await page.getByRole('button', { name: 'Find facts and questions' }).click();
	await page.getByRole('button', { name: /^Save deck/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Climate summit in Tokyo' })
	).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)
	).toBeUndefined();
});

test('bad input gets a clear message and saves nothing', async ({ page }) => {
	await openWithSampleDeck(page);
	await page.goto('/add');
	await page.getByRole('button', { name: 'Find facts and questions' }).click();
	await expect(page.getByRole('alert')).toHaveText(/empty/);

	await page.getByLabel(/Or pick a file/).setInputFiles({
		name: 'photo.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 73) % 256))
	});
	await expect(page.getByRole('alert')).toHaveText(/does not contain text/);

	await page.getByLabel(/Or pick a file/).setInputFiles({
		name: 'huge.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(5 * 1024 * 1024, 'word ')
	});
	await expect(page.getByRole('alert')).toHaveText(/5\.0 MB/);

	await page.getByLabel('Article text').fill('the and of it is to a in that');
	await page.getByRole('button', { name: 'Find facts and questions' }).click();
	await expect(page.getByRole('alert')).toHaveText(/no facts/);

	await page.goto('/');
	await expect(page.locator('.deck')).toHaveCount(1);
});

test('a long article’s progress bar moves through the stages of reading it', async ({ page }) => {
	await page.goto('/add');
	// About 10,000 words: each stage of extraction is a message of its own.
	await page.getByLabel('Article text').fill(Array(120).fill(article).join('\n\n'));
	await page.getByLabel('Title').fill('A long article');
	// Record every value the bar shows, from the first to the last.
	await page.evaluate(() => {
		const seen: number[] = [];
		(window as unknown as { progressSeen: number[] }).progressSeen = seen;
		new MutationObserver(() => {
			const bar = document.querySelector('progress');
			if (bar && !seen.includes(bar.value)) seen.push(bar.value);
		}).observe(document.body, { subtree: true, childList: true, attributes: true });
	});
	await page.getByRole('button', { name: 'Find facts and questions' }).click();
	await expect(page.getByRole('heading', { name: 'Facts found' })).toBeVisible({ timeout: 60_000 });
	const seen = await page.evaluate(
		() => (window as unknown as { progressSeen: number[] }).progressSeen
	);
	const between = seen.filter((value) => value > 0 && value < 100);
	expect(between.length).toBeGreaterThanOrEqual(3);
	expect(seen).toEqual([...seen].sort((a, b) => a - b));
});
