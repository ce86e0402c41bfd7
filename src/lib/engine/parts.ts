import type { Chunk } from './chunks';
import { FIRST_NAMES } from './first-names';
import { PLACES } from './gazetteer';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_WORDS, STRONG_TITLES } from './lexicon';
import { KNOWN_ORGS, ORG_SUFFIXES } from './org-lexicon';
import { isCapitalized, type Token } from './tokens';
import type { Span } from './types';

/**
 * A name candidate: a chunk, or a piece of one once titles are split off
 * ("U.S. President Donald Trump" → modifier "U.S.", role "U.S. President", name "Donald Trump").
 */
export interface Part extends Span {
	first: number;
	last: number;
	text: string;
	initial: boolean;
	/** The title written right before the name, modifier included ("Japanese Prime Minister"). */
	role?: Span;
	/** The title is one that only people hold ("President", "spokesman"). */
	strongRole: boolean;
	/** This part is the modifier of a title ("U.S." in "U.S. President"), not a name. */
	modifier: boolean;
}

function roleWord(token: Token | undefined): boolean {
	return token !== undefined && ROLE_WORDS.has(token.text.toLowerCase());
}

function make(text: string, tokens: Token[], first: number, last: number, initial: boolean): Part {
	const start = tokens[first]?.start ?? 0;
	const end = tokens[last]?.end ?? start;
	return {
		start,
		end,
		first,
		last,
		text: text.slice(start, end),
		initial,
		strongRole: false,
		modifier: false
	};
}

/** Words that end a name inside a longer run ("Narendra Modi of India"); particles do not. */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the']);

/** Where the title's "of …" complement ends ("Secretary of State", "director-general of the WHO"). */
function ofComplementEnd(tokens: Token[], from: number, last: number): number {
	let j = from;
	if (tokens[j]?.text !== 'of') return from - 1;
	j++;
	if (tokens[j]?.text === 'the') j++;
	for (; j <= last - 1; j++) {
		const word = tokens[j]?.text ?? '';
		if (FIRST_NAMES.has(word.toLowerCase())) return j - 1;
		if (ORG_SUFFIXES.has(word) || PLACES.has(word)) return j;
		// "… of State Antony Blinken of the United States": a second connector closes the name,
		// which is then the two words before it.
		if (!isCapitalized(word) && j - from >= 4) return j - 3;
	}
	// Nothing says where the title ends: "CEO of Boeing Commercial Airplanes" is no name.
	return last;
}

/** Splits a chunk at an inner title: the last run of role words that still has a name after it. */
export function splitChunk(text: string, tokens: Token[], chunk: Chunk): Part[] {
	const whole = make(text, tokens, chunk.first, chunk.last, chunk.initial);
	// "General Electric", "Korean People's Army": an organisation is not split at a title word.
	if (KNOWN_ORGS.has(chunk.text)) return [whole];
	if (ORG_SUFFIXES.has(tokens[chunk.last]?.text ?? '')) {
		// "Chief Operating Officer of AirTran Airways" is a title, then the organisation.
		return splitTitleOnly(text, tokens, chunk, true) ?? [whole];
	}
	// "… Organization Dr Tedros": a form of address starts a name inside the run.
	for (let h = chunk.last - 1; h >= chunk.first; h--) {
		if (!HONORIFICS.has(tokens[h]?.text.toLowerCase() ?? '')) continue;
		if (tokens.slice(h + 1, chunk.last + 1).some(roleWord)) break;
		const name = make(text, tokens, h + 1, chunk.last, false);
		name.strongRole = true;
		return h > chunk.first ? [make(text, tokens, chunk.first, h - 1, chunk.initial), name] : [name];
	}
	for (let r = chunk.last - 1; r >= chunk.first; r--) {
		if (!roleWord(tokens[r]) || roleWord(tokens[r + 1])) continue;
		let roleStart = r;
		while (roleStart - 1 >= chunk.first && roleWord(tokens[roleStart - 1])) roleStart--;
		let roleEnd = Math.max(r, ofComplementEnd(tokens, r + 1, chunk.last));
		// "Secretary of the Air Force for Acquisition Marvin Sambur": a name starts capitalised.
		while (roleEnd + 2 < chunk.last && !isCapitalized(tokens[roleEnd + 1]?.text ?? '')) {
			roleEnd += 2;
		}
		if (roleEnd >= chunk.last) continue;
		// "Chief Operating Officer": a name never holds a title word after the split.
		if (tokens.slice(roleEnd + 1, chunk.last + 1).some(roleWord)) continue;
		// "Prime Minister Narendra Modi of India": the name stops at a connector.
		let nameLast = chunk.last;
		for (let c = roleEnd + 2; c < chunk.last; c++) {
			if (NAME_CONNECTORS.has(tokens[c]?.text ?? '')) {
				nameLast = c - 1;
				break;
			}
		}
		const name = make(text, tokens, roleEnd + 1, nameLast, false);
		const roleFirst = tokens[chunk.first];
		const roleLast = tokens[roleEnd];
		if (!roleFirst || !roleLast) break;
		name.role = { start: roleFirst.start, end: roleLast.end };
		name.strongRole = tokens
			.slice(roleStart, r + 1)
			.some((t) => STRONG_TITLES.has(t.text.toLowerCase()));
		const parts: Part[] = [];
		if (roleStart > chunk.first) {
			const modifier = make(text, tokens, chunk.first, roleStart - 1, chunk.initial);
			modifier.modifier = true;
			parts.push(modifier);
		}
		parts.push(name);
		let rest = nameLast + 2;
		if (tokens[rest]?.text === 'the') rest++;
		if (nameLast < chunk.last && rest <= chunk.last) {
			parts.push(make(text, tokens, rest, chunk.last, false));
		}
		return parts;
	}
	return splitTitleOnly(text, tokens, chunk) ?? [whole];
}

/**
 * Titles with no name after them: "Apple Chief Executive Officer" → "Apple" + title, and
 * "Chief Operating Officer of AirTran Airways" → title + "AirTran Airways".
 */
function splitTitleOnly(
	text: string,
	tokens: Token[],
	chunk: Chunk,
	ofOnly = false
): Part[] | undefined {
	let k = chunk.last;
	while (k >= chunk.first && roleWord(tokens[k])) k--;
	// "Royal Courts of Justice": a title word after "of" completes a name.
	if (!ofOnly && k < chunk.last && k >= chunk.first && tokens[k]?.text !== 'of') {
		const title = make(text, tokens, k + 1, chunk.last, false);
		title.modifier = true;
		return [make(text, tokens, chunk.first, k, chunk.initial), title];
	}
	let of = chunk.first;
	const titleWord = (t: Token | undefined): boolean =>
		roleWord(t) || ROLE_MODIFIERS.has(t?.text.toLowerCase() ?? '');
	while (of <= chunk.last && titleWord(tokens[of])) of++;
	if (!tokens.slice(chunk.first, of).some(roleWord) || tokens[of]?.text !== 'of') return undefined;
	let rest = of + 1;
	if (tokens[rest]?.text === 'the') rest++;
	if (rest > chunk.last) return undefined;
	const title = make(text, tokens, chunk.first, of - 1, chunk.initial);
	title.modifier = true;
	return [title, make(text, tokens, rest, chunk.last, false)];
}

/**
 * A lower-case title right before a part ("North Korean leader", "UBS analyst", "EADS chief
 * executive"), extended back over the capitalised chunk that qualifies it.
 */
export function roleBefore(
	text: string,
	tokens: Token[],
	part: Part,
	chunkBefore: Chunk | undefined
): { span: Span; strong: boolean } | undefined {
	let r = part.first - 1;
	const lastRole = tokens[r];
	if (!lastRole || !roleWord(lastRole) || lastRole.text !== lastRole.text.toLowerCase()) return;
	const gap = text.slice(lastRole.end, part.start);
	// "the chief financial officer, Kevan Parekh, said": a title set off by commas.
	if (gap !== ' ' && !(gap === ', ' && text[part.end] === ',')) return;
	let strong = false;
	while (r >= 0 && r > part.first - 6) {
		strong ||= STRONG_TITLES.has(tokens[r]?.text.toLowerCase() ?? '');
		const prev = tokens[r - 1];
		const current = tokens[r];
		const titled = prev && (roleWord(prev) || ROLE_MODIFIERS.has(prev.text));
		if (!prev || !current || !titled || text.slice(prev.end, current.start) !== ' ') break;
		r--;
	}
	const first = tokens[r];
	if (!first) return;
	let start = first.start;
	if (chunkBefore && chunkBefore.last === r - 1 && text.slice(chunkBefore.end, start) === ' ') {
		start = chunkBefore.start;
	}
	return { span: { start, end: lastRole.end }, strong };
}

/**
 * An appositive title right after a name: "Tedros Adhanom Ghebreyesus, the WHO's
 * director-general," or "Todd Tiahrt, a Kansas representative,". Returns the title's span.
 */
export function roleAfter(text: string, part: Part, sentenceEnd: number): Span | undefined {
	// Up to the sentence end, so dots in "the U.S. Secretary of State" do not end the title.
	const after = text.slice(part.end, Math.min(part.end + 120, sentenceEnd));
	const m = /^, (?:(?:the|a|an) )?([^,;:“”"()]{2,90}?)(?=[,;]|\.?$)/.exec(after);
	if (!m || m[1] === undefined) return;
	const phrase = m[1];
	const words = phrase.split(/\s+/);
	const hit = words.findIndex((w) => ROLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
	if (hit < 0 || words.length > 9) return;
	// The title must be a noun phrase: no verbs of its own ("said", "who").
	if (/\b(?:said|says|who|which|that|and|is|was|has|had|will)\b/.test(phrase)) return;
	const start = part.end + m[0].length - phrase.length;
	return { start, end: start + phrase.length };
}
