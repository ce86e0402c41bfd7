/**
 * Wrong answers made by nudging a true one while keeping its format and granularity:
 * "January 20" → "January 27", "2018-19" → "2016-17", "77th" → "78th", 40% → 60%,
 * "Japanese Prime Minister" → "South Korean Prime Minister". Nearest variants come first.
 */
import {
	ACRONYM_WORDS,
	BUSINESS_RANK_GROUPS,
	MONTHS,
	NATIONALITIES,
	RANK_GROUPS,
	WEEKDAYS
} from './banks';

const STATE_OFFICE =
	/\b(minister|secretary|senator|ambassador|governor|mayor|leader|chancellor|king|queen|prince|envoy|president of)\b/i;

/**
 * Whether a title is a state office: it says so, names a nationality, or is a bare "President"
 * or "Vice President" (a company's president names its company: "Boeing President").
 */
export function isPoliticalTitle(role: string): boolean {
	return (
		STATE_OFFICE.test(role) ||
		NATIONALITIES.some((n) => role.includes(n)) ||
		/^(?:(?:former|acting|interim)\s+)?(?:vice\s+)?president$/i.test(role.trim())
	);
}
import { WORD_NUMBERS } from './distractors';
import { capitalize } from './normalize';
import type { Random } from './random';

const MONTH_RE = MONTHS.join('|');
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

function monthIndex(name: string): number {
	const i = SHORT_MONTHS.indexOf(name.slice(0, 3));
	return i;
}

/** The same month name style: "January" or "Jan." as the original wrote it. */
function monthName(index: number, like: string): string {
	const full = MONTHS[(index + 12) % 12] as string;
	// Abbreviated like "Jan." or "Sept", but "June" and "May" are written out: they stay whole.
	const abbreviated = like.length <= 4 && !MONTHS.includes(like);
	return abbreviated ? `${full.slice(0, 3)}${like.endsWith('.') ? '.' : ''}` : full;
}

const DAY_STEPS = [7, -3, 3, -7, 10, 4];
const MONTH_STEPS = [1, -1, 2];
const YEAR_STEPS = [1, -1, 2, -2, 3, -3];

/** Date variants in the same written format as `text`; [] for a format it does not know. */
export function perturbDate(text: string): string[] {
	const t = text.trim();
	const weekday = WEEKDAYS.indexOf(t);
	if (weekday >= 0) return [1, -1, 2, -2, 3].map((d) => WEEKDAYS[(weekday + d + 7) % 7] as string);
	let m = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(t);
	if (m) {
		const from = Number(m[1]);
		const width = (m[2] as string).length;
		const span = Number(width === 2 ? String(from).slice(0, 2) + m[2] : m[2]) - from;
		const sep = t.includes('–') ? '–' : t.includes('/') ? '/' : '-';
		// Shift by more than the range's width so no variant overlaps a true year.
		return [-(span + 1), span + 1, -2 * (span + 1), 2 * (span + 1)].map((d) => {
			const a = from + d;
			const b = String(a + span);
			return `${a}${sep}${width === 2 ? b.slice(-2) : b}`;
		});
	}
	if (/^\d{4}$/.test(t)) return YEAR_STEPS.map((d) => String(Number(t) + d));
	const month = MONTHS.indexOf(t);
	if (month >= 0) return [1, -1, 2, -2, 3].map((d) => MONTHS[(month + d + 12) % 12] as string);
	const season = /^(.*?)(\d{4})$/.exec(t);
	if (season && /spring|summer|fall|autumn|winter/i.test(t)) {
		return YEAR_STEPS.slice(0, 4).map((d) => `${season[1]}${Number(season[2]) + d}`);
	}
	m = new RegExp(
		`^(${MONTH_RE}|[A-Z][a-z]{2}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?(,?\\s+\\d{4})?$`
	).exec(t);
	if (m && monthIndex(m[1] as string) >= 0) {
		const [, mon = '', dayText = '', year = ''] = m;
		const day = Number(dayText);
		const month = monthIndex(mon);
		const days = DAY_STEPS.filter((d) => day + d >= 1 && day + d <= 28).map(
			(d) => `${mon} ${day + d}${year}`
		);
		const months = MONTH_STEPS.map((d) => `${monthName(month + d, mon)} ${day}${year}`);
		const y = /\d{4}/.exec(year)?.[0];
		if (y) for (const d of YEAR_STEPS.slice(0, 2)) months.push(`${mon} ${day}, ${Number(y) + d}`);
		return interleave(days, months);
	}
	m = new RegExp(`^(\\d{1,2})\\s+(${MONTH_RE})(\\s+\\d{4})?$`).exec(t);
	if (m) {
		const [, dayText = '', mon = '', year = ''] = m;
		const day = Number(dayText);
		const month = monthIndex(mon);
		const days = DAY_STEPS.filter((d) => day + d >= 1 && day + d <= 28);
		const months = MONTH_STEPS.map((d) => `${day} ${monthName(month + d, mon)}${year}`);
		return interleave(
			days.map((d) => `${day + d} ${mon}${year}`),
			months
		);
	}
	m = new RegExp(`^(${MONTH_RE})\\s+(\\d{4})$`).exec(t);
	if (m) {
		const [, mon = '', year = ''] = m;
		const month = monthIndex(mon);
		return [
			`${monthName(month + 1, mon)} ${year}`,
			`${monthName(month - 1, mon)} ${year}`,
			`${mon} ${Number(year) + 1}`,
			`${mon} ${Number(year) - 1}`
		];
	}
	m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
	if (m) {
		const [, y = '', mo = '', d = ''] = m;
		const pad = (n: number): string => String(n).padStart(2, '0');
		const day = Number(d);
		return [
			...[7, -3]
				.filter((s) => day + s >= 1 && day + s <= 28)
				.map((s) => `${y}-${mo}-${pad(day + s)}`),
			`${y}-${pad(((Number(mo) + 12) % 12) + 1)}-${d}`,
			`${Number(y) - 1}-${mo}-${d}`
		];
	}
	return [];
}

function interleave(a: string[], b: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if (i < a.length) out.push(a[i] as string);
		if (i < b.length) out.push(b[i] as string);
	}
	return out;
}

export function ordinalSuffix(n: number): string {
	const mod100 = n % 100;
	if (mod100 >= 11 && mod100 <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Number variants written like the original: same prefix/suffix, same rounding. */
export function perturbNumber(text: string, value: number, unit?: string): string[] {
	const ord = /^(\d+)(st|nd|rd|th)$/i.exec(text.trim());
	if (unit === 'ordinal' || ord) {
		const n = ord ? Number(ord[1]) : value;
		return [1, -1, 3, -2, 2, -3]
			.map((d) => n + d)
			.filter((v) => v > 0)
			.map((v) => `${v}${ordinalSuffix(v)}`);
	}
	const word = WORD_NUMBERS.indexOf(text.trim().toLowerCase());
	if (word >= 0) {
		const n = word + 1;
		const like = (w: string): string => (/^[A-Z]/.test(text) ? capitalize(w) : w);
		return [2 * n, n + 1, n - 1, Math.round(1.5 * n), Math.round(n / 2)]
			.filter((v) => v >= 1 && v <= 12 && v !== n)
			.map((v) => like(WORD_NUMBERS[v - 1] as string));
	}
	const m = /^(.*?)(\d[\d,]*(?:\.\d+)?)(.*)$/.exec(text);
	if (!m) return [];
	const [, prefix = '', digits = '', suffix = ''] = m;
	const n = Number(digits.replace(/,/g, ''));
	if (!Number.isFinite(n) || n === 0) return [];
	const decimals = digits.includes('.') ? (digits.split('.')[1] as string).length : 0;
	const trailingZeros = decimals ? 0 : (/0*$/.exec(digits.replace(/,/g, ''))?.[0].length ?? 0);
	const step = Math.min(10 ** trailingZeros, Math.max(1, n / 2));
	const format = (v: number): string => {
		const rounded = decimals ? v.toFixed(decimals) : String(Math.round(v / step) * step);
		const grouped = digits.includes(',') ? withCommas(rounded) : rounded;
		return `${prefix}${grouped}${suffix}`;
	};
	const isPercent = unit === 'percent' || suffix.trim().startsWith('%');
	return [0.5, 1.5, 2, 0.75, 3, 0.25, 1.25]
		.map((f) => n * f)
		.filter((v) => v > 0 && !(isPercent && v > 100))
		.map(format)
		.filter((s) => s !== text);
}

const wordRegexes = new Map<string, RegExp>();
function wordRegex(word: string): RegExp {
	let re = wordRegexes.get(word);
	// A hyphen joins words: "founder" is no rank inside "co-founder".
	if (!re) wordRegexes.set(word, (re = new RegExp(`(?<![\\w-])${word}(?![\\w-])`)));
	return re;
}

/** "28500" → "28,500" (toLocaleString is slow and locale-bound). */
function withCommas(digits: string): string {
	const [whole = '', fraction] = digits.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Titles with the nationality or the rank swapped, nearest (article's own) nationalities first. */
export function perturbTitle(role: string, preferredNationalities: string[] = []): string[] {
	const nat = NATIONALITIES.filter((n) => role.includes(n)).sort((a, b) => b.length - a.length)[0];
	// North ↔ South is the closest confusion ("North Korean" → "South Korean").
	const sibling = nat?.replace(/^(North|South)/, (w) => (w === 'North' ? 'South' : 'North'));
	const nationalities = [sibling ?? '', ...preferredNationalities, ...NATIONALITIES].filter(
		Boolean
	);
	const byNat = nat
		? nationalities
				.filter((n, i) => n !== nat && nationalities.indexOf(n) === i)
				.filter(
					(n) => !(nat === 'U.S.' && n === 'American') && !(nat === 'American' && n === 'U.S.')
				)
				.map((n) => role.replace(nat, n))
		: [];
	// The longest rank written in the title, so "Vice President" is swapped whole (never the
	// "President" inside it, which made "Vice Vice President").
	let best: { group: string[]; rank: string; at: number } | undefined;
	// A title with a nationality or a state office swaps within politics; any other (a company's
	// "Executive Vice President", "Boeing CEO") within a company's ranks.
	const political = nat !== undefined || isPoliticalTitle(role);
	for (const group of political ? RANK_GROUPS : BUSINESS_RANK_GROUPS) {
		for (const rank of group) {
			const at = role.search(wordRegex(rank));
			if (at >= 0 && rank.length > (best?.rank.length ?? 0)) best = { group, rank, at };
		}
	}
	const byRank: string[] = [];
	if (best) {
		const { group, rank, at } = best;
		for (const other of group) {
			if (other !== rank) byRank.push(role.slice(0, at) + other + role.slice(at + rank.length));
		}
	}
	return interleave(byRank, byNat);
}

/** Whether two words differ in at most two letters (edit distance ≤ 2): spellings of one word. */
function nearlySame(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 2) return false;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(
				(previous[j] as number) + 1,
				(row[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost
			);
		}
		previous = row;
	}
	return (previous[b.length] as number) <= 2;
}

/** Expansions that still fit the acronym: one word swapped for another with the same initial. */
export function perturbExpansion(name: string): string[] {
	const words = name.split(' ');
	const out: string[] = [];
	for (let round = 0; round < 3; round++) {
		for (let i = words.length - 1; i >= 0; i--) {
			const word = words[i] as string;
			// "Defense" for "Defence" is the same name spelt otherwise, not a wrong expansion.
			const alternatives = (ACRONYM_WORDS[word.charAt(0).toLowerCase()] ?? []).filter(
				(w) => !nearlySame(w.toLowerCase(), word.toLowerCase())
			);
			const alt = alternatives[round];
			if (alt) out.push(words.map((w, j) => (j === i ? alt : w)).join(' '));
		}
	}
	return out;
}

const ORDINAL_WORDS = (
	'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth ' +
	'thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
).split(' ');

/**
 * Wrong amounts for a number, written like it: evenly spaced around the answer with a step drawn
 * from the seed (10–50% of it), the answer at a random place among them. Multiples (½×, 1½×, 2×)
 * made every option list 1:2:3:4 or 2:3:4:6 of some unit with the answer at 2 or 4, which a
 * learner can pick without reading the article.
 */
export function numberLadder(
	text: string,
	value: number,
	unit: string | undefined,
	random: Random
): string[] {
	const m = /^(.*?)(\d[\d,]*(?:\.\d+)?)(.*)$/.exec(text);
	if (!m || unit === 'ordinal' || /\d(st|nd|rd|th)$/i.test(text)) return [];
	const [, prefix = '', digits = '', suffix = ''] = m;
	const n = Number(digits.replace(/,/g, ''));
	if (!Number.isFinite(n) || n === 0) return [];
	const decimals = digits.includes('.') ? (digits.split('.')[1] as string).length : 0;
	const trailingZeros = decimals ? 0 : (/0*$/.exec(digits.replace(/,/g, ''))?.[0].length ?? 0);
	// One significant digit ("100", "2,000") would make the step the number itself: step finer.
	const significant = digits.replace(/[,.]/g, '').replace(/0+$/, '').length;
	const grain = decimals
		? 10 ** -decimals
		: 10 ** Math.max(0, significant === 1 ? trailingZeros - 1 : trailingZeros);
	const share = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5][Math.floor(random() * 6)] as number;
	const step = Math.max(grain, Math.round((n * share) / grain) * grain);
	const isPercent = unit === 'percent' || suffix.trim().startsWith('%');
	let below = Math.floor(random() * 4);
	// Shift the window up while it would reach zero, down while a percentage would pass 100.
	while (below > 0 && n - below * step <= 0) below--;
	while (isPercent && below < 3 && n + (3 - below) * step > 100) below++;
	const out: string[] = [];
	for (let d = -below; d <= 3 - below; d++) {
		if (d === 0) continue;
		const v = n + d * step;
		const rounded = decimals ? v.toFixed(decimals) : String(Math.round(v / grain) * grain);
		const written = `${prefix}${digits.includes(',') ? withCommas(rounded) : rounded}${suffix}`;
		if (v > 0 && written !== text && !out.includes(written)) out.push(written);
	}
	return out;
}

/** The number a value states: its digits ("US$6.8 billion" → 6.8, "5th" → 5) or its word. */
function statedNumber(text: string): number {
	const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
	return digits ? Number(digits[0].replace(/,/g, '')) : wordValue(text);
}

/**
 * Variants reordered so that the answer takes a random rank among four options. Nearest-first
 * variants (½×, 1½×, 2×) put the answer second-smallest every time, which a learner learns to
 * pick without reading the article.
 */
export function aroundAnswer(answer: string, variants: string[], random: Random): string[] {
	const value = statedNumber(answer);
	if (Number.isNaN(value)) return variants;
	const below = variants.filter((v) => statedNumber(v) < value);
	const above = variants.filter((v) => statedNumber(v) > value);
	const wantBelow = Math.floor(random() * 4);
	const first = [...below.slice(0, wantBelow), ...above.slice(0, 3 - wantBelow)];
	return [...first, ...variants.filter((v) => !first.includes(v))];
}

/** A number's value when written as a word ("Three" → 3, "fourth" → 4), else NaN. */
function wordValue(text: string): number {
	const lower = text.trim().toLowerCase();
	const cardinal = WORD_NUMBERS.indexOf(lower);
	if (cardinal >= 0) return cardinal + 1;
	const ordinal = ORDINAL_WORDS.indexOf(lower);
	return ordinal >= 0 ? ordinal + 1 : NaN;
}

/**
 * `value` written the way `answer` is, or null when it cannot be: an option in another style
 * ("5th" among "fourth", "two" beside "Three") marks itself out as a distractor, or the answer
 * as the odd one. Digits stay digits, words stay words, and a capital stays a capital.
 */
export function inStyleOf(answer: string, value: string): string | null {
	const a = answer.trim();
	// "more than 300", "at least 41", "200-250" beside a plain "86" stand out, and the other way
	// round: only a value with the answer's qualifier (or none, like it) is offered.
	const qualifier = (t: string): string => /^[^\d$€£¥]*/.exec(t.trim().toLowerCase())?.[0] ?? '';
	const isRange = (t: string): boolean => /\d\s*[-–]\s*\d|\bto\b|\band\b/.test(t);
	if (/\d/.test(a) && /\d/.test(value)) {
		if (qualifier(a) !== qualifier(value) || isRange(a) !== isRange(value)) return null;
	}
	const asWord = !/\d/.test(a) && !Number.isNaN(wordValue(a));
	const ordinal = /\d(st|nd|rd|th)$/i.test(a) || ORDINAL_WORDS.includes(a.toLowerCase());
	let out = value.trim();
	if (asWord) {
		const digits = /^(\d+)(?:st|nd|rd|th)?$/i.exec(out);
		const n = digits ? Number(digits[1]) : wordValue(out);
		const words = ordinal ? ORDINAL_WORDS : WORD_NUMBERS;
		if (!(n >= 1 && n <= words.length)) return null;
		out = words[n - 1] as string;
		return /^\p{Lu}/u.test(a) ? capitalize(out) : out;
	}
	if (/\d/.test(a) && !/\d/.test(out)) {
		const n = wordValue(out);
		if (Number.isNaN(n)) return null;
		out = ordinal ? `${n}${ordinalSuffix(n)}` : String(n);
	}
	return out;
}
