import type { Span } from './types';

/**
 * Sentence splitting for news prose: one linear pass, no backtracking.
 * A sentence ends at `.`, `!`, `?`, `…` (or CJK `。！？`), optionally followed by closing quotes
 * and brackets, when the next word does not continue the sentence. A line break is a paragraph
 * break unless the next line starts in lower case (a hard-wrapped line).
 */

/** Abbreviations after which a full stop never ends the sentence (lower-cased, no dot). */
const NEVER_FINAL = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'st',
	'gen',
	'sen',
	'rep',
	'gov',
	'lt',
	'col',
	'capt',
	'cpt',
	'sgt',
	'maj',
	'adm',
	'cmdr',
	'prof',
	'rev',
	'hon',
	'pres',
	'supt',
	'insp',
	'messrs',
	'mt',
	'ft',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'no',
	'nos',
	'vs',
	'v',
	'e.g',
	'i.e',
	'cf',
	'approx',
	'est',
	'vol',
	'fig',
	'ave'
]);

/** Abbreviations that end a sentence only when a typical sentence opener follows. */
const USUALLY_INNER = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'plc', 'etc', 'al']);

/** Capitalised words that typically open a sentence (after "Inc." or "U.S." they end it). */
const OPENERS = new Set(
	(
		'the a an this that these those he she it they we i you his her their its our my your ' +
		'but and or so yet however meanwhile in on at for after before when while if as since ' +
		'there here also both some many most several according despite although though then ' +
		'now on last earlier later other another each one two three what why how who where'
	).split(' ')
);

/** Capitalised words that commonly follow a dotted country abbreviation inside a sentence. */
const AFTER_DOTTED = new Set(
	(
		'president vice secretary senator senate congress congressman congresswoman house army ' +
		'navy air marine marines coast department embassy ambassador envoy government state ' +
		'treasury supreme district court open attorney justice federal forces military officials ' +
		'official dollar dollars citizens citizen intelligence trade special national central ' +
		'defense defence foreign prime minister chancellor commander general admiral'
	).split(' ')
);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const CJK_FINAL = new Set(['。', '！', '？']);

function isSpace(ch: string): boolean {
	return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0';
}

function isLowerLetter(ch: string | undefined): boolean {
	return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpperLetter(ch: string | undefined): boolean {
	return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && (ch === '.' || ch === '&' || ch.toLowerCase() !== ch.toUpperCase());
}

/** The token that ends just before `dot` (letters and inner dots), e.g. "U.S" or "Mr". */
function tokenBefore(text: string, dot: number): string {
	let start = dot;
	while (start > 0 && dot - start < 12 && isWordChar(text[start - 1])) start--;
	return text.slice(start, dot).replace(/^\.+/, '');
}

/** The next word after `from` (letters only), skipping spaces and opening quotes. */
function wordAfter(text: string, from: number): string {
	let i = from;
	while (i < text.length && (isSpace(text[i] ?? '') || '"“‘\'('.includes(text[i] ?? ''))) i++;
	const start = i;
	while (i < text.length && i - start < 20 && isWordChar(text[i]) && text[i] !== '.') i++;
	return text.slice(start, i);
}

/** A name written with a small first letter ("iOS", "iPhone", "eBay") may open a sentence. */
const BRAND_START = /^[a-z]{1,2}[A-Z]/;

/** Whether the full stop at `dot` ends the sentence, given the text after it. */
function fullStopEnds(text: string, dot: number, after: number): boolean {
	const token = tokenBefore(text, dot);
	const lower = token.toLowerCase();
	if (text[dot + 1] === '.' || text[dot - 1] === '.') return true; // an ellipsis
	if (NEVER_FINAL.has(lower)) return false;
	// An initial ("J. K. Rowling"): one capital letter before the dot.
	if (token.length === 1 && isUpperLetter(token)) return false;
	const next = wordAfter(text, after);
	const nextLower = next.toLowerCase();
	if (USUALLY_INNER.has(lower)) return OPENERS.has(nextLower);
	// A dotted abbreviation ("U.S.", "U.K.", "a.m."): inner unless an opener or unknown word follows.
	if (lower.includes('.')) {
		if (!isUpperLetter(next[0])) return false;
		return !AFTER_DOTTED.has(nextLower);
	}
	return true;
}

/**
 * The last text split and its spans. Extraction and question generation both need the sentences
 * of the same article, one after the other; remembering one result (not a growing cache) saves
 * the second split, about a sixth of generation's time, and keeps the function pure to callers.
 */
let last: { text: string; spans: readonly Span[] } | undefined;

/** Splits `text` into sentence spans, trimmed of surrounding whitespace. */
export function splitSentences(text: string): Span[] {
	if (last?.text !== text) last = { text, spans: split(text) };
	return last.spans.map((span) => ({ ...span }));
}

function split(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	const push = (end: number): void => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s] ?? '')) s++;
		while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
		if (e > s) spans.push({ start: s, end: e });
	};
	let i = 0;
	while (i < text.length) {
		const ch = text[i] ?? '';
		if (ch === '\n') {
			let j = i + 1;
			while (j < text.length && /\s/.test(text[j] ?? '')) j++;
			if (j >= text.length || !isLowerLetter(text[j]) || text.slice(i + 1, j).includes('\n')) {
				push(i);
				start = j;
			}
			i = j;
			continue;
		}
		if (ch === '.' || ch === '!' || ch === '?' || ch === '…' || CJK_FINAL.has(ch)) {
			let j = i + 1;
			while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
			const run = j - i;
			while (j < text.length && CLOSERS.has(text[j] ?? '')) j++;
			const atEnd = j >= text.length;
			const spaced = atEnd || isSpace(text[j] ?? '') || text[j] === '\n';
			if (CJK_FINAL.has(ch) || atEnd) {
				push(j);
				start = j;
				i = j;
				continue;
			}
			let k = j;
			while (k < text.length && isSpace(text[k] ?? '')) k++;
			const ends =
				spaced &&
				(!isLowerLetter(text[k]) || BRAND_START.test(text.slice(k, k + 3))) &&
				text[k] !== ',' &&
				(ch !== '.' || run > 1 || fullStopEnds(text, i, j));
			if (ends) {
				push(j);
				start = j;
			}
			i = j;
			continue;
		}
		i++;
	}
	push(text.length);
	return spans;
}
