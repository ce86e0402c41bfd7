import { label, type Analysis } from './analysis';
import { DEMONYM_PLACES, PLACES } from './gazetteer';
import { knownPlace } from './places';
import {
	KNOWN_ORGS,
	NON_ORG_ACRONYMS,
	ORG_NOUNS,
	ORG_SUFFIXES,
	PLACE_SUFFIXES
} from './org-lexicon';
import { isAcronym } from './tokens';
import type { Organization } from './types';

/** Corporate endings dropped when grouping ("Apple Inc." is "Apple"). */
const LEGAL_ENDINGS = /[\s,]+(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|NV|N\.V|GmbH|Limited)\.?$/;

export function orgKey(name: string): string {
	return KNOWN_ORGS.get(name) ?? name.replace(LEGAL_ENDINGS, '');
}

function acronymLetters(acronym: string): string {
	return acronym.replace(/[^A-Z]/g, '');
}

/** Whether `acronym` abbreviates `name`: same first letter, the rest in order ("SIA"). */
export function abbreviates(acronym: string, name: string): boolean {
	const letters = acronymLetters(acronym);
	const upper = name.toUpperCase();
	if (letters.length < 2 || letters[0] !== upper[0]) return false;
	let i = 0;
	for (const ch of upper) if (ch === letters[i]) i++;
	return i === letters.length;
}

/** Extends a name over a trailing "Inc." dot, which the tokenizer leaves out. */
function withDot(text: string, end: number, name: string): number {
	return /(?:Inc|Corp|Co|Ltd|Jr|Sr)$/.test(name) && text[end] === '.' ? end + 1 : end;
}

/**
 * First pass: organisations that need no context — the bank, organisation endings, acronyms
 * defined in parentheses. Runs before people so "Korean Central News Agency" never becomes one.
 */
export function findOrganizations(analysis: Analysis, acronyms: Map<string, string>): void {
	const { text, parts } = analysis;
	const shouting = isShouting(text);
	parts.forEach((part, index) => {
		if (part.modifier && !KNOWN_ORGS.has(part.text) && !endsLikeOrg(part.text)) return;
		const defined = /^ \(([A-Z][A-Za-z&.-]{1,9})\)/.exec(text.slice(part.end, part.end + 14));
		const words = part.text.split(' ');
		const lastWord = words[words.length - 1] ?? '';
		if (defined?.[1] && abbreviates(defined[1], part.text) && words.length > 1) {
			const isPlace = PLACES.has(part.text) || PLACE_SUFFIXES.has(lastWord);
			// "Software Development Kit (SDK)" names a thing: its acronym is no body either.
			const isOrg = KNOWN_ORGS.has(part.text) || endsLikeOrg(part.text);
			if (isPlace || !isOrg) {
				acronyms.set(defined[1], '');
				return;
			}
			acronyms.set(defined[1], orgKey(part.text));
			label(analysis, index, 'organization', orgKey(part.text));
			return;
		}
		if (isModelName(text, part)) return;
		if (words.length > 1 && lastWord === 'Flight') {
			// "Air France Flight 447": the airline without the flight.
			const end = part.end - ' Flight'.length;
			const key = orgKey(text.slice(part.start, end));
			label(analysis, index, 'organization', key, { start: part.start, end });
			return;
		}
		if (/^\p{L}[\p{L}\d-]*\.(?:com|org|net|io)$/iu.test(part.text)) {
			label(analysis, index, 'organization', part.text);
			return;
		}
		if (KNOWN_ORGS.has(part.text)) {
			if (shouting && part.text === part.text.toUpperCase()) return;
			// "in the Amazon": a name that is also a place, with an article, is the place.
			if (PLACES.has(part.text) && text.endsWith('the ', part.start)) return;
			label(analysis, index, 'organization', orgKey(part.text));
			return;
		}
		const lead = KNOWN_ORGS.has(words[0] ?? '') ? (words[0] ?? '') : '';
		if (lead && !endsLikeOrg(part.text) && !/\d/.test(part.text)) {
			// "Intel Core Duo", "Apple Worldwide Developers Conference": the maker alone.
			label(analysis, index, 'organization', orgKey(lead), {
				start: part.start,
				end: part.start + lead.length
			});
			return;
		}
		const nounAfter = orgNounAfter(text, part.end);
		if (nounAfter && !knownPlace(part.text) && !DEMONYM_PLACES.has(part.text)) {
			// "the United Auto Workers union (UAW)", "Saab, GM's Swedish unit,".
			const key = orgKey(part.text);
			if (nounAfter.acronym && abbreviates(nounAfter.acronym, part.text)) {
				acronyms.set(nounAfter.acronym, key);
			}
			analysis.namedOrgs.set(part.text, key);
			label(analysis, index, 'organization', key);
			return;
		}
		if (afterOrgNoun(text, part.start) && !PLACES.has(part.text)) {
			// "airline Lufthansa", "magazine Der Spiegel": the noun says what the name is.
			const key = orgKey(part.text);
			analysis.namedOrgs.set(part.text, key);
			label(analysis, index, 'organization', key);
			return;
		}
		// "UK RAF", "US FAA": a country's abbreviation before a body's.
		const body = words[1] ?? '';
		if (words.length === 2 && /^(?:US|U\.S\.|UK|U\.K\.)$/.test(words[0] ?? '')) {
			if (isAcronym(body) && !NON_ORG_ACRONYMS.has(body) && !knownPlace(body)) {
				label(analysis, index, 'organization', body);
				return;
			}
		}
		if (words.length > 1 && endsLikeOrg(part.text) && !PLACES.has(part.text)) {
			label(analysis, index, 'organization', orgKey(part.text));
			return;
		}
		if (words.length > 1 && words[0] === 'Air' && PLACES.has(words.slice(1).join(' '))) {
			label(analysis, index, 'organization', part.text);
		}
	});
	// Acronyms: defined ones join their organisation; other capitals are organisations unless
	// they are places or everyday abbreviations.
	parts.forEach((part, index) => {
		if (analysis.labels.has(index) || part.modifier || !isAcronym(part.text)) return;
		if (part.text.includes(' ')) return;
		const defined = acronyms.get(part.text);
		if (defined) label(analysis, index, 'organization', defined);
		else if (defined === undefined && !shouting && isLoneAcronymOrg(text, part.text, part.start)) {
			label(analysis, index, 'organization', part.text);
		}
	});
}

/** "… Agency", or "Royal Courts of Justice": an organisation word before "of". */
function endsLikeOrg(name: string): boolean {
	const words = name.split(' ');
	const last = words[words.length - 1] ?? '';
	if (ORG_SUFFIXES.has(last) && !PLACE_SUFFIXES.has(last)) return true;
	const of = words.indexOf('of');
	return (
		of > 0 && ORG_SUFFIXES.has(words[of - 1] ?? '') && !PLACE_SUFFIXES.has(words[of - 1] ?? '')
	);
}

/** "Boeing 787", "Airbus A380": a maker's name on a model is a product, not the maker. */
export function isModelName(text: string, part: { text: string; end: number }): boolean {
	return !part.text.includes(' ') && /^ \p{L}?\d/u.test(text.slice(part.end, part.end + 3));
}

/** Organisation nouns that name what stands right before them ("… union", "… party"). */
const TRAILING_ORG_NOUNS = new Set(
	`union party group company firm agency airline carrier council committee ministry board
federation association league club band unit subsidiary consortium conglomerate`.split(/\s+/)
);

/**
 * "the United Auto Workers union (UAW)" or an apposition "Saab, GM's Swedish unit,": the noun
 * after a name says it is an organisation; an acronym in parentheses may follow the noun.
 */
function orgNounAfter(text: string, end: number): { acronym?: string } | undefined {
	const after = text.slice(end, end + 80);
	const direct = /^ (\p{Ll}+)(?: \(([A-Z]{2,6})\))?/u.exec(after);
	if (direct?.[1] && TRAILING_ORG_NOUNS.has(direct[1])) return { acronym: direct[2] };
	const apposition = /^, (?:(?:the|a|an) )?(?:[\p{L}’'.-]+ ){0,4}?(\p{Ll}+),/u.exec(after);
	if (apposition?.[1] && TRAILING_ORG_NOUNS.has(apposition[1])) return {};
	return undefined;
}

/** "airline Lufthansa", "Irish low cost airline, Ryanair,": a noun that says what follows. */
function afterOrgNoun(text: string, start: number): boolean {
	const m = /(\p{Ll}+),? $/u.exec(text.slice(Math.max(0, start - 30), start));
	return m?.[1] !== undefined && ORG_NOUNS.has(m[1]);
}

function isShouting(text: string): boolean {
	const sample = text.slice(0, 2000);
	const upper = sample.replace(/[^\p{Lu}]/gu, '').length;
	const lower = sample.replace(/[^\p{Ll}]/gu, '').length;
	return upper > lower;
}

function isLoneAcronymOrg(text: string, word: string, start: number): boolean {
	const letters = acronymLetters(word);
	if (letters.length < 2 || letters.length > 6 || word.length > 8) return false;
	if (NON_ORG_ACRONYMS.has(word) || NON_ORG_ACRONYMS.has(letters) || knownPlace(word)) return false;
	if (/\d/.test(word)) return false;
	// "(MRO)" after a lower-case phrase abbreviates a thing, not a body.
	if (text[start - 1] === '(') return false;
	return true;
}

/** What companies do in the news, right after their name ("Chrysler announced"). */
/** Builds the organisation list from the labels. */
export function collectOrganizations(
	analysis: Analysis,
	acronyms: Map<string, string>
): Organization[] {
	const byKey = new Map<string, Organization>();
	const sorted = [...analysis.labels.values()]
		.filter((l) => l.kind === 'organization')
		.sort((a, b) => a.start - b.start);
	for (const l of sorted) {
		const written = analysis.text.slice(l.start, l.end);
		const end = withDot(analysis.text, l.end, written);
		let org = byKey.get(l.key);
		if (!org) {
			org = { name: written, mentions: [] };
			byKey.set(l.key, org);
		}
		org.mentions.push({ start: l.start, end });
		if (isAcronym(written) && !written.includes(' ')) org.acronym ??= written;
		else if (written.length > org.name.length || isAcronym(org.name)) org.name = written;
	}
	for (const [acronym, key] of acronyms) {
		const org = byKey.get(key);
		if (org && org.name !== acronym) org.acronym = acronym;
	}
	// Key order follows the CLI contract: name, acronym, mentions.
	return [...byKey.values()].map(({ name, acronym, mentions }) => {
		const bare = name.replace(LEGAL_ENDINGS, '') || name;
		return acronym && acronym !== bare
			? { name: bare, acronym, mentions }
			: { name: bare, mentions };
	});
}
