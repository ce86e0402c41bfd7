import {
	FIRST_LOAD_JS_BUDGET,
	PRECACHE_BUDGET,
	firstLoadFigures,
	kb,
	mib,
	precacheFigures
} from '../../scripts/budgets';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE } from './helpers';

test('the first visit to the home page runs at most 100 KB of gzipped JavaScript', async ({
	context,
	baseURL
}) => {
	// Each test's context starts empty: no cache, no service worker and no data, as on a first launch.
	const { scripts, total } = await firstLoadFigures(context, baseURL ?? '', SAMPLE_TITLE);
	const list = scripts.map((file) => `${kb(file.bytes).padStart(9)}  ${file.url}`).join('\n');
	test.info().annotations.push({ type: 'first-load JS', description: `${kb(total)} gzipped` });
	expect(scripts.length).toBeGreaterThan(0);
	expect(total, `first-load JavaScript ${kb(total)} gzipped:\n${list}`).toBeLessThanOrEqual(
		FIRST_LOAD_JS_BUDGET
	);
});

test('the service worker precaches at most 3 MB', () => {
	const { files, total } = precacheFigures('build');
	test.info().annotations.push({ type: 'precache', description: mib(total) });
	// Every route must be there, or the app is not offline-first whatever its size.
	expect(files.map((file) => file.url)).toEqual(
		expect.arrayContaining(['/', 'add', 'study', 'quiz', 'progress', 'settings', '200.html'])
	);
	expect(total, `precache ${mib(total)} in ${files.length} files`).toBeLessThanOrEqual(
		PRECACHE_BUDGET
	);
});
