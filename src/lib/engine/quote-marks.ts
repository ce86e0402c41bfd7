import type { Span } from './types';

/** A quotation: `open`/`close` are the marks' offsets, `start`/`end` the quoted words. */
export interface QuoteSpan extends Span {
	open: number;
	close: number;
}

/** Quotes longer than this are unbalanced marks, not quotations. */
const MAX_QUOTE = 4000;

function isLetter(ch: string | undefined): boolean {
	return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

function push(text: string, quotes: QuoteSpan[], open: number, close: number): void {
	let start = open + 1;
	let end = close;
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	if (end > start && close - open <= MAX_QUOTE) quotes.push({ open, close, start, end });
}

/**
 * Finds quotations in one pass: curly double quotes, straight double quotes (paired within a
 * paragraph) and curly single quotes that open after a space and close before a non-letter
 * (so apostrophes in "nation’s" are never taken for quote marks).
 */
export function findQuoteMarks(text: string): QuoteSpan[] {
	const quotes: QuoteSpan[] = [];
	let curly = -1;
	let straight = -1;
	let single = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\n' && text[i + 1] === '\n') {
			straight = -1;
			single = -1;
		} else if (ch === '“') {
			curly = i;
		} else if (ch === '”' && curly >= 0) {
			push(text, quotes, curly, i);
			curly = -1;
			single = -1;
		} else if (ch === '"') {
			if (straight < 0) straight = i;
			else {
				push(text, quotes, straight, i);
				straight = -1;
			}
		} else if (ch === '‘' && curly < 0 && !isLetter(text[i - 1])) {
			single = i;
		} else if (ch === '’' && single >= 0 && !isLetter(text[i + 1]) && curly < 0) {
			push(text, quotes, single, i);
			single = -1;
		}
		if (curly >= 0 && i - curly > MAX_QUOTE) curly = -1;
		if (straight >= 0 && i - straight > MAX_QUOTE) straight = -1;
		if (single >= 0 && i - single > MAX_QUOTE) single = -1;
	}
	return quotes.sort((a, b) => a.open - b.open);
}

/**
 * A quoted name or term, not words anyone said: "the “Lion” release", "commonly called “apps”",
 * "an “Antennagate”". One or two words, all capitalised or right after a naming word.
 */
export function isQuotedTerm(text: string, quote: QuoteSpan): boolean {
	const words = text
		.slice(quote.start, quote.end)
		.replace(/[,.;:!?]+$/, '')
		.split(/\s+/);
	if (words.length > 2) return false;
	if (words.every((w) => /^\p{Lu}/u.test(w))) return true;
	const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, quote.open - 20), quote.open))?.[1];
	return before !== undefined && NAMING_WORDS.has(before.toLowerCase());
}

const NAMING_WORDS = new Set([
	'called',
	'named',
	'dubbed',
	'termed',
	'nicknamed',
	'or',
	'an',
	'the',
	'a'
]);
