/**
 * Finding the answer inside its source sentence, as plain text segments. The sentence is article
 * text, which is untrusted: it is split into `{ text, mark }` pieces that the template renders as
 * text and `<mark>` elements, never as an HTML string.
 */
import type { Question } from '$lib/engine';

export interface TextSegment {
	text: string;
	mark: boolean;
}

type Range = [start: number, end: number];

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every whole-word, case-insensitive occurrence of `term` in `text`. */
export function findTerm(text: string, term: string): Range[] {
	const needle = term.trim();
	if (!needle) return [];
	// Lower-casing keeps string length for everything but a few letters (Turkish İ); when it does
	// not, offsets would drift, so we match case-sensitively instead.
	const folds = text.toLowerCase().length === text.length;
	const haystack = folds ? text.toLowerCase() : text;
	const target = folds ? needle.toLowerCase() : needle;
	const out: Range[] = [];
	for (let at = haystack.indexOf(target); at >= 0; at = haystack.indexOf(target, at + 1)) {
		const end = at + target.length;
		// "Kim" must not light up inside "Kimchi"; a term that starts or ends with punctuation
		// (a quote mark) needs no boundary on that side.
		const before = WORD_CHAR.test(target[0] ?? '') && WORD_CHAR.test(text[at - 1] ?? '');
		const after = WORD_CHAR.test(target.at(-1) ?? '') && WORD_CHAR.test(text[end] ?? '');
		if (!before && !after) out.push([at, end]);
	}
	return out;
}

/**
 * The longest run of `phrase`'s words that the text contains: "Donald Trump" in a sentence that
 * only says "Trump". A single word counts only if it looks like a name or number (capital or
 * digit), so "the" or "said" are never highlighted on their own.
 */
export function longestSharedRun(text: string, phrase: string): Range[] {
	const words = phrase.split(/\s+/).filter(Boolean);
	for (let size = words.length; size >= 1; size--) {
		for (let from = 0; from + size <= words.length; from++) {
			const run = words.slice(from, from + size).join(' ');
			const bare = run.replace(/^[^\p{L}\p{N}“"‘']+|[^\p{L}\p{N}”"’']+$/gu, '');
			if (size === 1 && !/^[\p{Lu}\p{N}]/u.test(bare)) continue;
			const found = findTerm(text, bare);
			if (found.length > 0) return found;
		}
	}
	return [];
}

/** Splits `text` into marked and unmarked segments; overlapping ranges merge. */
export function segmentText(text: string, ranges: readonly Range[]): TextSegment[] {
	const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: Range[] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	const out: TextSegment[] = [];
	let at = 0;
	for (const [start, end] of merged) {
		if (start > at) out.push({ text: text.slice(at, start), mark: false });
		out.push({ text: text.slice(start, end), mark: true });
		at = end;
	}
	if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
	return out;
}

const TF_PREFIX = /^true or false:\s*/i;
const TF_CORRECTION = /^(?:false\.\s*)?the article says:\s*/i;

function stripEnd(text: string): string {
	return text.trim().replace(/[.\s]+$/, '');
}

/**
 * For a false statement, the part the article corrects: what differs between the statement and
 * the explanation ("Japanese Prime Minister" → "North Korean leader"). For a true one, the whole
 * statement.
 */
function trueFalseTerm(question: Question): string {
	const statement = stripEnd(question.prompt.replace(TF_PREFIX, ''));
	if (question.answer !== 'False' || !question.explanation) return statement;
	const corrected = stripEnd(question.explanation.replace(TF_CORRECTION, ''));
	const a = statement.split(/\s+/);
	const b = corrected.split(/\s+/);
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail))
		tail++;
	const diff = b.slice(head, b.length - tail).join(' ');
	return diff || corrected;
}

/** The parts of the source sentence that prove the answer. */
export function answerRanges(question: Question): Range[] {
	const sentence = question.source.sentence;
	const exact = (terms: readonly string[]) => terms.flatMap((term) => findTerm(sentence, term));
	const lenient = (term: string) => {
		const found = findTerm(sentence, term);
		return found.length > 0 ? found : longestSharedRun(sentence, term);
	};
	switch (question.type) {
		case 'multiple-choice':
		case 'cloze': {
			const found = exact([question.answer, ...(question.accept ?? [])]);
			return found.length > 0 ? found : lenient(question.answer);
		}
		case 'true-false':
			return lenient(trueFalseTerm(question));
		// Several facts at once: only exact matches, because a partial one ("Trump" for "Trump
		// took office") would light up names that are not the answer.
		case 'matching':
			return exact((question.pairs ?? []).flatMap((pair) => [pair.left, pair.right]));
		case 'ordering': {
			const dates = [...question.answer.matchAll(/\(([^()]+)\)/g)].map((m) => m[1] ?? '');
			return exact([...(question.items ?? []), ...dates]);
		}
		default:
			return exact([question.answer]);
	}
}

/** The question's source sentence with its answer marked. */
export function highlightedSource(question: Question): TextSegment[] {
	return segmentText(question.source.sentence, answerRanges(question));
}
