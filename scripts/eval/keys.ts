/**
 * Key-question coverage (../shared/eval/key-questions/README.md): a teacher's question is
 * covered when some generated question's answer holds one of its spans or accepted forms, both
 * normalised the README's way. Also counts questions per 500 words, the deck-size limit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts, generateQuestions, type Question } from '../../src/lib/engine/index';
import { EVAL_DIR, fnv1a, type CorpusGold } from './corpus';

interface KeyQuestion {
	question: string;
	answer: string;
	spans: string[];
	accept?: string[];
	all?: boolean;
}

interface KeyFile {
	file?: string;
	source?: string;
	key_questions: KeyQuestion[];
}

export interface KeyArticle {
	name: string;
	text: string;
	date: string | undefined;
	keys: KeyQuestion[];
	reported: boolean;
}

/** The README's normalisation: quotes folded, lower case, accents dropped, non-words to spaces. */
export function normalizeAnswer(s: string): string {
	return s
		.replace(/[“”]/g, '"')
		.replace(/[‘’]/g, "'")
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^(?:the|a|an) /, '');
}

export function holds(answer: string, form: string): boolean {
	const a = normalizeAnswer(answer);
	const f = normalizeAnswer(form);
	return f !== '' && ` ${a} `.includes(` ${f} `);
}

/** What a question answers, as one string: a list or pairs joined (the README's rule). */
export function answerText(q: Question): string {
	if (q.pairs) return q.pairs.map((p) => `${p.left} ${p.right}`).join(' ; ');
	if (q.items) return q.items.join(' ; ');
	return q.answer;
}

export function covers(questions: Question[], key: KeyQuestion): boolean {
	const forms = [...key.spans, ...(key.accept ?? [])];
	const answers = questions.map(answerText);
	if (key.all) return key.spans.every((s) => answers.some((a) => holds(a, s)));
	return forms.some((f) => answers.some((a) => holds(a, f)));
}

export function loadKeyArticles(): KeyArticle[] {
	const dir = join(EVAL_DIR, 'key-questions');
	const names = readdirSync(dir)
		.filter((f) => f.endsWith('.gold.json'))
		.sort();
	// Every third article by hash is reported only, as with the corpora.
	const order = [...names].sort((a, b) => fnv1a(a) - fnv1a(b) || a.localeCompare(b));
	const reported = new Set(order.filter((_, i) => i % 3 === 0));
	return names.map((name) => {
		const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as KeyFile;
		let text: string;
		let date: string | undefined;
		if (gold.file) {
			text = readFileSync(join(EVAL_DIR, gold.file), 'utf8');
			const meta = JSON.parse(
				readFileSync(join(EVAL_DIR, gold.file.replace(/\.txt$/, '.gold.json')), 'utf8')
			) as CorpusGold;
			date = meta.dct;
		} else {
			text = readFileSync(join(dir, name.replace(/\.gold\.json$/, '.txt')), 'utf8');
			date = /_(\d{4}-\d{2}-\d{2})_/.exec(gold.source ?? '')?.[1];
		}
		return { name, text, date, keys: gold.key_questions, reported: reported.has(name) };
	});
}

export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

export interface KeyResult {
	article: KeyArticle;
	questions: Question[];
	covered: boolean[];
}

export function runKeyArticle(article: KeyArticle, dated: boolean): KeyResult {
	const options = dated && article.date ? { referenceDate: article.date } : {};
	const facts = extractFacts(article.text, options);
	const questions = generateQuestions(article.text, facts, { seed: 1, ...options });
	return { article, questions, covered: article.keys.map((k) => covers(questions, k)) };
}

const f3 = (x: number): string => x.toFixed(3);

export function printKeyCoverage(results: KeyResult[], verbose: boolean): void {
	console.log('\n== Key questions (key-questions/, seed 1, publication date given) ==');
	console.log(
		'article                                      part      keys covered  questions  per 500 words'
	);
	for (const r of results) {
		const words = wordCount(r.article.text);
		const per500 = (r.questions.length * 500) / words;
		const covered = r.covered.filter(Boolean).length;
		console.log(
			`${r.article.name
				.replace(/\.gold\.json$/, '')
				.slice(0, 44)
				.padEnd(
					44
				)} ${(r.article.reported ? 'reported' : 'tuned').padEnd(9)} ${String(r.article.keys.length).padStart(4)} ${String(covered).padStart(7)} ${String(r.questions.length).padStart(10)} ${per500.toFixed(1).padStart(14)}`
		);
		// Misses are listed for the tuned part only: the reported part is never read for tuning.
		if (verbose && !r.article.reported) {
			r.article.keys.forEach((k, i) => {
				if (!r.covered[i]) console.log(`    MISSED ${k.question} — ${k.spans.join(' | ')}`);
			});
		}
	}
	for (const part of ['tuned', 'reported', 'all'] as const) {
		const rs = results.filter(
			(r) => part === 'all' || r.article.reported === (part === 'reported')
		);
		const keys = rs.reduce((n, r) => n + r.covered.length, 0);
		const covered = rs.reduce((n, r) => n + r.covered.filter(Boolean).length, 0);
		const questions = rs.reduce((n, r) => n + r.questions.length, 0);
		const words = rs.reduce((n, r) => n + wordCount(r.article.text), 0);
		const worst = Math.max(
			...rs.map((r) => (r.questions.length * 500) / wordCount(r.article.text))
		);
		console.log(
			`${part.padEnd(9)} coverage ${covered}/${keys} (${f3(keys ? covered / keys : 0)}), ${((questions * 500) / words).toFixed(1)} questions per 500 words (most ${worst.toFixed(1)})`
		);
	}
}
