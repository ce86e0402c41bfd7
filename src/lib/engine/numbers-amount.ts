/**
 * Reads one amount starting at a token: an optional currency prefix, the number (digits or
 * words, with a scale such as "billion" or a glued "bn"), an optional range, and what follows
 * it (%, a currency name, a measure unit, an ordinal suffix).
 */

import { NUM, PUNCT, WORD, type Tokens } from './dates-tokens';
import {
	CURRENCY_CODES,
	CURRENCY_SYMBOLS,
	CURRENCY_WORDS,
	DOLLAR_PREFIXES,
	MEASURE_UNITS,
	TWO_WORD_UNITS
} from './numbers-units';
import { cardinalWord, ORDINALS, parseDigits, SCALES, SHORT_SCALES } from './numbers-words';

export interface Amount {
	first: number;
	end: number;
	value: number;
	max?: number;
	unit?: string;
	currency?: string;
}

interface Core {
	value: number;
	/** The value before any scale word ("20" in "20 million"). */
	base: number;
	next: number;
	scaled: boolean;
	word: boolean;
	currency?: string;
}

const VAGUE = new Map([
	['dozens', 12],
	['hundreds', 100],
	['thousands', 1e3],
	['millions', 1e6],
	['billions', 1e9]
]);

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** "$", "US$", "USD$", "GB £", "USD " before the number: the currency and where the number starts. */
function currencyPrefix(tk: Tokens, i: number): { currency: string; next: number } | null {
	const r = tk.raw(i);
	const symbol = CURRENCY_SYMBOLS.get(r);
	if (symbol) return { currency: symbol, next: i + 1 };
	if (tk.kind(i) !== WORD) return null;
	const glued = tk.glued(i + 1);
	if (tk.raw(i + 1) === '$' && glued) {
		const code = DOLLAR_PREFIXES.get(r.toLowerCase());
		if (code && r === r.toUpperCase()) return { currency: code, next: i + 2 };
	}
	const after = CURRENCY_SYMBOLS.get(tk.raw(i + 1));
	if (after && (r === 'GB' || r === 'UK' || CURRENCY_CODES.has(r)))
		return { currency: CURRENCY_CODES.has(r) ? r : after, next: i + 2 };
	if (CURRENCY_CODES.has(r) && tk.kind(i + 1) === NUM) return { currency: r, next: i + 1 };
	if (r === 'Rs' || r === 'INR') {
		const next = tk.raw(i + 1) === '.' ? i + 2 : i + 1;
		if (tk.kind(next) === NUM) return { currency: 'INR', next };
	}
	return null;
}

/** The number itself with any scale words: "1.5 million", "twenty-five", "a dozen", "$15bn". */
function coreAt(tk: Tokens, j: number, currency: string | undefined): Core | null {
	let value: number;
	let next = j + 1;
	let word = false;
	const w = tk.lower(j);
	if (tk.kind(j) === NUM) {
		value = parseDigits(tk.raw(j));
		if (Number.isNaN(value)) return null;
	} else if (tk.kind(j) === WORD) {
		word = true;
		const hyphen = tk.raw(j + 1) === '-' && tk.glued(j + 1) && tk.glued(j + 2);
		const compound = hyphen ? cardinalWord(w, tk.lower(j + 2)) : undefined;
		const vague = VAGUE.get(w);
		if (compound !== undefined && compound !== cardinalWord(w)) {
			value = compound;
			next = j + 3;
		} else if (vague !== undefined) {
			// "thousands of pages": the "of" belongs to the vague quantity.
			next = tk.lower(next) === 'of' ? next + 1 : next;
			return { value: vague, base: vague, next, scaled: false, word, currency };
		} else if (
			(w === 'a' || w === 'an') &&
			(tk.lower(j + 1) === 'dozen' || SCALES.has(tk.lower(j + 1)))
		)
			value = 1;
		else if (w === 'half') value = 0.5;
		else {
			const c = cardinalWord(w);
			if (c === undefined) return null;
			value = c;
		}
	} else return null;
	// "two and a half years"
	if (tk.lower(next) === 'and' && tk.lower(next + 1) === 'a' && tk.lower(next + 2) === 'half') {
		value += 0.5;
		next += 3;
	}
	const base = value;
	let scaled = false;
	const short = tk.lower(next);
	// "US$7.2 bn": the unambiguous short scales may also stand apart from the number.
	const spaced = short === 'bn' || short === 'mn' || short === 'mln';
	if (tk.kind(j) === NUM && (tk.glued(next) || spaced) && SHORT_SCALES.has(short)) {
		// A glued "m" is a million after a currency ("€2.5m") but metres otherwise ("100m").
		if (currency !== undefined || (short !== 'm' && short !== 'b')) {
			value *= SHORT_SCALES.get(short) as number;
			next++;
			scaled = true;
		}
	}
	for (let k = 0; k < 2 && !tk.glued(next); k++) {
		const s = tk.lower(next);
		const scale = s === 'dozen' ? 12 : SCALES.get(s);
		if (scale === undefined) break;
		value *= scale;
		next++;
		scaled = true;
	}
	return { value, base, next, scaled, word, currency };
}

/** A currency prefix (if any) followed by a number. */
function moneyOrNumber(tk: Tokens, i: number): Core | null {
	const prefix = currencyPrefix(tk, i);
	if (prefix) {
		const core = coreAt(tk, prefix.next, prefix.currency);
		return core && tk.kind(prefix.next) === NUM ? core : null;
	}
	return coreAt(tk, i, undefined);
}

/** What follows the number: %, a currency word or code, a measure unit. */
function suffixAt(tk: Tokens, k: number, a: Amount, scaled: boolean): void {
	const w = tk.lower(k);
	const r = tk.raw(k);
	if (r === '%' || w === 'percent' || w === 'pct') {
		a.unit = 'percent';
		a.end = k + 1;
	} else if (w === 'per' && tk.lower(k + 1) === 'cent') {
		a.unit = 'percent';
		a.end = k + 2;
	} else if (w === 'us' && CURRENCY_WORDS.has(tk.lower(k + 1))) {
		a.currency = 'USD';
		a.end = k + 2;
	} else if (CURRENCY_WORDS.has(w) && (w !== 'pounds' || scaled || a.currency)) {
		a.currency ??= CURRENCY_WORDS.get(w);
		a.end = k + 1;
	} else if (CURRENCY_CODES.has(r)) {
		a.currency ??= r;
		a.end = k + 1;
	} else if (a.currency === undefined) unitAt(tk, k, a);
	if (a.currency !== undefined) a.unit = 'money';
}

function unitAt(tk: Tokens, k: number, a: Amount): void {
	let j = k;
	if (tk.raw(j) === '-' && tk.glued(j) && tk.glued(j + 1)) j++;
	const w = tk.lower(j);
	const two = TWO_WORD_UNITS.get(w);
	if (two && tk.lower(j + 1) === two[0]) {
		a.unit = two[1];
		a.end = j + 2;
		return;
	}
	const unit = MEASURE_UNITS.get(w);
	if (unit === undefined) return;
	// One-letter units and inch marks only count glued to the number ("500m", "15”").
	if ((w.length === 1 || tk.kind(j) === PUNCT) && !tk.glued(j)) return;
	if (unit === '°' && (tk.raw(j + 1) === 'C' || tk.raw(j + 1) === 'F') && tk.glued(j + 1)) {
		a.unit = '°' + tk.raw(j + 1);
		a.end = j + 2;
		return;
	}
	a.unit = unit;
	a.end = j + 1;
}

/**
 * Reads an amount at token i, or returns null. `between` says the word before was "between",
 * so "between 12 and 20" is one range.
 */
export function amountAt(tk: Tokens, i: number, between: boolean): Amount | null {
	const a = moneyOrNumber(tk, i);
	if (!a) return ordinalAt(tk, i);
	if (tk.kind(i) === NUM && ORDINAL_SUFFIX.has(tk.lower(a.next)) && tk.glued(a.next))
		return { first: i, end: a.next + 1, value: a.value, unit: 'ordinal' };
	const amount: Amount = { first: i, end: a.next, value: a.value, currency: a.currency };
	let scaled = a.scaled;
	// Ranges: "15-20%", "between $12 million and $20 million", "$16 million to $28 million".
	const sep = tk.lower(a.next);
	const hyphen = (sep === '-' || sep === '–') && tk.glued(a.next) && tk.glued(a.next + 1);
	const joined = (sep === 'and' && between) || (sep === 'to' && (between || a.currency));
	if (hyphen || joined) {
		const b = moneyOrNumber(tk, a.next + 1);
		// "12 to 20 million": the second half's scale applies to the first.
		const low = b && b.scaled && !a.scaled ? a.value * (b.value / (b.base || 1)) : a.value;
		if (!b && hyphen) {
			// "3.5-inch": a hyphen before a unit, not a range.
		} else if (b && b.value >= low) {
			amount.value = low;
			amount.max = b.value;
			amount.currency ??= b.currency;
			amount.end = b.next;
			scaled ||= b.scaled;
		} else if (hyphen) return null;
	}
	suffixAt(tk, amount.end, amount, scaled);
	if (amount.currency === undefined) delete amount.currency;
	return amount;
}

/** "third", "77th": word ordinals from "third" up, since "first" and "second" are rarely facts. */
function ordinalAt(tk: Tokens, i: number): Amount | null {
	const w = tk.lower(i);
	const n = ORDINALS.get(w);
	if (n === undefined || n < 3) return null;
	return { first: i, end: i + 1, value: n, unit: 'ordinal' };
}
