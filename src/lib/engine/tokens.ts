import type { Span } from './types';

/**
 * Word tokens with their offsets. The pattern has no nested quantifiers over overlapping
 * classes, so matching stays linear on any input.
 */
export interface Token extends Span {
	text: string;
	/** Index of the sentence that holds the token. */
	sentence: number;
	/** First token of its sentence (capitalisation there says little). */
	initial: boolean;
}

// Dotted abbreviations first ("U.S.", "N.V."), then words with inner apostrophes, hyphens,
// dots between letters ("Detik.com") and ampersands ("AT&T"), then a lone ampersand ("Procter & Gamble").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*|&/gu;

/** Splits text into tokens, splitting off the possessive "'s" so "Kim’s" yields "Kim" and "’s". */
export function tokenize(text: string, sentences: Span[]): Token[] {
	const tokens: Token[] = [];
	let sentence = 0;
	let lastSentence = -1;
	WORD.lastIndex = 0;
	for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
		const start = m.index;
		while (sentence < sentences.length && (sentences[sentence]?.end ?? 0) <= start) sentence++;
		const initial = sentence !== lastSentence;
		lastSentence = sentence;
		let word = m[0];
		const possessive = /['’]s$/.test(word) && word.length > 2;
		if (possessive) word = word.slice(0, -2);
		tokens.push({ start, end: start + word.length, text: word, sentence, initial });
		if (possessive) {
			const end = start + m[0].length;
			tokens.push({ start: end - 2, end, text: m[0].slice(-2), sentence, initial: false });
		}
	}
	return tokens;
}

export function isCapitalized(word: string): boolean {
	const first = word[0];
	return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** All capitals with at least two letters ("KCNA", "U.S.", "AT&T"). */
export function isAcronym(word: string): boolean {
	let letters = 0;
	for (const ch of word) {
		if (ch !== ch.toUpperCase()) return false;
		if (ch !== ch.toLowerCase()) letters++;
	}
	return letters >= 2;
}

export function isPossessive(token: Token | undefined): boolean {
	return token !== undefined && (token.text === "'s" || token.text === '’s');
}

/** Text between two tokens, as written. */
export function gapBetween(text: string, left: Span, right: Span): string {
	return text.slice(left.end, right.start);
}
