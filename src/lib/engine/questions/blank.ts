/** Cutting a slot out of a sentence: for cloze prompts and for slot-swapped statements. */
import type { QuestionSource, Span } from '../types';

export const BLANK = '_____';
const MAX_WORDS = 40;
const MIN_WORDS = 12;

/**
 * The sentence with `span` (absolute offsets) replaced. A very long sentence is cut to the
 * clauses around the slot so the prompt stays readable.
 */
export function replaceSlot(source: QuestionSource, span: Span, replacement: string): string {
	const s = source.sentence;
	const from = span.start - source.start;
	const to = span.end - source.start;
	const whole = `${s.slice(0, from)}${replacement}${s.slice(to)}`;
	if (countWords(whole, 0, whole.length) <= MAX_WORDS) return whole;
	// Widen clause by clause (commas, semicolons, dashes) until there is enough context.
	const cuts = [0, ...[...s.matchAll(/[,;:—–]\s/g)].map((m) => (m.index ?? 0) + 1), s.length];
	let l = cuts.filter((c) => c <= from).length - 1;
	let r = cuts.findIndex((c) => c > to && c > from);
	const words = (a: number, b: number): number => countWords(s, a, b);
	while (
		words(cuts[l] as number, cuts[r] as number) < MIN_WORDS &&
		(l > 0 || r < cuts.length - 1)
	) {
		if (l > 0) l--;
		if (r < cuts.length - 1 && words(cuts[l] as number, cuts[r] as number) < MIN_WORDS) r++;
	}
	const left = cuts[l] as number;
	const right = r === cuts.length - 1 ? s.length : (cuts[r] as number) - 1;
	const piece = `${s.slice(left, from)}${replacement}${s.slice(to, right)}`.trim();
	return `${left > 0 ? '… ' : ''}${piece}${right < s.length ? ' …' : ''}`;
}

/**
 * What `text.slice(from, to).split(/\s+/).length` counts (pieces between runs of white space),
 * without building the pieces: prompts are cut for every candidate question.
 */
export function countWords(text: string, from: number, to: number): number {
	let count = 1;
	let inSpace = false;
	for (let i = from; i < to; i++) {
		const space = isSpace(text.charCodeAt(i));
		if (space && !inSpace) count++;
		inSpace = space;
	}
	return count;
}

/** JavaScript's `\s`, by character code. */
function isSpace(code: number): boolean {
	if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

export function blankOut(source: QuestionSource, span: Span): string {
	return replaceSlot(source, span, BLANK);
}

/** Whether the sentence is short enough to be a true/false statement as a whole. */
export function isStatementSized(sentence: string): boolean {
	const words = countWords(sentence, 0, sentence.length);
	return words >= 5 && words <= MAX_WORDS;
}
