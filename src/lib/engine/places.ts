import { label, textAfter, wordBefore, type Analysis } from './analysis';
import { FIRST_NAMES } from './first-names';
import { CITY_NAMES, DEMONYM_PLACES, PLACES } from './gazetteer';
import { COMMON_WORDS, THING_WORDS } from './lexicon';
import { PLACE_SUFFIXES } from './org-lexicon';
import { isAcronym } from './tokens';
import type { Place } from './types';

/** Prepositions after which an unknown capitalised name is most often a place. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout']);

/** The canonical place a name refers to, if the gazetteer knows it. */
export function knownPlace(name: string): string | undefined {
	const found = PLACES.get(name) ?? DEMONYM_PLACES.get(name);
	if (found || name.length < 4 || !isAcronym(name)) return found;
	// Datelines shout: "SEOUL, South Korea —".
	return PLACES.get(titleCase(name));
}

export function titleCase(name: string): string {
	return name
		.toLowerCase()
		.replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, ch: string) => gap + ch.toUpperCase());
}

/** Words that make a name an event or a title, whatever preposition comes before it. */
const NOT_PLACE_WORDS = new Set(
	`Conference Summit Forum Expo Festival Games Cup Championship Championships Olympics Show
Awards Week Day Prize Open Tour Series League Act Bill Treaty Accord Agreement Program
Programme Project Plan Report Review Technica Times Journal`.split(/\s+/)
);

/** "Mobile, Alabama": the state or country after a town, when the gazetteer knows it. */
function regionAfter(text: string, end: number): string | undefined {
	const m = /^, (\p{Lu}[\p{L}.]+)(?: (\p{Lu}\p{L}+))?/u.exec(textAfter(text, end, 40));
	const first = m?.[1];
	if (!first) return undefined;
	// "New Mexico", "Alabama", "Alabama." at a sentence end; "U.S." keeps its dot.
	const candidates = [m[2] ? `${first} ${m[2]}` : '', first, first.replace(/\.$/, '')];
	return candidates.find((c) => c && PLACES.has(c) && !CITY_NAMES.has(c));
}

function unknownButPlaceLike(analysis: Analysis, index: number): boolean {
	const { text, parts } = analysis;
	const part = parts[index];
	if (!part || part.modifier || /\p{N}/u.test(part.text) || isAcronym(part.text)) return false;
	const words = part.text.split(' ');
	if (words.length > 4 || COMMON_WORDS.has(part.text.toLowerCase())) return false;
	if (FIRST_NAMES.has((words[0] ?? '').toLowerCase()) && words.length > 1) return false;
	if (words.some((w) => NOT_PLACE_WORDS.has(w) || THING_WORDS.has(w.toLowerCase()))) return false;
	if (PLACE_SUFFIXES.has(words[words.length - 1] ?? '') && words.length > 1) return true;
	if (regionAfter(text, part.end)) return true;
	// "published in Science", "in Nature": abstract nouns are not places.
	if (words.length === 1 && /(?:ence|ance|tion|ment|ness|ity|ing|ure|ism)$/.test(part.text)) {
		return false;
	}
	return PLACE_PREPOSITIONS.has(wordBefore(text, part.start));
}

/** Labels places: gazetteer names and demonyms first, then names that stand where places do. */
export function findPlaces(analysis: Analysis): void {
	const { text } = analysis;
	analysis.parts.forEach((part, index) => {
		const taken = analysis.labels.get(index);
		if (taken) {
			// "US Air Force", "UK RAF": the country that owns a body is a place of its own.
			const country = /^(?:US|U\.S\.|UK|U\.K\.) /.exec(part.text)?.[0].trim();
			const place = country ? knownPlace(country) : undefined;
			if (place && country && taken.kind === 'organization' && taken.start === part.start) {
				const span = { start: part.start, end: part.start + country.length };
				analysis.nested.push({ ...span, kind: 'place', key: place });
			}
			return;
		}
		// "US$40 billion", "$9.99 US dollars": a currency, not the country.
		if (/^(?:\$| dollars?\b)/.test(textAfter(text, part.end, 9))) return;
		const known = knownPlace(part.text);
		if (!known && !unknownButPlaceLike(analysis, index)) return;
		// "said in French": after "in", a demonym is the language.
		const demonymOnly = !PLACES.has(part.text) && DEMONYM_PLACES.has(part.text);
		if (demonymOnly && wordBefore(text, part.start) === 'in') return;
		// "Toulouse, France" is one mention of the town; "France" is a mention of its own too.
		const region = known && !CITY_NAMES.has(known) ? undefined : regionAfter(text, part.end);
		let end = region ? part.end + 2 + region.length : part.end;
		if (!region && text.startsWith(' airport', end)) end += ' airport'.length;
		label(analysis, index, 'place', known ?? part.text, { start: part.start, end });
	});
}

export function collectPlaces(analysis: Analysis): Place[] {
	const byKey = new Map<string, Place>();
	const sorted = [...analysis.labels.values(), ...analysis.nested]
		.filter((l) => l.kind === 'place')
		.sort((a, b) => a.start - b.start);
	for (const l of sorted) {
		let place = byKey.get(l.key);
		if (!place) {
			place = { name: l.key, mentions: [] };
			byKey.set(l.key, place);
		}
		place.mentions.push({ start: l.start, end: l.end });
	}
	return [...byKey.values()];
}
