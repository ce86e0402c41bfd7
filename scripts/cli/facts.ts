/**
 * `factdeck facts [--date YYYY-MM-DD] FILE...`: one JSON line of facts per file, in order.
 * A file that cannot be read is reported on stderr; the others are still printed and the
 * exit code is 1. Bad arguments exit with 2.
 */
import { readFile } from 'node:fs/promises';
import { extractFacts } from '../../src/lib/engine/index';
import type { Facts, Span } from '../../src/lib/engine/index';

const usage = 'usage: factdeck facts [--date YYYY-MM-DD] FILE...';

interface FactsArgs {
	date?: string;
	files: string[];
}

/** Parses the arguments, or returns a message a user can act on. */
export function parseFactsArgs(args: string[]): FactsArgs | string {
	const files: string[] = [];
	let date: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (arg === '--date' || arg.startsWith('--date=')) {
			const value = arg === '--date' ? args[++i] : arg.slice('--date='.length);
			if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
				return `factdeck facts: --date needs a date like 2025-02-09\n${usage}`;
			}
			date = value;
		} else if (arg === '--') {
			files.push(...args.slice(i + 1));
			break;
		} else if (arg.startsWith('--')) {
			return `factdeck facts: unknown option ${arg}\n${usage}`;
		} else {
			files.push(arg);
		}
	}
	if (files.length === 0) return `factdeck facts: no FILE given\n${usage}`;
	return { date, files };
}

const span = ({ start, end }: Span): Span => ({ start, end });

/** The facts with their keys in the documented order, so every line reads the same way. */
export function toContract(file: string, facts: Facts): object {
	return {
		file,
		people: facts.people.map((p) => ({
			name: p.name,
			aliases: p.aliases,
			roles: p.roles,
			mentions: p.mentions.map(span)
		})),
		organizations: facts.organizations.map((o) => ({
			name: o.name,
			...(o.acronym === undefined ? {} : { acronym: o.acronym }),
			mentions: o.mentions.map(span)
		})),
		places: facts.places.map((p) => ({ name: p.name, mentions: p.mentions.map(span) })),
		dates: facts.dates.map((d) => ({
			text: d.text,
			...(d.value === undefined ? {} : { value: d.value }),
			event: d.event,
			start: d.start,
			end: d.end
		})),
		numbers: facts.numbers.map((n) => ({
			text: n.text,
			value: n.value,
			...(n.unit === undefined ? {} : { unit: n.unit }),
			...(n.currency === undefined ? {} : { currency: n.currency }),
			context: n.context,
			start: n.start,
			end: n.end
		})),
		quotes: facts.quotes.map((q) => ({
			text: q.text,
			speaker: q.speaker,
			start: q.start,
			end: q.end
		}))
	};
}

function onStdoutError(error: NodeJS.ErrnoException): void {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
}

export async function runFacts(args: string[]): Promise<number> {
	const parsed = parseFactsArgs(args);
	if (typeof parsed === 'string') {
		process.stderr.write(`${parsed}\n`);
		return 2;
	}
	// A closed pipe (`| head`) ends the output; it is not an error worth a stack trace.
	if (!process.stdout.listeners('error').includes(onStdoutError)) {
		process.stdout.on('error', onStdoutError);
	}
	let failed = false;
	for (const file of parsed.files) {
		let text: string;
		try {
			// Invalid UTF-8 (a binary file) decodes to U+FFFD; offsets index this decoded text.
			text = (await readFile(file)).toString('utf8');
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			process.stderr.write(`factdeck facts: cannot read ${file}: ${reason}\n`);
			failed = true;
			continue;
		}
		const facts = extractFacts(text, { referenceDate: parsed.date });
		process.stdout.write(`${JSON.stringify(toContract(file, facts))}\n`);
	}
	return failed ? 1 : 0;
}
