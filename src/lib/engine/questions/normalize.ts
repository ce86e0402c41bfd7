import { memoized } from './memo';

/**
 * Normalisation used to compare answers: case, diacritics, quote styles, punctuation, a leading
 * article and extra spaces do not count. Inner hyphens and apostrophes become spaces/nothing so
 * "Korean People's Army" and "Korean People’s Army" compare equal.
 */
// Names, prompts and sentences are each compared several times per deck.
export const normalizeAnswer = memoized(normalizeUncached, 20000);

/**
 * Forgets every memoised normalisation. For benchmarks: a deck generated again from the same
 * article would otherwise find its strings already normalised and look faster than a new one.
 */
export function forgetNormalized(): void {
	normalizeAnswer.forget();
}

function normalizeUncached(text: string): string {
	// Decompose, lower-case, and decompose again where needed: "𝓐" lower-cases only once
	// decomposed, "İ" decomposes only once lower-cased.
	// English news is ASCII but for its quotes and dashes, which decomposition leaves alone (or,
	// for "…", turns into dots that are no initials): such text skips both decompositions.
	let t: string;
	if (!NOT_PLAIN.test(text)) t = text.toLowerCase();
	else {
		t = text.normalize('NFKD').toLowerCase();
		if (NON_ASCII.test(t)) t = t.normalize('NFKD').replace(COMBINING_MARKS, '');
	}
	// Dotted initials are one word: "U.S." is "us". Most text has no dot before a letter, and
	// the regular expression costs more than the rest of the normalisation together.
	if (hasDotBeforeLetter(t)) t = t.replace(DOTTED_INITIAL, '$1');
	if (APOSTROPHES.test(t)) t = t.replace(APOSTROPHES_ALL, '');
	return wordsOf(t).replace(LEADING_ARTICLES, '');
}

const NON_ASCII = /[\u0080-\uffff]/;
const NOT_PLAIN = /[^\t\n\r -~\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DOTTED_INITIAL = /\b(\p{L})\.(?=\p{L}\b)/gu;
const APOSTROPHES = /[’‘`']/;
const APOSTROPHES_ALL = /[’‘`']/g;
const LEADING_ARTICLES = /^(?:(?:the|a|an) )+/;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function hasDotBeforeLetter(t: string): boolean {
	for (let i = t.indexOf('.'); i >= 0 && i < t.length - 1; i = t.indexOf('.', i + 1)) {
		const next = t.charCodeAt(i + 1);
		if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next >= 0x80) return true;
	}
	return false;
}

function isLetterOrNumber(t: string, i: number, code: number): boolean {
	// The General Punctuation block (spaces, dashes, quotes, "…") holds no letter or number.
	if (code >= 0x2000 && code <= 0x206f) return false;
	if (code < 0x80)
		return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
	return LETTER_OR_NUMBER.test(String.fromCodePoint(t.codePointAt(i) as number));
}

/**
 * The letters and numbers of `t`, each run of anything else one space, trimmed: what
 * `t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, in one pass without a Unicode-property
 * regular expression (several times faster on a sentence).
 */
function wordsOf(t: string): string {
	const words: string[] = [];
	let start = -1;
	for (let i = 0; i < t.length; i++) {
		const code = t.charCodeAt(i);
		const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < t.length;
		const keep = isLetterOrNumber(t, i, code);
		if (keep && start < 0) start = i;
		if (!keep && start >= 0) {
			words.push(t.slice(start, i));
			start = -1;
		}
		if (pair) {
			const low = t.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) i++;
		}
	}
	if (start >= 0) words.push(t.slice(start));
	return words.join(' ');
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
