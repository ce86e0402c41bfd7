/**
 * Telling a number that names something ("Boeing 737", "iPhone 4", "version 10.4", "its 777
 * airliner") from one that counts. Articles about products are full of these, and a deck that
 * asks "how many?" about a model number is wrong.
 */

import { MONTHS, WEEKDAYS } from './dates-lexicon';
import { NUM, WORD, type Tokens } from './dates-tokens';
import type { Amount } from './numbers-amount';
import { CURRENCY_CODES } from './numbers-units';

/** Capitalised words that may stand before a number without making it part of a name. */
export const FREE_CAPITALS = new Set(
	(
		'the a an about around some over nearly almost approximately roughly only just all more ' +
		'less fewer up at as in on by for with of and or but to from than since after before ' +
		'between during each every its his her their our this these those another'
	).split(' ')
);

/** Words that label the number after them rather than count with it ("version 10.4"). */
export const LABELS = new Set(
	(
		'no number version model flight route channel page chapter section article episode season ' +
		'series gate platform track line rule paragraph clause item phase level grade category ' +
		'type size mark'
	).split(' ')
);

/** Before a bare number not followed by a plural, these make it a model: "their 737 airliner". */
const MODEL_DETERMINERS = new Set(
	'a an its their his her our new first final latest upcoming'.split(' ')
);

/** "its 777 airliner", "the 787 Dreamliner": a number naming a thing rather than counting. */
export function isModelNumber(tk: Tokens, i: number, a: Amount): boolean {
	if (tk.kind(i) !== NUM || a.unit !== undefined || a.end !== i + 1) return false;
	const prev = tk.lower(i - 1);
	const next = tk.lower(i + 1);
	const plural = tk.kind(i + 1) === WORD && !tk.isCapitalized(i + 1) && next.endsWith('s');
	if (MODEL_DETERMINERS.has(prev) && !plural) return true;
	return prev === 'the' && tk.kind(i + 1) === WORD && tk.isCapitalized(i + 1);
}

/** A word that reads as a name: capitalised or camel-case ("Boeing", "iPhone", "iOS"). */
export function isNameWord(tk: Tokens, i: number): boolean {
	const w = tk.lower(i);
	return (
		tk.kind(i) === WORD &&
		/\p{Lu}/u.test(tk.raw(i)) &&
		!FREE_CAPITALS.has(w) &&
		!MONTHS.has(w) &&
		!WEEKDAYS.has(w) &&
		!CURRENCY_CODES.has(tk.raw(i))
	);
}

/**
 * Digits that follow a name somewhere in the text ("Boeing 737", "Boeing's 787", "iPhone 4") are
 * model numbers everywhere in it, so "five new 737 aircraft" counts five, not 737.
 */
export function nameNumbers(tk: Tokens): Set<string> {
	const names = new Set<string>();
	// "the 787 will…", "the 787." twice or more: a product everyone in the article knows by number.
	const definite = new Map<string, number>();
	for (let i = 1; i < tk.length; i++) {
		if (tk.kind(i) !== NUM || tk.glued(i)) continue;
		const raw = tk.raw(i);
		const next = tk.lower(i + 1);
		if (tk.lower(i - 1) === 'the' && /^\d{3,}$/.test(raw) && !next.endsWith('s')) {
			const seen = (definite.get(raw) ?? 0) + 1;
			definite.set(raw, seen);
			if (seen >= 2) names.add(raw);
		}
		const possessive =
			tk.lower(i - 1) === 's' && /^['’]$/.test(tk.raw(i - 2)) && isNameWord(tk, i - 3);
		// "737-800", "787-8", "777-200LR": a variant code, unless it is a range of something.
		const variant =
			tk.raw(i).length >= 3 &&
			tk.raw(i + 1) === '-' &&
			tk.glued(i + 1) &&
			tk.glued(i + 2) &&
			tk.kind(i + 2) !== 0 &&
			!/s$|%/.test(tk.lower(i + 3)) &&
			tk.kind(i + 3) !== NUM;
		if (isNameWord(tk, i - 1) || possessive || variant) names.add(tk.raw(i));
	}
	return names;
}
