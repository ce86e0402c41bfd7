import { label, type Analysis } from './analysis';
import { COMMON_WORDS, ROLE_WORDS } from './lexicon';
import { ORG_SUFFIXES } from './org-lexicon';
import { isModelName } from './organizations';
import { knownPlace } from './places';
import { isAcronym } from './tokens';

/**
 * Organisations named again in short: "Lockheed" after "Lockheed Martin", a name that a noun
 * showed to be a body ("airline Lufthansa"), and one-word names that act like companies.
 * Runs after people, so a surname is never taken for a company.
 */

// Past participles that read as passives ("Dreamliners delivered to …") are left out.
const COMPANY_VERBS = new Set(
	`said says announced announces reported reports posted unveils launches sued sues acquires
buys sells employs confirmed plans agreed orders delivers recalls ships files`.split(/\s+/)
);

/**
 * One-word names that are neither people (they ran first) nor places, acting like companies:
 * "Ryanair announced", "Chrysler said". News introduces people by full name, so a lone
 * unknown name that speaks is, far more often than not, a body.
 */
function actingCompanies(analysis: Analysis): Set<string> {
	const found = new Set<string>();
	const { text } = analysis;
	// "Researchers said": a capital that only ever opens sentences proves nothing.
	const midSentence = new Set(analysis.parts.filter((p) => !p.initial).map((p) => p.text));
	analysis.parts.forEach((part, index) => {
		if (analysis.labels.has(index) || part.modifier || part.text.includes(' ')) return;
		if (!midSentence.has(part.text)) return;
		if (isAcronym(part.text) || knownPlace(part.text) || part.text.length < 3) return;
		if (COMMON_WORDS.has(part.text.toLowerCase()) || ROLE_WORDS.has(part.text.toLowerCase()))
			return;
		const next = /^ (\p{Ll}+)/u.exec(text.slice(part.end, part.end + 20))?.[1] ?? '';
		if (COMPANY_VERBS.has(next)) found.add(part.text);
	});
	return found;
}

/** What follows a company's name and no place's: its staff, its shares ("Apple CEO"). */
const STAFF =
	/^ (?:CEO|CFO|COO|CTO|chairman|chairwoman|spokes(?:man|woman|person)|chief (?:executive|operating|financial|technology)|Chief (?:Executive|Operating|Financial|Technology)|executives?|founder|co-founder|employees|shares|shareholders|stock)\b/;

/**
 * Names followed by their staff or shares ("Apple CEO Steve Jobs", "Boeing spokesman", "Airbus
 * employees"): a body, unless the gazetteer knows a place by that name ("Kansas senator").
 */
function staffedCompanies(analysis: Analysis): Set<string> {
	const found = new Set<string>();
	analysis.parts.forEach((part, index) => {
		if (analysis.labels.has(index) || part.text.split(' ').length > 3) return;
		const lower = part.text.toLowerCase();
		// "Chief executive Thomas Enders": a title opening the sentence, not a company's staff.
		if (knownPlace(part.text) || COMMON_WORDS.has(lower) || ROLE_WORDS.has(lower)) return;
		if (!STAFF.test(analysis.text.slice(part.end, part.end + 30))) return;
		found.add(part.text);
		label(analysis, index, 'organization', part.text);
	});
	return found;
}

/** Later pass: a shortened name ("Lockheed" for "Lockheed Martin") joins its organisation. */
export function findShortOrganizations(analysis: Analysis): void {
	const prefixes = new Map<string, string>(analysis.namedOrgs);
	for (const l of analysis.labels.values()) {
		if (l.kind !== 'organization') continue;
		const name = analysis.text.slice(l.start, l.end);
		const words = name.split(' ');
		for (let n = 1; n < words.length; n++) {
			const prefix = words.slice(0, n).join(' ');
			const lastWord = words[n - 1] ?? '';
			if (!ORG_SUFFIXES.has(lastWord) && lastWord.length > 2 && !prefixes.has(prefix)) {
				prefixes.set(prefix, l.key);
			}
		}
	}
	for (const name of actingCompanies(analysis)) if (!prefixes.has(name)) prefixes.set(name, name);
	for (const name of staffedCompanies(analysis)) if (!prefixes.has(name)) prefixes.set(name, name);
	analysis.parts.forEach((part, index) => {
		if (analysis.labels.has(index) || part.modifier) return;
		const key = prefixes.get(part.text);
		if (key && !knownPlace(part.text) && !isModelName(analysis.text, part))
			label(analysis, index, 'organization', key);
	});
}
