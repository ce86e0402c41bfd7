/**
 * Numbers in an article: percentages, money (with its ISO currency), ordinals, counts and
 * measures, each with the phrase saying what it counts. Years, dates and times are left to
 * dates.ts (the same token scan marks them first), and digits inside names ("Boeing 737",
 * "A320", "COVID-19") are skipped.
 */

import { scanTimes, sentenceLocator } from './dates';
import { NUM, PUNCT, Tokens, WORD } from './dates-tokens';
import { amountAt, type Amount } from './numbers-amount';
import { contextPhrase } from './numbers-context';
import { isModelNumber, isNameWord, LABELS, nameNumbers } from './numbers-names';
import { CURRENCY_CODES, DURATION_UNITS, MEASURE_UNITS } from './numbers-units';
import { SHORT_SCALES } from './numbers-words';
import type { NumberFact, Span } from './types';

/** Punctuation glued before digits that makes them part of a code, path or model number. */
const CODE_GLUE = new Set([
	'-',
	'/',
	'.',
	':',
	'_',
	'=',
	'#',
	'&',
	'?',
	'+',
	'@',
	'\\',
	'^',
	"'",
	'’'
]);

/** Words after which a small spelled-out number refers back ("the two companies"). */
const ANAPHORIC = new Set(['the', 'these', 'those']);

/** Words before a number that say how exact it is; kept in the expression ("about 500"). */
const MODIFIERS: readonly string[][] = [
	['as', 'much', 'as'],
	['as', 'many', 'as'],
	['as', 'few', 'as'],
	['as', 'little', 'as'],
	['more', 'than'],
	['less', 'than'],
	['fewer', 'than'],
	// "up to" is left out: it reads as a limit on the number, not part of it ("up to 840 people").
	['at', 'least'],
	['at', 'most'],
	['about'],
	['around'],
	['approximately'],
	['roughly'],
	['some'],
	['nearly'],
	['almost'],
	['over'],
	['under'],
	['all'],
	['between'],
	['estimated']
];

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** Cheap checks on the first token, before reading a whole amount. */
function mayStart(tk: Tokens, i: number): boolean {
	const kind = tk.kind(i);
	if (kind === PUNCT) return true;
	const prev = tk.lower(i - 1);
	if (kind === WORD) {
		// "Four Seasons" mid-sentence is a name; at a sentence start "Five years…" is a count.
		const startOfSentence = i === 0 || /^[.!?\n"“]$/.test(tk.raw(i - 1)) || tk.newlineBefore(i);
		return (
			!tk.isCapitalized(i) ||
			startOfSentence ||
			tk.raw(i) === 'Rs' ||
			CURRENCY_CODES.has(tk.raw(i)) ||
			tk.raw(i) === 'GB' ||
			tk.raw(i) === 'US'
		);
	}
	if (kind !== NUM) return false;
	if (tk.glued(i) && (tk.kind(i - 1) === WORD || CODE_GLUE.has(tk.raw(i - 1)))) return false;
	if (LABELS.has(prev) || prev === '#') return false;
	if (prev === '.' && tk.lower(i - 2) === 'no') return false;
	// "Boeing 737", "iPhone 4", "Flight 200": a number right after a name belongs to it.
	if (!tk.glued(i) && isNameWord(tk, i - 1)) return false;
	// "737s", "4G", "3D": letters glued after the digits make a name too.
	const next = tk.lower(i + 1);
	if (tk.glued(i + 1) && tk.kind(i + 1) === WORD)
		return (
			MEASURE_UNITS.has(next) ||
			SHORT_SCALES.has(next) ||
			ORDINAL_SUFFIX.has(next) ||
			next === 'percent'
		);
	return true;
}

/** Rejects readings that parse but are not quantities: "737-800", a bare "one", "third,". */
function plausible(tk: Tokens, i: number, a: Amount): boolean {
	const w = tk.lower(i);
	const hyphenRange = a.max !== undefined && tk.kind(i) === NUM && tk.lower(i + 1) !== 'to';
	if (hyphenRange && a.unit === undefined) {
		const prev = tk.lower(i - 1);
		const next = tk.lower(a.end);
		const counted = tk.kind(a.end) === WORD && !tk.isCapitalized(a.end) && next.endsWith('s');
		if (!counted && prev !== 'from' && prev !== 'between') return false;
	}
	// "18 months behind schedule" is a duration, but "13.8 billion years old" is an age.
	const duration = DURATION_UNITS.has(tk.lower(a.end)) && a.unit === undefined;
	if (duration && tk.lower(a.end + 1) === 'old') {
		a.unit = 'years';
		a.end += 2;
	} else if (duration) return false;
	if (tk.raw(a.end) === '-' && DURATION_UNITS.has(tk.lower(a.end + 1))) return false;
	const cardinalWord = tk.kind(i) === WORD && a.unit !== 'ordinal';
	if (cardinalWord && ANAPHORIC.has(tk.lower(i - 1)) && a.value <= 10) return false;
	if (w === 'third' && tk.lower(a.end) === 'party') return false;
	if ((w === 'one' || w === 'half') && a.unit === undefined && a.value <= 1) {
		const prev = tk.lower(i - 1);
		return w === 'half' && (tk.lower(i + 1) === 'of' || prev === 'about' || prev === 'nearly');
	}
	if (a.unit === 'ordinal' && tk.kind(i) === WORD) {
		return tk.kind(a.end) === WORD && !tk.isCapitalized(a.end) && tk.lower(a.end) !== 'of';
	}
	return true;
}

/** Extends the expression back over "about", "more than", "up to"… */
function withModifier(tk: Tokens, first: number, taken: Uint8Array): number {
	for (const words of MODIFIERS) {
		const from = first - words.length;
		if (from < 0) continue;
		let ok = true;
		for (let k = 0; k < words.length && ok; k++)
			ok = tk.lower(from + k) === words[k] && taken[from + k] === 0;
		if (ok) return from;
	}
	return first;
}

export function findNumbers(text: string, sentences: Span[]): NumberFact[] {
	if (typeof text !== 'string' || text.length === 0) return [];
	const tk = new Tokens(text);
	const taken = new Uint8Array(tk.length);
	for (const m of scanTimes(tk)) taken.fill(1, m.first, m.end);
	const locate = sentenceLocator(text, Array.isArray(sentences) ? sentences : []);
	const models = nameNumbers(tk);
	const facts: NumberFact[] = [];
	let i = 0;
	while (i < tk.length) {
		// "020 7946 0958": a leading zero makes a run of digit groups a phone number or code.
		if (tk.kind(i) === NUM && /^0\d/.test(tk.raw(i))) {
			do i++;
			while (tk.kind(i) === NUM);
			continue;
		}
		if (taken[i] === 1 || !mayStart(tk, i)) {
			i++;
			continue;
		}
		const a = amountAt(tk, i, tk.lower(i - 1) === 'between');
		if (!a || a.end <= i || taken.subarray(i, a.end).includes(1)) {
			i++;
			continue;
		}
		const model = a.unit === undefined && (models.has(tk.raw(i)) || isModelNumber(tk, i, a));
		if (model || !plausible(tk, i, a)) {
			// Skip the whole reading so "800" in "737-800" is not read again on its own.
			i = a.end;
			continue;
		}
		const first = withModifier(tk, i, taken);
		const start = tk.start(first);
		const end = tk.end(a.end - 1);
		const sentence = locate(start);
		const last = facts[facts.length - 1];
		const list = last && last.start >= sentence.start && last.unit === (a.unit ?? 'count');
		const fact: NumberFact = {
			start,
			end,
			text: text.slice(start, end),
			value: a.value,
			unit: a.unit ?? 'count',
			context: contextPhrase(text, sentence, start, end, list ? last.context : undefined)
		};
		if (a.currency !== undefined) fact.currency = a.currency;
		if (a.max !== undefined) fact.max = a.max;
		facts.push(fact);
		taken.fill(1, first, a.end);
		i = a.end;
	}
	return facts;
}
