import { COMMON_WORDS, NAME_PARTICLES, ROLE_WORDS } from './lexicon';
import { FIRST_NAMES } from './first-names';
import { KNOWN_ORGS, ORG_NOUNS, ORG_SUFFIXES } from './org-lexicon';
import { PLACES } from './gazetteer';
import { isAcronym, isCapitalized, isPossessive, type Token } from './tokens';

/**
 * Runs of capitalised words: the candidates for names. A run stops at punctuation, line
 * breaks and lower-case words, except for name particles ("von der"), initials ("Michael M.
 * Sears") and connectors inside organisation names ("Ministry of Defence", "Defence and Space
 * Company", "Korean People's Army").
 */
export interface Chunk {
	start: number;
	end: number;
	/** Indices into the token array, first to last (connectors included). */
	first: number;
	last: number;
	text: string;
	/** The run opens its sentence, so its first capital may only mark the sentence start. */
	initial: boolean;
}

/** Long runs are headlines or shouting; cap them so every step stays bounded. */
const MAX_TOKENS = 12;
/** Abbreviations whose dot still joins the next word ("St. Louis"); "Inc." ends a name. */
const DOTTED_ABBREVIATIONS = new Set(['St', 'Mt', 'Ft']);
const CONNECTORS = new Set(['of', 'and', '&', 'for']);

/** "Chicago-based", "EADS-led": a name turned adjective describes the next name, it is not in it. */
const NAME_ADJECTIVE = /-(?:based|born|led|owned|backed|run|made|listed|registered|headquartered)$/;

function isNameWord(token: Token | undefined): boolean {
	if (token === undefined) return false;
	const first = token.text[0] ?? '';
	return isCapitalized(token.text) && !/\p{N}/u.test(first) && !NAME_ADJECTIVE.test(token.text);
}

/** Whitespace only, on one line: the words belong to one name. */
function joined(text: string, left: Token, right: Token): boolean {
	if (left.sentence !== right.sentence) return false;
	const gap = text.slice(left.end, right.start);
	if (gap === ' ' || gap === '\u00a0') return true;
	// "M. Sears", "J. K. Rowling", "St. Louis"
	if (gap === '. ' && (left.text.length === 1 || DOTTED_ABBREVIATIONS.has(left.text))) {
		return isCapitalized(left.text);
	}
	return false;
}

/** Words that take "of" + a place inside a place name ("Republic of Korea", "Gulf of Mexico"). */
const PLACE_HEADS = new Set([
	'Republic',
	'Kingdom',
	'Gulf',
	'Bay',
	'Isle',
	'Sea',
	'Strait',
	'State'
]);

/** Collective nouns whose possessive sits inside a name ("Korean People's Army"). */
const COLLECTIVES = new Set(['People', 'Peoples', 'Workers', 'Women', 'Children', 'Veterans']);

/** The capitalised run a connector would join, from token `from`, and how it ends. */
interface Tail {
	length: number;
	/** Ends like an organisation ("… Company"). */
	org: boolean;
	/** Ends with a place ("… England"). */
	place: boolean;
}

const NO_TAIL: Tail = { length: 0, org: false, place: false };

function tailAfter(text: string, tokens: Token[], from: number): Tail {
	let j = from;
	if (!isNameWord(tokens[j])) return NO_TAIL;
	while (j - from < 6) {
		const current = tokens[j];
		const next = tokens[j + 1];
		if (current === undefined || !isNameWord(next) || next === undefined) break;
		if (!joined(text, current, next)) break;
		j++;
	}
	const lastWord = tokens[j]?.text ?? '';
	return { length: j - from + 1, org: ORG_SUFFIXES.has(lastWord), place: PLACES.has(lastWord) };
}

/** A capitalised everyday word, not a name that merely looks like one ("AirTanker", "Apple"). */
function plainWord(word: string): boolean {
	if (/\p{Lu}/u.test(word.slice(1)) || KNOWN_ORGS.has(word) || PLACES.has(word)) return false;
	return !FIRST_NAMES.has(word.toLowerCase());
}

export function findChunks(text: string, tokens: Token[]): Chunk[] {
	const chunks: Chunk[] = [];
	// Words the article also writes in lower case: capitalised at a sentence start, they are
	// descriptors ("Rival Samsung", "Airline Ryanair"), not part of the name.
	const lowerWords = new Set<string>();
	for (const t of tokens) if (t.text === t.text.toLowerCase()) lowerWords.add(t.text);
	let i = 0;
	while (i < tokens.length) {
		const token = tokens[i];
		if (token === undefined) break;
		const lower = token.text.toLowerCase();
		const following = tokens[i + 1];
		const descriptor =
			(ORG_NOUNS.has(lower) || (lowerWords.has(lower) && plainWord(token.text))) &&
			!ROLE_WORDS.has(lower) &&
			isNameWord(following) &&
			following !== undefined &&
			joined(text, token, following);
		const skipInitial =
			token.initial && (COMMON_WORDS.has(lower) || descriptor) && !isAcronym(token.text);
		if (!isNameWord(token) || skipInitial) {
			i++;
			continue;
		}
		let last = i;
		let hasOrgWord = ORG_SUFFIXES.has(token.text) || ROLE_WORDS.has(lower);
		// "Sarah Chen and Boston Consulting Group" are two names, not one.
		const startsWithFirstName = FIRST_NAMES.has(lower);
		while (last - i < MAX_TOKENS) {
			const current = tokens[last];
			const next = tokens[last + 1];
			if (current === undefined || next === undefined) break;
			if (isNameWord(next) && joined(text, current, next)) {
				last++;
				hasOrgWord ||= ORG_SUFFIXES.has(next.text);
				continue;
			}
			// "Ursula von der Leyen": particles between capitalised words.
			let p = last + 1;
			while (p < tokens.length && p - last <= 2 && NAME_PARTICLES.has(tokens[p]?.text ?? '')) p++;
			const afterParticles = tokens[p];
			if (
				p > last + 1 &&
				isNameWord(afterParticles) &&
				tokens.slice(last, p).every((t, k, all) => k === 0 || joined(text, all[k - 1] ?? t, t)) &&
				afterParticles !== undefined &&
				joined(text, tokens[p - 1] ?? current, afterParticles)
			) {
				last = p;
				continue;
			}
			// "Ministry of Defence", "Defence and Space Company", "Korean People's Army".
			const possessive = isPossessive(next) && next.start === current.end;
			const connector = CONNECTORS.has(next.text) && joined(text, current, next);
			if (possessive || connector) {
				let q = last + 2;
				if (tokens[q]?.text === 'the' && (next.text === 'of' || next.text === 'for')) q++;
				const bridge = tokens[q];
				const before = tokens[q - 1];
				const tail =
					bridge && before && joined(text, before, bridge) ? tailAfter(text, tokens, q) : NO_TAIL;
				// "and" joins two halves of one name, never two complete ones ("Shanghai Airlines
				// and Xiamen Airlines", "Northrop Grumman and EADS North America").
				const and = next.text === 'and' || next.text === '&';
				const ok = possessive
					? COLLECTIVES.has(current.text) && (tail.org || tail.place)
					: and
						? tail.org && !hasOrgWord && !startsWithFirstName
						: hasOrgWord || (tail.place && PLACE_HEADS.has(current.text));
				if (tail.length > 0 && ok) {
					last = q + tail.length - 1;
					hasOrgWord = true;
					continue;
				}
			}
			break;
		}
		const first = tokens[i];
		const end = tokens[last];
		if (first && end) {
			chunks.push({
				start: first.start,
				end: end.end,
				first: i,
				last,
				text: text.slice(first.start, end.end),
				initial: first.initial
			});
		}
		i = last + 1;
	}
	return chunks;
}
