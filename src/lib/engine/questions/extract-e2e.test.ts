/**
 * End to end: questions generated from the extractor's own facts, on the sample article (the 13
 * gold key questions) and on the MEANTIME news fixtures (structural soundness of every deck).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract';
import { generateQuestions } from './generate';
import { keyQuestions } from './key-questions';
import { normalizeAnswer } from './normalize';
import { sampleReferenceDate, sampleText } from './sample-facts';
import type { Question } from '../types';

const fixtures = fileURLToPath(new URL('../../../../tests/fixtures/meantime-dev', import.meta.url));

function problems(q: Question): string[] {
	const out: string[] = [];
	const n = normalizeAnswer;
	if (q.type === 'multiple-choice') {
		if (!q.options?.includes(q.answer)) out.push('answer not among options');
		if (new Set(q.options?.map(n)).size !== 4) out.push('options not 4 distinct');
	}
	const filled = (text: string): string =>
		n(text.replace('_____', q.answer).replace(/^…\s*|\s*…$/g, ''));
	if (q.type === 'cloze' && !n(q.source.sentence).includes(filled(q.prompt))) {
		out.push('cloze does not rebuild its sentence');
	}
	if (q.type === 'true-false') {
		const statement = q.prompt.replace('True or false: ', '');
		const truth = (q.explanation ?? '').replace('False. The article says: ', '');
		if ((statement === truth) !== (q.answer === 'True')) out.push('true/false mismatch');
	}
	if (q.type === 'matching' && (q.pairs?.length ?? 0) < 3) out.push('too few pairs');
	if (q.type === 'ordering' && (q.items?.length ?? 0) < 3) out.push('too few items');
	return out.map((p) => `${p}: ${q.prompt}`);
}

describe('questions from extracted facts', () => {
	it('answer all 13 gold key questions on the sample article', () => {
		const facts = extractFacts(sampleText, { referenceDate: sampleReferenceDate });
		const questions = generateQuestions(sampleText, facts, {
			seed: 42,
			referenceDate: sampleReferenceDate
		});
		const missing = keyQuestions.filter(([, match]) => !questions.some(match)).map(([k]) => k);
		expect(missing).toEqual([]);
		expect(questions.flatMap(problems)).toEqual([]);
	});

	it.skipIf(!existsSync(fixtures))('give sound decks for every news fixture', () => {
		const files = readdirSync(fixtures).filter(
			(f) => f.endsWith('.txt') && !f.startsWith('LICENSE')
		);
		const found: string[] = [];
		let total = 0;
		for (const file of files) {
			const text = readFileSync(`${fixtures}/${file}`, 'utf8');
			const questions = generateQuestions(text, extractFacts(text), { seed: 5 });
			total += questions.length;
			const ids = questions.map((q) => q.id);
			if (new Set(ids).size !== ids.length) found.push(`${file}: duplicate ids`);
			found.push(...questions.flatMap(problems).map((p) => `${file}: ${p}`));
		}
		expect(found).toEqual([]);
		expect(total).toBeGreaterThan(files.length * 10);
	});
});
