/**
 * Choosing wrong answers: same-kind facts from the article first, then perturbations of the
 * answer, then the built-in bank — never something that is also true (an alias, another true
 * value), never a duplicate, never something the prompt itself names.
 */
import { US_STATE_NAMES } from '../gazetteer';
import {
	CITIES,
	CONTINENTS,
	COUNTRIES,
	MONTHS,
	ORGANIZATION_GROUPS,
	ORGANIZATION_KEYWORDS,
	REGIONS
} from './banks';
import { normalizeAnswer } from './normalize';
import { shuffled, type Random } from './random';

export interface DistractorRequest {
	answer: string;
	/** Same-kind values from the article, best first. */
	article: string[];
	/** Variants of the answer, nearest first. */
	perturbed?: string[];
	/** Bank values of the same granularity. */
	bank?: string[];
	/** Values that are also true and so may never be offered as wrong. */
	alsoTrue?: string[];
	/** Another test of truth, asked only of values about to be offered (it may be costly). */
	trueIf?: (value: string) => boolean;
	/**
	 * Name words of the answer: a value sharing one may be the same person under another
	 * spelling ("Tim Cook" / "Timothy D. Cook"), so it is never offered.
	 */
	avoidWords?: string[];
	prompt: string;
	/**
	 * The whole proving sentence, when the prompt shows it with a blank: nothing else it names
	 * may be offered ("the United States, _____ and Japan" cannot offer Japan, even when the
	 * prompt was cut before it).
	 */
	sentence?: string;
	count?: number;
}

/** Up to `count` distractors (3 by default); fewer means the question cannot be asked. */
export function pickDistractors(request: DistractorRequest, random: Random): string[] {
	const count = request.count ?? 3;
	const truths = [request.answer, ...(request.alsoTrue ?? [])].map(normalizeAnswer);
	const banned = new Set(truths);
	const padded = truths.filter(Boolean).map((t) => ` ${t} `);
	const out: string[] = [];
	const chosen: string[] = [];
	const prompt = ` ${normalizeAnswer(request.prompt)} ${request.sentence ? normalizeAnswer(request.sentence) : ''} `;
	const avoid = new Set(
		(request.avoidWords ?? []).map(normalizeAnswer).filter((w) => w.length > 2)
	);
	const consider = (values: string[]): void => {
		for (const value of values) {
			if (out.length >= count) return;
			const key = normalizeAnswer(value);
			if (!key || banned.has(key)) continue;
			if (prompt.includes(` ${key} `)) continue;
			// A longer or shorter form of a true value is the same thing ("Boeing" and "Boeing
			// Commercial Airplanes", "51" and "all 51", "founder" and "co-founder").
			const k = ` ${key} `;
			if (padded.some((t) => t.includes(k) || k.includes(t))) continue;
			// The same holds between two wrong options ("Joris van Dijk", "Van Dijk").
			if (chosen.some((t) => t.includes(k) || k.includes(t))) continue;
			if (avoid.size && key.split(' ').some((w) => avoid.has(w))) continue;
			if (request.trueIf?.(value)) continue;
			banned.add(key);
			chosen.push(k);
			out.push(value);
		}
	};
	// The article tier is shuffled (any same-kind fact is as good as another); perturbations
	// keep their nearest-first order; the bank is shuffled so decks differ between seeds.
	consider(shuffled(request.article.slice(0, 40), random));
	consider((request.perturbed ?? []).slice(0, 12));
	consider(shuffled(request.bank ?? [], random));
	return out;
}

export type PlaceKind = 'country' | 'state' | 'city' | 'continent' | 'region' | 'other';

const normalSet = (list: string[]): Set<string> => new Set(list.map(normalizeAnswer));
// In order: a name in two sets takes the first ("Australia" is a country, not a continent).
const PLACE_SETS: [PlaceKind, Set<string>][] = [
	['country', normalSet(COUNTRIES)],
	['state', normalSet(US_STATE_NAMES as string[])],
	['city', normalSet(CITIES)],
	['continent', normalSet(CONTINENTS)],
	['region', normalSet(REGIONS)]
];
const ORGANIZATION_SETS = Object.entries(ORGANIZATION_GROUPS).map(
	([group, names]) => [group, normalSet(names)] as const
);

export function placeKind(name: string): PlaceKind {
	const key = normalizeAnswer(name);
	const kinds = PLACE_SETS.filter(([, set]) => set.has(key)).map(([kind]) => kind);
	// "Washington" and "New York" are cities and states: asking for either could be wrong.
	if (kinds[0] === 'state' && kinds.includes('city')) return 'other';
	return kinds[0] ?? 'other';
}

const PLACE_BANKS: Record<PlaceKind, readonly string[]> = {
	country: COUNTRIES,
	state: US_STATE_NAMES,
	city: CITIES,
	continent: CONTINENTS,
	region: REGIONS,
	other: []
};

export function placeBank(kind: PlaceKind): string[] {
	return [...PLACE_BANKS[kind]];
}

/** The group an organisation belongs to ("media", "alliance"…), or 'other'. */
export function organizationGroup(name: string): string {
	const key = normalizeAnswer(name);
	for (const [group, names] of ORGANIZATION_SETS) if (names.has(key)) return group;
	for (const [re, group] of ORGANIZATION_KEYWORDS) if (re.test(name)) return group;
	return 'other';
}

export function organizationBank(group: string): string[] {
	return ORGANIZATION_GROUPS[group] ?? [];
}

export type DateShape =
	| 'weekday'
	| 'month-day'
	| 'month-day-year'
	| 'day-month'
	| 'month-year'
	| 'year'
	| 'year-range'
	| 'iso'
	| 'month'
	| 'season'
	| 'time'
	| 'other';

/** The written granularity of a date, so "2019" is never offered against "January 20". */
export function dateShape(text: string): DateShape {
	const t = text.trim();
	if (/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(t)) return 'weekday';
	if (/^\d{4}\s*[-–/]\s*(\d{2}|\d{4})$/.test(t)) return 'year-range';
	if (/^\d{4}$/.test(t)) return 'year';
	if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return 'iso';
	if (/^[A-Z][a-z]+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}$/.test(t)) return 'month-day-year';
	if (/^[A-Z][a-z]+\.?\s+\d{1,2}(st|nd|rd|th)?$/.test(t)) return 'month-day';
	if (/^\d{1,2}\s+[A-Z][a-z]+(\s+\d{4})?$/.test(t)) return 'day-month';
	if (/^[A-Z][a-z]+\s+\d{4}$/.test(t)) return 'month-year';
	if (MONTH_SET.has(t)) return 'month';
	if (/^(?:the\s+)?(spring|summer|fall|autumn|winter)(\s+of)?\s+\d{4}$/i.test(t)) return 'season';
	if (/\d{1,2}:\d{2}|\b[ap]\.?m\.?$/i.test(t)) return 'time';
	return 'other';
}

const MONTH_SET = new Set(MONTHS);

/**
 * A date a question can be about: a calendar expression of a known shape. Times ("18:00 UTC")
 * and relative words ("today", "last month") are left out: out of context they have no answer.
 */
export function isAskableDate(date: { text: string }): boolean {
	const shape = dateShape(date.text);
	return shape !== 'other' && shape !== 'time';
}

/** A value that places the date on the calendar (for ordering), including resolved relatives. */
export function hasCalendarValue(date: { value?: string }): boolean {
	return /^(\d{4}(-\d{2}(-\d{2})?)?(\/\d{4})?|--\d{2}-\d{2})$/.test(date.value ?? '');
}

/** The written granularity of a number: ordinal, percent, money or plain count. */
export function numberShape(text: string, unit?: string): string {
	if (unit === 'ordinal' || /\d(st|nd|rd|th)$/i.test(text)) return 'ordinal';
	if (unit === 'percent' || /%|percent/.test(text)) return 'percent';
	const scale =
		/\b(thousand|million|billion|trillion|bn|m)\b/i.exec(text)?.[1]?.toLowerCase() ?? '';
	if (/\bbetween\b|\bto\b|–/.test(text)) return 'range';
	if (unit === 'money' || /[$€£¥]/.test(text)) {
		return `money:${/^[^\d]*/.exec(text)?.[0] ?? ''}:${scale}`;
	}
	if (!/\d/.test(text)) return WORD_NUMBERS.includes(text.toLowerCase()) ? 'word' : 'other';
	return `count:${unit ?? ''}:${scale}`;
}

/** Numbers written as words, one to twelve. */
export const WORD_NUMBERS = 'one two three four five six seven eight nine ten eleven twelve'.split(
	' '
);
