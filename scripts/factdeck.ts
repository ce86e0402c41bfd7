/**
 * `npm run --silent factdeck -- <command> [options] FILE...`
 * One JSON object (or one document) per file on stdout, in order; a missing or unreadable
 * file is reported on stderr and the exit code is non-zero after the other files are printed.
 */
import { runFacts } from './cli/facts';
import { runQuiz } from './cli/quiz';

const usage = `usage: factdeck facts [--date YYYY-MM-DD] FILE...
       factdeck quiz [--date YYYY-MM-DD] [--format json|tsv|md] [--seed N] FILE...`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
	facts: runFacts,
	quiz: runQuiz
};

const [command, ...args] = process.argv.slice(2);
const run = command ? commands[command] : undefined;
if (!run) {
	process.stderr.write(`${usage}\n`);
	process.exitCode = 2;
} else {
	process.exitCode = await run(args);
}
