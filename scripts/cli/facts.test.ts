import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFactsArgs, runFacts } from './facts';

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
		out.push(String(chunk));
		return true;
	});
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
		err.push(String(chunk));
		return true;
	});
	return { out, err };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('parseFactsArgs', () => {
	it('reads --date in both spellings and the files', () => {
		expect(parseFactsArgs(['--date', '2025-02-09', 'a.txt', 'b.txt'])).toEqual({
			date: '2025-02-09',
			files: ['a.txt', 'b.txt']
		});
		expect(parseFactsArgs(['--date=2025-02-09', 'a.txt'])).toEqual({
			date: '2025-02-09',
			files: ['a.txt']
		});
	});

	it('explains bad arguments', () => {
		expect(parseFactsArgs([])).toMatch(/no FILE/);
		expect(parseFactsArgs(['--date', 'soon', 'a.txt'])).toMatch(/--date/);
		expect(parseFactsArgs(['--verbose', 'a.txt'])).toMatch(/unknown option/);
	});
});

describe('runFacts', () => {
	it('prints one JSON line per file and fails after a missing one', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdeck-facts-'));
		const article = join(dir, 'article.txt');
		const binary = join(dir, 'blob.bin');
		writeFileSync(article, 'North Korean leader Kim Jong Un spoke. “We are strong,” Kim said.');
		writeFileSync(binary, Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7) % 256)));
		const { out, err } = capture();
		const code = await runFacts([article, join(dir, 'missing.txt'), binary]);
		expect(code).toBe(1);
		expect(out).toHaveLength(2);
		const first = JSON.parse(out[0] ?? '{}');
		expect(Object.keys(first)).toEqual([
			'file',
			'people',
			'organizations',
			'places',
			'dates',
			'numbers',
			'quotes'
		]);
		expect(first.people[0]).toMatchObject({ name: 'Kim Jong Un', roles: ['North Korean leader'] });
		expect(first.quotes[0]).toMatchObject({ text: 'We are strong,', speaker: 'Kim Jong Un' });
		expect(Object.keys(first.quotes[0])).toEqual(['text', 'speaker', 'start', 'end']);
		expect(Object.keys(first.people[0])).toEqual(['name', 'aliases', 'roles', 'mentions']);
		expect(JSON.parse(out[1] ?? '{}').file).toBe(binary);
		expect(err.join('')).toMatch(/missing\.txt/);
	});

	it('exits 2 on a usage error', async () => {
		const { err } = capture();
		expect(await runFacts(['--date'])).toBe(2);
		expect(err.join('')).toMatch(/usage/);
	});
});
