import { label, textAfter, wordBefore, type Analysis } from './analysis';
import { FIRST_NAMES } from './first-names';
import { DEMONYM_PLACES, PLACES } from './gazetteer';
import { HUMAN_VERBS, ROLE_WORDS, SPEECH_VERBS, STRONG_TITLES, THING_WORDS } from './lexicon';
import { KNOWN_ORGS, ORG_SUFFIXES, PLACE_SUFFIXES } from './org-lexicon';
import { roleAfter, roleBefore, type Part } from './parts';
import { spanAt } from './spans';
import { isAcronym } from './tokens';
import type { Person, Span } from './types';
import {
	genderOf,
	honorificBefore,
	mergeVariants,
	particlesBefore,
	type Gender,
	type PersonDraft
} from './person-names';

export type { Gender, PersonDraft };

/** Title words that are also common surnames. */
const NAME_LIKE_TITLES = new Set(['king', 'prince', 'major', 'judge', 'dean', 'marshal', 'bishop']);

/** Forms of address that are offices, so they count as roles ("Sen.", "Gen."). */
const OFFICE_ABBREVIATIONS = new Set(
	'sen rep gov gen lt col capt sgt maj adm cmdr prof'.split(' ')
);

function looksLikeName(part: Part): boolean {
	const words = part.text.split(' ');
	if (words.length > 5 || /\p{N}/u.test(part.text)) return false;
	if (PLACES.has(part.text) || DEMONYM_PLACES.has(part.text) || KNOWN_ORGS.has(part.text)) {
		return false;
	}
	if (words.some((w) => ORG_SUFFIXES.has(w) || PLACE_SUFFIXES.has(w))) return false;
	if (KNOWN_ORGS.has(words[0] ?? '') || PLACES.has(words[0] ?? '')) return false;
	if (words.every((w) => ROLE_WORDS.has(w.toLowerCase()))) return false;
	if (words.some((w) => THING_WORDS.has(w.toLowerCase()))) return false;
	// "Chief Operating Officer": a title, not a name (but "Martin Luther King" is a name).
	const last = (words[words.length - 1] ?? '').toLowerCase();
	if (STRONG_TITLES.has(last) && !NAME_LIKE_TITLES.has(last)) return false;
	// "OS X": a run of capitals inside is a product or a body, not a name.
	return !words.some((w) => isAcronym(w) && w.length > 1 && !w.endsWith('.'));
}

/** Context that shows a capitalised run names a person, beyond its own words. */
/** The verb right after a span ("said" in "Haaland said", "scored" in ", who scored"). */
function verbAfter(text: string, end: number): string {
	return /^,? (?:\p{Ll}+ly )?(\p{Ll}+)/u.exec(textAfter(text, end, 40))?.[1] ?? '';
}

/**
 * Single names that speak or act like people ("Haaland said", "said Haaland"): a longer name
 * ending in one of them is a person even without a title or a known first name.
 */
function actingSurnames(analysis: Analysis): Set<string> {
	const found = new Set<string>();
	analysis.parts.forEach((part, index) => {
		if (part.text.includes(' ') || analysis.labels.has(index) || !looksLikeName(part)) return;
		const next = verbAfter(analysis.text, part.end);
		const previous = wordBefore(analysis.text, part.start);
		if (SPEECH_VERBS.has(next) || HUMAN_VERBS.has(next) || SPEECH_VERBS.has(previous)) {
			found.add(part.text);
		}
	});
	return found;
}

function personEvidence(
	analysis: Analysis,
	index: number,
	acting: Set<string>
): { roles: Span[]; sure: boolean } {
	const { text, tokens, parts, chunks, chunkOf } = analysis;
	const part = parts[index] as Part;
	const words = part.text.split(' ');
	const roles: Span[] = [];
	let sure = false;
	if (part.role) {
		roles.push(part.role);
		sure ||= part.strongRole || words.length > 1;
	}
	const chunkIndex = chunkOf[index] ?? 0;
	if (chunks[chunkIndex]?.first === part.first) {
		const before = roleBefore(text, tokens, part, chunks[chunkIndex - 1]);
		if (before) {
			roles.push(before.span);
			sure ||= before.strong || words.length > 1;
		}
	}
	const sentenceEnd = spanAt(analysis.sentences, part.start)?.end ?? text.length;
	const after = roleAfter(text, part, sentenceEnd);
	if (after && words.length > 1) {
		roles.push(after);
		sure = true;
	}
	const honorific = honorificBefore(text, part.start);
	if (honorific) {
		sure = true;
		// "Sen. Elizabeth Warren": an abbreviated office is a title as written.
		if (OFFICE_ABBREVIATIONS.has(honorific.replace('.', '').toLowerCase())) {
			roles.push({ start: part.start - honorific.length - 1, end: part.start - 1 });
		}
	}
	if (words.length > 1) {
		const first = (words[0] ?? '').toLowerCase();
		const next = verbAfter(text, part.end);
		const previous = wordBefore(text, part.start);
		sure ||= FIRST_NAMES.has(first) || SPEECH_VERBS.has(next) || SPEECH_VERBS.has(previous);
		// Not at a sentence start, where "Actual Airbus employees" would pass for a name.
		sure ||= !part.initial && acting.has(words[words.length - 1] ?? '');
		// "Mbappé, who joined …", "Mbappé scored": what only people are or do.
		sure ||= HUMAN_VERBS.has(next) || (next === 'who' && textAfter(text, part.end, 1) === ',');
		// "Michael M. Sears": a middle initial with its dot.
		sure ||= tokens
			.slice(part.first + 1, part.last)
			.some((t) => /^\p{Lu}$/u.test(t.text) && text[t.end] === '.');
	}
	return { roles, sure };
}

function addUnique(list: string[], value: string): void {
	if (value && !list.includes(value)) list.push(value);
}

/** Finds people: named with evidence first, then short forms that refer back to them. */
export function findPeople(analysis: Analysis): PersonDraft[] {
	const { text, parts } = analysis;
	const drafts = new Map<string, PersonDraft>();
	const evidence = new Map<number, Span[]>();
	const acting = actingSurnames(analysis);
	parts.forEach((part, index) => {
		if (analysis.labels.has(index) || part.modifier || !looksLikeName(part)) return;
		const { roles, sure } = personEvidence(analysis, index, acting);
		if (!sure) return;
		evidence.set(index, roles);
		if (!part.text.includes(' ')) return;
		if (!drafts.has(part.text)) {
			const honorific = honorificBefore(text, part.start);
			drafts.set(part.text, {
				name: part.text,
				aliases: [],
				roles: [],
				mentions: [],
				gender: genderOf(part.text, honorific)
			});
		}
	});
	mergeVariants(drafts);
	// Short forms: the surname, or the family name first ("Kim" of "Kim Jong Un").
	const short = new Map<string, PersonDraft | null>();
	const addShort = (form: string, draft: PersonDraft): void => {
		const existing = short.get(form);
		short.set(form, existing === undefined || existing === draft ? draft : null);
	};
	for (const draft of drafts.values()) {
		const words = draft.name.split(' ');
		const last = words[words.length - 1] ?? '';
		addShort(last, draft);
		const first = words[0] ?? '';
		if (words.length >= 3 && !FIRST_NAMES.has(first.toLowerCase())) addShort(first, draft);
	}
	parts.forEach((part, index) => {
		if (analysis.labels.has(index) || part.modifier) return;
		let draft = drafts.get(part.text) ?? short.get(part.text) ?? undefined;
		const roles = evidence.get(index);
		if (!draft && roles && !part.text.includes(' ')) {
			// A titled single name ("Mr. Smith", "President Macron") with no full form.
			const honorific = honorificBefore(text, part.start);
			draft = {
				name: part.text,
				aliases: [],
				roles: [],
				mentions: [],
				gender: genderOf('', honorific)
			};
			drafts.set(part.text, draft);
			addShort(part.text, draft);
		}
		if (!draft) return;
		// "von der Leyen": the particles before a surname belong to its mention.
		const particles = particlesBefore(draft.name, part.text);
		const start =
			particles && text.endsWith(particles, part.start)
				? part.start - particles.length
				: part.start;
		label(analysis, index, 'person', draft.name, { start, end: part.end });
		draft.mentions.push({ start, end: part.end });
		if (part.text !== draft.name) addUnique(draft.aliases, text.slice(start, part.end));
		const honorific = honorificBefore(text, part.start);
		if (honorific) addUnique(draft.aliases, `${honorific} ${part.text}`);
		if (part.role && !part.text.includes(' ')) {
			addUnique(draft.aliases, text.slice(part.role.start, part.end));
		}
		for (const role of roles ?? []) addUnique(draft.roles, text.slice(role.start, role.end));
	});
	return [...new Set(drafts.values())].filter((d) => d.mentions.length > 0);
}

export function collectPeople(drafts: PersonDraft[]): Person[] {
	return drafts
		.map((d) => ({
			name: d.name,
			aliases: d.aliases.filter((a) => a !== d.name),
			roles: d.roles,
			mentions: [...d.mentions].sort((a, b) => a.start - b.start)
		}))
		.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
