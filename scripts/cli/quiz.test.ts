import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseQuizArgs, runQuiz, titleOf } from './quiz';

const sample = fileURLToPath(new URL('../../src/lib/sample/seed-article.txt', import.meta.url));

/** Runs the command and captures what it prints. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
	const code = await runQuiz(args);
	vi.restoreAllMocks();
	return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('factdeck quiz', () => {
	it('prints one JSON object per file with the contract keys', async () => {
		const { code, out, err } = await run(['--date', '2025-02-09', '--seed', '42', sample, sample]);
		expect(err).toBe('');
		expect(code).toBe(0);
		const lines = out.trim().split('\n');
		expect(lines).toHaveLength(2);
		const deck = JSON.parse(lines[0] as string);
		expect(Object.keys(deck)).toEqual(['file', 'title', 'questions']);
		expect(deck.title).toMatch(/^SEOUL, South Korea — North Korean leader Kim Jong Un/);
		const allowed = [
			'id',
			'type',
			'prompt',
			'answer',
			'options',
			'pairs',
			'items',
			'fact',
			'source'
		];
		for (const q of deck.questions) {
			expect(Object.keys(q).every((k) => allowed.includes(k))).toBe(true);
			expect(Object.keys(q.source)).toEqual(['start', 'end', 'sentence']);
		}
		expect(lines[1]).toBe(lines[0]);
	});

	it('reports a missing file on stderr and exits non-zero after printing the others', async () => {
		const { code, out, err } = await run(['missing.txt', sample]);
		expect(code).not.toBe(0);
		expect(err).toContain('missing.txt');
		expect(out.trim().split('\n')).toHaveLength(1);
	});

	it('writes an Anki import file', async () => {
		const { code, out } = await run(['--format', 'tsv', sample]);
		expect(code).toBe(0);
		const lines = out.trim().split('\n');
		expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#tags column:3']);
		for (const row of lines.slice(3)) {
			const fields = row.split('\t');
			expect(fields).toHaveLength(3);
			expect(fields[2]).toMatch(/^factdeck fact::[a-z]+ type::[a-z-]+$/);
		}
	});

	it('writes a printable quiz with an answer key', async () => {
		const { out } = await run(['--format=md', '--date=2025-02-09', sample]);
		expect(out).toMatch(/^# SEOUL/);
		expect(out).toContain('\n1. ');
		expect(out).toContain('   A) ');
		expect(out).toContain('## Answer key');
		expect(out).toContain('Put these events in chronological order, earliest first.');
	});

	it('rejects bad options', () => {
		expect(parseQuizArgs(['--format', 'xml', 'a.txt'])).toMatch(/--format/);
		expect(parseQuizArgs(['--date', '9 Feb', 'a.txt'])).toMatch(/--date/);
		expect(parseQuizArgs([])).toMatch(/no FILE/);
		expect(parseQuizArgs(['--seed', '7', 'a.txt'])).toEqual({
			format: 'json',
			seed: 7,
			files: ['a.txt']
		});
	});

	it('takes the first line as title, or its first sentence', () => {
		expect(titleOf('Kim vows more nukes\nSEOUL — Kim said.')).toBe('Kim vows more nukes');
		expect(titleOf('Kim spoke. Trump listened.\nMore.')).toBe('Kim spoke.');
	});
});
