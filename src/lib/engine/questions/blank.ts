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
	if (whole.split(/\s+/).length <= MAX_WORDS) return whole;
	// Widen clause by clause (commas, semicolons, dashes) until there is enough context.
	const cuts = [0, ...[...s.matchAll(/[,;:—–]\s/g)].map((m) => (m.index ?? 0) + 1), s.length];
	let l = cuts.filter((c) => c <= from).length - 1;
	let r = cuts.findIndex((c) => c > to && c > from);
	const words = (a: number, b: number): number => s.slice(a, b).split(/\s+/).length;
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

export function blankOut(source: QuestionSource, span: Span): string {
	return replaceSlot(source, span, BLANK);
}

/** Whether the sentence is short enough to be a true/false statement as a whole. */
export function isStatementSized(sentence: string): boolean {
	const words = sentence.split(/\s+/).length;
	return words >= 5 && words <= MAX_WORDS;
}
