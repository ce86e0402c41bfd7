import { SPEECH_VERBS, SUBJECT_VERBS } from './lexicon';
import type { Gender, PersonDraft } from './people';
import { findQuoteMarks, isQuotedTerm, type QuoteSpan } from './quote-marks';
import { firstFrom, spanAt } from './spans';
import type { Quote, Span } from './types';

/**
 * Quotations and who said them. A speaker is named only when the sentence makes it clear:
 * an attribution right after the quote ("…,” Trump said), a speech verb before it whose
 * subject is a person ("Trump affirmed, “…”"), or the one person acting as the sentence's
 * subject. A pronoun counts only when exactly one compatible subject was just mentioned.
 */

interface PersonMention extends Span {
	person: PersonDraft;
}

/** Words before a name that make it an object, not a subject ("with Ishiba", "and Kim"). */
const NOT_SUBJECT_AFTER = new Set(
	`with and or of to by for between from about than as on at in against like including
into toward towards among via per among described called told met asked urged`.split(/\s+/)
);

function isVerb(word: string): boolean {
	return SUBJECT_VERBS.has(word) || SPEECH_VERBS.has(word) || /^\p{Ll}{3,}ed$/u.test(word);
}

/** Whether the mention is the subject of the verb that follows it. */
function isSubject(text: string, mention: Span): boolean {
	const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, mention.start - 20), mention.start));
	if (before?.[1] && NOT_SUBJECT_AFTER.has(before[1].toLowerCase())) return false;
	const after = text.slice(mention.end, mention.end + 120);
	if (/^['’]s?\b/.test(after)) return false;
	const m =
		/^(?:, [^,;:“”"]{1,90},)? (?:(?:also|then|later|again|too|once|quickly|\p{Ll}+ly) )?(\p{Ll}+)/u.exec(
			after
		);
	return m?.[1] !== undefined && isVerb(m[1]);
}

/** Whether `pos` lies inside a quotation (marks included); `marks` is sorted by open. */
function inside(marks: Span[], pos: number): boolean {
	return spanAt(marks, pos) !== undefined;
}

function sentenceAt(sentences: Span[], pos: number): Span | undefined {
	return spanAt(sentences, pos);
}

function compatible(gender: Gender, pronoun: string): boolean {
	if (gender === undefined) return true;
	return (pronoun === 'she') === (gender === 'f');
}

/** The distinct people acting as subjects between `from` and `to`. */
function subjects(
	text: string,
	mentions: PersonMention[],
	marks: Span[],
	from: number,
	to: number
): PersonDraft[] {
	const found: PersonDraft[] = [];
	for (let i = firstFrom(mentions, from); i < mentions.length; i++) {
		const m = mentions[i];
		if (!m || m.end > to || found.length > 3) break;
		if (inside(marks, m.start)) continue;
		if (isSubject(text, m) && !found.includes(m.person)) found.push(m.person);
	}
	return found;
}

/** "he"/"she" → the one compatible subject of this sentence so far, else of the last one. */
function resolvePronoun(
	text: string,
	pronoun: string,
	at: number,
	ctx: Context
): PersonDraft | null {
	const sentence = sentenceAt(ctx.sentences, at);
	if (!sentence) return null;
	let pool = subjects(text, ctx.mentions, ctx.marks, Math.max(sentence.start, at - LOOK_BACK), at);
	if (pool.length === 0) {
		const previous = ctx.sentences[firstFrom(ctx.sentences, sentence.start) - 1];
		if (previous) {
			const from = Math.max(previous.start, previous.end - LOOK_BACK);
			pool = subjects(text, ctx.mentions, ctx.marks, from, previous.end);
		}
	}
	const fits = pool.filter((p) => compatible(p.gender, pronoun));
	return fits.length === 1 && pool.length === 1 ? (fits[0] ?? null) : null;
}

/**
 * How far back (in characters) attribution looks within a sentence. News sentences are far
 * shorter; the bound keeps a run-on text with thousands of quotes linear.
 */
const LOOK_BACK = 300;

interface Context {
	sentences: Span[];
	mentions: PersonMention[];
	quotes: QuoteSpan[];
	/** The quotes as spans from mark to mark, for `inside`. */
	marks: Span[];
	/** Index of each quote in `quotes`, by its opening offset. */
	order: Map<number, number>;
}

const VERB_LIST = [...SPEECH_VERBS].join('|');
const AFTER_VERB_FIRST = new RegExp(`^,? (?:${VERB_LIST}) ([^“”".;]{0,80})`);
const AFTER_SUBJECT_FIRST = new RegExp(
	`^,? ((?:he|she|\\p{Lu}[^“”".;]{0,89}?)) (?:\\p{Ll}+ly )?(?:${VERB_LIST})\\b`,
	'u'
);

/** "…,” said Trump" / "…,” Trump said" / "…,” he said". */
function speakerAfter(
	text: string,
	quote: QuoteSpan,
	ctx: Context
): PersonDraft | null | undefined {
	// A quote that closes its sentence ("…war.” Trump said") is not attributed forward.
	const sentence = sentenceAt(ctx.sentences, quote.open);
	if (sentence && sentence.end <= quote.close + 1) return undefined;
	const after = text.slice(quote.close + 1, quote.close + 140);
	const verbFirst = AFTER_VERB_FIRST.exec(after);
	const subjectFirst = verbFirst ? null : AFTER_SUBJECT_FIRST.exec(after);
	const match = verbFirst ?? subjectFirst;
	if (!match || match[1] === undefined) return undefined;
	const groupStart = quote.close + 1 + match[0].length - (verbFirst ? match[1].length : 0);
	const from = verbFirst ? groupStart : quote.close + 1 + match[0].indexOf(match[1]);
	const to = from + match[1].length;
	const pronoun = /^(he|she)$/i.exec(match[1].trim())?.[1];
	if (pronoun && subjectFirst) return resolvePronoun(text, pronoun.toLowerCase(), quote.open, ctx);
	const people: PersonMention[] = [];
	for (let i = firstFrom(ctx.mentions, from); i < ctx.mentions.length; i++) {
		const m = ctx.mentions[i];
		if (!m || m.end > to) break;
		people.push(m);
	}
	const distinct = new Set(people.map((m) => m.person));
	if (distinct.size === 1) return people[0]?.person ?? null;
	return verbFirst && distinct.size === 0 ? undefined : null;
}

/** "Trump affirmed, “…”", "he proclaimed, “…”", or the sentence's one subject. */
function speakerBefore(text: string, quote: QuoteSpan, ctx: Context): PersonDraft | null {
	const sentence = sentenceAt(ctx.sentences, quote.open);
	if (!sentence) return null;
	const previous = ctx.quotes[(ctx.order.get(quote.open) ?? 0) - 1];
	const lastClose = previous && previous.close >= sentence.start ? previous : undefined;
	const from = Math.max(sentence.start, quote.open - LOOK_BACK);
	const lead = text.slice(Math.max(from, lastClose ? lastClose.close + 1 : from), quote.open);
	const pronoun = /\b(he|she|He|She) (?:\p{Ll}+ly )?(?:\p{Ll}+) ?[^.;“”"]{0,60}$/u.exec(lead);
	const pool = subjects(text, ctx.mentions, ctx.marks, from, quote.open);
	if (pool.length === 0 && pronoun?.[1]) {
		if (!hasSpeechVerb(pronoun[0])) return null;
		return resolvePronoun(text, pronoun[1].toLowerCase(), quote.open, ctx);
	}
	const subject = pool.length === 1 ? pool[0] : undefined;
	if (!subject) return null;
	// The subject must speak between its name and the quote ("Trump described Kim as “…”"),
	// and no relative clause may hand the words to someone else ("met fans who shouted “…”").
	let named: PersonMention | undefined;
	for (let i = firstFrom(ctx.mentions, from); i < ctx.mentions.length && !named; i++) {
		const m = ctx.mentions[i];
		if (!m || m.start >= quote.open) break;
		if (m.person === subject) named = m;
	}
	const between = text.slice(named ? named.end : from, quote.open);
	if (!hasSpeechVerb(between) || /\b(?:who|whom|whose|which)\b/.test(between)) return null;
	return subject;
}

function hasSpeechVerb(phrase: string): boolean {
	for (const m of phrase.matchAll(/\p{Ll}+/gu)) if (SPEECH_VERBS.has(m[0])) return true;
	return false;
}

export function findQuotes(text: string, sentences: Span[], people: PersonDraft[]): Quote[] {
	const quotes = findQuoteMarks(text);
	const mentions: PersonMention[] = people
		.flatMap((person) => person.mentions.map((m) => ({ ...m, person })))
		.sort((a, b) => a.start - b.start);
	const marks = quotes.map((q) => ({ start: q.open, end: q.close + 1 }));
	const order = new Map(quotes.map((q, i) => [q.open, i]));
	const ctx: Context = { sentences, mentions, quotes, marks, order };
	const speakers: (PersonDraft | null)[] = [];
	quotes.forEach((quote, i) => {
		const after = speakerAfter(text, quote, ctx);
		const before =
			after === undefined && !isQuotedTerm(text, quote) ? speakerBefore(text, quote, ctx) : null;
		const speaker = after === undefined ? before : after;
		speakers.push(speaker ?? continuedFrom(text, quote, quotes[i - 1], speakers[i - 1], ctx));
	});
	return quotes.map((quote, i) => ({
		text: text.slice(quote.start, quote.end),
		speaker: speakers[i]?.name ?? null,
		start: quote.start,
		end: quote.end
	}));
}

/**
 * "“…,” Ancelotti said. “The players deserved this.”": a quote that opens the very next
 * sentence, with no one else named in between, goes on in the same voice.
 */
function continuedFrom(
	text: string,
	quote: QuoteSpan,
	previous: QuoteSpan | undefined,
	speaker: PersonDraft | null | undefined,
	ctx: Context
): PersonDraft | null {
	if (!previous || !speaker) return null;
	const index = firstFrom(ctx.sentences, quote.open);
	const sentence = ctx.sentences[index];
	const before = ctx.sentences[index - 1];
	if (!sentence || sentence.start !== quote.open || !before) return null;
	// Either the quote is the whole sentence, or only "he said" follows it.
	const rest = text.slice(quote.close + 1, sentence.end);
	const pronoun = /^,? (he|she) (?:\p{Ll}+ly )?\p{Ll}+/u.exec(rest)?.[1];
	if (/\p{L}/u.test(rest) && !pronoun) return null;
	if (pronoun && !compatible(speaker.gender, pronoun)) return null;
	if (previous.close < before.start || previous.close >= before.end) return null;
	for (let i = firstFrom(ctx.mentions, previous.close); i < ctx.mentions.length; i++) {
		const m = ctx.mentions[i];
		if (!m || m.start >= quote.open) break;
		if (m.person !== speaker) return null;
	}
	// "…,” the company said, and they added:" — another voice may have taken over.
	const between = text.slice(previous.close + 1, quote.open);
	return /\b(?:they|it|we)\b/i.test(between) ? null : speaker;
}
