import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openWithSampleDeck, recordCspViolations } from './helpers';

/** Every HTML file of the build, the app-shell fallback (200.html) included. */
function builtPages(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return builtPages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The policy of a page's <meta http-equiv="content-security-policy">, directive by directive. */
function policyOf(html: string): Map<string, string[]> {
	const metas = [
		...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)
	];
	expect(metas, 'exactly one CSP meta tag').toHaveLength(1);
	const policy = new Map<string, string[]>();
	for (const directive of (metas[0]?.[1] ?? '').split(';')) {
		const [name, ...values] = directive.trim().split(/\s+/);
		if (name) policy.set(name, values);
	}
	return policy;
}

test('every built page carries a strict content security policy', () => {
	const pages = builtPages();
	expect(pages.map((page) => relative('build', page))).toEqual(
		expect.arrayContaining(['200.html', 'index.html', 'add.html', 'study.html'])
	);
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const policy = policyOf(html);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts, `${file}: script-src`).not.toContain("'unsafe-inline'");
		expect(scripts, `${file}: script-src`).not.toContain("'unsafe-eval'");
		expect(policy.get('object-src'), `${file}: object-src`).toEqual(["'none'"]);
		expect(policy.get('base-uri'), `${file}: base-uri`).toEqual(["'none'"]);
		expect(policy.get('connect-src'), `${file}: connect-src`).toEqual(["'self'"]);
		// Each inline script SvelteKit writes (the hydration bootstrap) is allowed by its hash and
		// nothing else is: the policy is strict and the page still starts.
		const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
			(m) =>
				`'sha256-${createHash('sha256')
					.update(m[1] ?? '')
					.digest('base64')}'`
		);
		expect(inline.length, `${file}: inline scripts`).toBeGreaterThan(0);
		expect(scripts.filter((source) => source.startsWith("'sha")).sort()).toEqual(inline.sort());
		// Inline event handlers cannot be allowed by a hash; there must be none.
		expect(html, `${file}: inline event handlers`).not.toMatch(/<[^>]+\son[a-z]+=/i);
	}
});

test('no route trips the content security policy', async ({ page }) => {
	const violations = await recordCspViolations(page);
	await openWithSampleDeck(page);
	for (const path of ['/add', '/study', '/quiz', '/progress', '/settings', '/no-such-page']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	// Deck pages are served by the app-shell fallback; the reader starts the engine's worker.
	await page.goto('/');
	await page.getByRole('link', { name: SAMPLE_TITLE, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
	await page.getByRole('link', { name: 'Read the article' }).click();
	await expect(page.getByText('Tap a highlighted fact')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Tap a highlighted fact')).toBeVisible();
	expect(violations).toEqual([]);
});
