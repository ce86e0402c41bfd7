/**
 * `factdeck quiz [--date YYYY-MM-DD] [--format json|tsv|md] [--seed N] FILE...`
 * json: one object per file per line; tsv: one Anki import file for all files; md: one printable
 * quiz per file. A missing or unreadable file is reported on stderr and makes the exit code
 * non-zero once the other files are printed.
 */
import { readFile } from 'node:fs/promises';
import { extractFacts } from '../../src/lib/engine/extract';
import { generateQuestions, toAnkiTsv, toMarkdownQuiz } from '../../src/lib/engine/questions';
import { splitSentences } from '../../src/lib/engine/sentences';
import type { Question } from '../../src/lib/engine/types';

type Format = 'json' | 'tsv' | 'md';

interface QuizOptions {
	date?: string;
	format: Format;
	seed: number;
	files: string[];
}

/** Parsed options, or a message for the user. */
export function parseQuizArgs(args: string[]): QuizOptions | string {
	const options: QuizOptions = { format: 'json', seed: 1, files: [] };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] as string;
		const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
		const value = (): string | undefined => inline ?? args[++i];
		if (flag === '--date') {
			const date = value();
			if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return `--date needs YYYY-MM-DD, got ${date}`;
			options.date = date;
		} else if (flag === '--format') {
			const format = value();
			if (format !== 'json' && format !== 'tsv' && format !== 'md') {
				return `--format must be json, tsv or md, got ${format}`;
			}
			options.format = format;
		} else if (flag === '--seed') {
			const seed = Number(value());
			if (!Number.isInteger(seed)) return `--seed needs an integer`;
			options.seed = seed;
		} else if (arg === '--') {
			options.files.push(...args.slice(i + 1));
			break;
		} else if (arg.startsWith('--')) {
			return `unknown option ${arg}`;
		} else {
			options.files.push(arg);
		}
	}
	return options.files.length ? options : 'no FILE given';
}

/** The first line when it reads as a headline, else the first sentence. */
export function titleOf(text: string): string {
	const line =
		text
			.split('\n')
			.find((l) => l.trim())
			?.trim() ?? '';
	const first = splitSentences(line)[0];
	if (!first || first.end >= line.length) return line;
	return line.slice(first.start, first.end);
}

/** The JSON contract: only these keys, in this order. */
function toJson(q: Question) {
	return {
		id: q.id,
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		...(q.options ? { options: q.options } : {}),
		...(q.pairs ? { pairs: q.pairs.map((p) => ({ left: p.left, right: p.right })) } : {}),
		...(q.items ? { items: q.items } : {}),
		fact: q.fact,
		source: { start: q.source.start, end: q.source.end, sentence: q.source.sentence }
	};
}

export async function runQuiz(args: string[]): Promise<number> {
	const options = parseQuizArgs(args);
	if (typeof options === 'string') {
		process.stderr.write(`factdeck quiz: ${options}\n`);
		return 2;
	}
	let status = 0;
	const deck: Question[] = [];
	const referenceDate = options.date ? { referenceDate: options.date } : {};
	for (const file of options.files) {
		let text: string;
		try {
			text = await readFile(file, 'utf8');
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			process.stderr.write(`factdeck quiz: cannot read ${file}: ${reason}\n`);
			status = 1;
			continue;
		}
		const facts = extractFacts(text, referenceDate);
		const questions = generateQuestions(text, facts, { seed: options.seed, ...referenceDate });
		const title = titleOf(text);
		if (options.format === 'json') {
			const line = { file, title, questions: questions.map(toJson) };
			process.stdout.write(`${JSON.stringify(line)}\n`);
		} else if (options.format === 'md') {
			process.stdout.write(`${toMarkdownQuiz(title, questions)}\n`);
		} else {
			deck.push(...questions);
		}
	}
	// One Anki file for all inputs: Anki reads the header lines only at the top.
	if (options.format === 'tsv' && deck.length) process.stdout.write(toAnkiTsv(deck));
	return status;
}
