/**
 * Printable and importable forms of a deck: an Anki-ready TSV and a Markdown quiz with an
 * answer key. Pure string building, shared by the CLI and (later) the app's export.
 */
import type { Question } from '../types';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (i: number): string => LETTERS[i] ?? String(i + 1);

/** Alphabetical order: a shuffle that needs no randomness and never gives the answer away. */
const sorted = (items: string[]): string[] => [...items].sort((a, b) => a.localeCompare(b));

/**
 * One TSV field. Tabs and line breaks become spaces or " — " so every note is one line; a field
 * with a double quote is quoted (Anki's importer reads fields CSV-style).
 */
export function tsvField(text: string): string {
	const flat = text
		.replace(/\t/g, ' ')
		.replace(/\s*(\r\n|\r|\n)+\s*/g, ' — ')
		.trim();
	return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

function front(q: Question): string {
	if (q.type === 'multiple-choice') {
		return `${q.prompt} ${(q.options ?? []).map((o, i) => `${letter(i)}) ${o}`).join('; ')}`;
	}
	if (q.type === 'matching') {
		const pairs = q.pairs ?? [];
		const left = pairs.map((p) => p.left).join('; ');
		return `${q.prompt} ${left} — with — ${sorted(pairs.map((p) => p.right)).join('; ')}`;
	}
	if (q.type === 'ordering') return `${q.prompt} ${sorted(q.items ?? []).join('; ')}`;
	return q.prompt;
}

function back(q: Question): string {
	if (q.type === 'flashcard') return q.back ?? q.answer;
	if (q.type === 'true-false' && q.explanation && q.answer === 'False') return q.explanation;
	return q.answer;
}

/** An Anki import file: header lines, then `front\tback\ttags` per question. */
export function toAnkiTsv(questions: Question[]): string {
	const header = ['#separator:tab', '#html:false', '#tags column:3'];
	const rows = questions.map((q) =>
		[front(q), back(q), `factdeck fact::${q.fact} type::${q.type}`].map(tsvField).join('\t')
	);
	return `${[...header, ...rows].join('\n')}\n`;
}

interface Block {
	body: string[];
	key: string;
}

function markdownBlock(q: Question): Block {
	const indent = (lines: string[]): string[] => lines.map((l) => (l ? `   ${l}` : l));
	switch (q.type) {
		case 'multiple-choice':
		case 'true-false': {
			const options = q.options ?? [];
			const at = options.indexOf(q.answer);
			return {
				body: [q.prompt, '', ...indent(options.map((o, i) => `${letter(i)}) ${o}`))],
				key: `${letter(at)}) ${q.answer}`
			};
		}
		case 'matching': {
			const pairs = q.pairs ?? [];
			const right = sorted(pairs.map((p) => p.right));
			const lines = pairs.map((p, i) => `${i + 1}. ${p.left}`);
			const choices = right.map((r, i) => `${letter(i)}) ${r}`);
			return {
				body: [q.prompt, '', ...indent([...lines, '', ...choices])],
				key: pairs.map((p, i) => `${i + 1}–${letter(right.indexOf(p.right))}`).join(', ')
			};
		}
		case 'ordering': {
			const items = q.items ?? [];
			const shown = sorted(items);
			return {
				body: [q.prompt, '', ...indent(shown.map((s, i) => `${letter(i)}) ${s}`))],
				key: items.map((s) => letter(shown.indexOf(s))).join(', ')
			};
		}
		case 'cloze':
			return { body: [q.prompt, '', '   Answer: ______________'], key: q.answer };
		default:
			return { body: [q.prompt], key: q.answer };
	}
}

/**
 * A printable quiz: numbered questions, lettered options, and the answer key at the end.
 * Flashcards are left out: each repeats a question already on the page.
 */
export function toMarkdownQuiz(title: string, questions: Question[]): string {
	const blocks = questions.filter((q) => q.type !== 'flashcard').map(markdownBlock);
	const body = blocks.flatMap((b, i) => [`${i + 1}. ${b.body[0]}`, ...b.body.slice(1), '']);
	const key = blocks.map((b, i) => `${i + 1}. ${b.key}`);
	return [`# ${title}`, '', ...body, '## Answer key', '', ...key, ''].join('\n');
}
