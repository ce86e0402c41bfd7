/**
 * Test fixture: the gold facts of the sample article with real offsets, found by searching the
 * text. The question generator is tested against these so its tests do not depend on the
 * extractor's quality.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DateFact, Facts, NumberFact, Quote, Span } from '../types';

export const sampleText = readFileSync(
	fileURLToPath(new URL('../../sample/seed-article.txt', import.meta.url)),
	'utf8'
);

export const sampleReferenceDate = '2025-02-09';

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Whole-word occurrences of `form` (case-insensitive when asked), skipping `taken` ranges. */
function occurrences(text: string, form: string, ignoreCase = false, taken: Span[] = []): Span[] {
	const hay = ignoreCase ? text.toLowerCase() : text;
	const needle = ignoreCase ? form.toLowerCase() : form;
	const out: Span[] = [];
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
		const end = i + needle.length;
		if (isLetter(text[i - 1]) || isLetter(text[end])) continue;
		if (taken.some((t) => i < t.end && end > t.start)) continue;
		out.push({ start: i, end });
	}
	return out;
}

/** Mentions of a name and its aliases, longest form first so "Kim" inside "Kim Jong Un" is skipped. */
function mentionsOf(text: string, forms: string[], ignoreCase = false): Span[] {
	const taken: Span[] = [];
	for (const form of [...forms].sort((a, b) => b.length - a.length)) {
		taken.push(...occurrences(text, form, ignoreCase, taken));
	}
	return taken.sort((a, b) => a.start - b.start);
}

function first(text: string, form: string): Span {
	const span = occurrences(text, form)[0];
	if (!span) throw new Error(`fixture: "${form}" not in the sample text`);
	return span;
}

function date(text: string, form: string, event: string, value?: string): DateFact {
	return { ...first(text, form), text: form, event, ...(value ? { value } : {}) };
}

function quote(text: string, words: string, speaker: string): Quote {
	const start = text.indexOf(words);
	if (start < 0) throw new Error(`fixture: quote "${words}" not in the sample text`);
	return { start, end: start + words.length, text: words, speaker };
}

export function buildSampleFacts(text: string = sampleText): Facts {
	const person = (name: string, aliases: string[], roles: string[]) => ({
		name,
		aliases,
		roles,
		mentions: mentionsOf(text, [name, ...aliases])
	});
	const org = (name: string, acronym?: string) => ({
		name,
		...(acronym ? { acronym } : {}),
		mentions: mentionsOf(text, acronym ? [name, acronym] : [name])
	});
	const place = (name: string) => ({ name, mentions: mentionsOf(text, [name], true) });
	const seventySeventh: NumberFact = {
		...first(text, '77th'),
		text: '77th',
		value: 77,
		unit: 'ordinal',
		context: 'anniversary of the Korean People’s Army'
	};
	return {
		people: [
			person('Kim Jong Un', ['Kim'], ['North Korean leader']),
			person('Donald Trump', ['Trump'], ['U.S. President']),
			person('Shigeru Ishiba', ['Ishiba'], ['Japanese Prime Minister'])
		],
		organizations: [
			org('Korean Central News Agency', 'KCNA'),
			org('Korean People’s Army'),
			org('NATO'),
			org('Fox News')
		],
		places: [
			'Seoul',
			'South Korea',
			'North Korea',
			'United States',
			'Japan',
			'Korean Peninsula',
			'Russia',
			'Ukraine'
		].map(place),
		dates: [
			date(text, 'Sunday', 'state media reported Kim’s remarks'),
			date(text, 'January 20', 'Trump took office', '--01-20'),
			date(text, 'January 23', 'Fox News interview with Trump aired', '--01-23'),
			date(text, '2018-19', 'previous Trump–Kim meetings', '2018/2019')
		],
		numbers: [seventySeventh],
		quotes: [
			quote(text, 'I think I stopped the war.', 'Donald Trump'),
			quote(text, 'a smart guy', 'Donald Trump'),
			quote(text, 'not a religious zealot.', 'Donald Trump'),
			quote(text, 'I will, yeah.', 'Donald Trump')
		]
	};
}
