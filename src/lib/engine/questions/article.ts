import { splitSentences } from '../sentences';
import type { Facts, Person, QuestionSource, Span } from '../types';

/** A mention of a known entity, with the canonical name it refers to. */
export interface EntityMention extends Span {
	kind: 'person' | 'organization' | 'place';
	name: string;
	/**
	 * Whether the text here is one of the entity's names. Extractors also count "North Korean"
	 * or "U.S." as mentions of a place; those cannot be blanked and answered with the name.
	 */
	exact: boolean;
}

/**
 * The article as the question templates see it: sentences, entity mentions in text order and
 * lookups by name. Built once per article so every template works in time linear in its input.
 */
export interface Article {
	text: string;
	facts: Facts;
	sentences: Span[];
	mentions: EntityMention[];
	/** How often each canonical entity name is mentioned (salience). */
	mentionCount: Map<string, number>;
	/** Lower-cased name or alias → the person it refers to. */
	personByForm: Map<string, Person>;
	/** Every lower-cased word of a person's name or alias ("kim", "jong", "trump"). */
	personWords: Set<string>;
	/** The article's publication date (YYYY-MM-DD), when known. */
	referenceDate?: string;
}

export function buildArticle(
	text: string,
	facts: Facts,
	referenceDate?: string,
	sentences?: Span[]
): Article {
	const mentions: EntityMention[] = [];
	const mentionCount = new Map<string, number>();
	const personByForm = new Map<string, Person>();
	const add = (kind: EntityMention['kind'], name: string, spans: Span[], forms = [name]): void => {
		const exact = new Set(exactSpans(text, spans, forms));
		for (const s of spans)
			mentions.push({ start: s.start, end: s.end, kind, name, exact: exact.has(s) });
		mentionCount.set(name, (mentionCount.get(name) ?? 0) + Math.max(1, spans.length));
	};
	const personWords = new Set<string>();
	for (const p of facts.people) {
		add('person', p.name, p.mentions, personForms(p));
		for (const form of [p.name, ...p.aliases]) {
			for (const word of form.toLowerCase().split(/\s+/)) personWords.add(word);
		}
		for (const form of [p.name, ...p.aliases]) {
			if (!personByForm.has(form.toLowerCase())) personByForm.set(form.toLowerCase(), p);
		}
	}
	for (const o of facts.organizations) {
		add('organization', o.name, o.mentions, o.acronym ? [o.name, o.acronym] : [o.name]);
	}
	for (const p of facts.places) add('place', p.name, p.mentions);
	mentions.sort((a, b) => a.start - b.start || b.end - a.end);
	return {
		text,
		facts,
		sentences: sentences ?? splitSentences(text),
		mentions,
		mentionCount,
		personByForm,
		personWords,
		referenceDate
	};
}

/** The spans whose text is one of `forms` (ignoring case: datelines shout "SEOUL"). */
export function exactSpans(text: string, spans: Span[], forms: string[]): Span[] {
	const names = new Set(forms.map((f) => f.toLowerCase()));
	return spans.filter((s) => names.has(text.slice(s.start, s.end).toLowerCase()));
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(article: Article, offset: number): number {
	const list = article.sentences;
	let lo = 0;
	let hi = list.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = list[mid] as Span;
		if (offset < s.start) hi = mid - 1;
		else if (offset >= s.end) lo = mid + 1;
		else return mid;
	}
	return -1;
}

/** The proving sentence of a span, as a question source. */
export function sourceOf(article: Article, span: Span): QuestionSource {
	const i = sentenceIndexAt(article, span.start);
	const s = i >= 0 ? (article.sentences[i] as Span) : span;
	return { start: s.start, end: s.end, sentence: article.text.slice(s.start, s.end) };
}

/** Entity mentions inside a span, in text order. */
export function mentionsIn(article: Article, span: Span): EntityMention[] {
	const list = article.mentions;
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((list[mid] as EntityMention).start < span.start) lo = mid + 1;
		else hi = mid;
	}
	const out: EntityMention[] = [];
	for (let i = lo; i < list.length; i++) {
		const m = list[i] as EntityMention;
		if (m.start >= span.end) break;
		if (m.end <= span.end) out.push(m);
	}
	return out;
}

/** The person a name form refers to ("Trump" → Donald Trump). */
export function personNamed(article: Article, form: string): Person | undefined {
	return article.personByForm.get(form.toLowerCase());
}

/** Every form that names the person: full name, aliases and the surname. */
export function personForms(person: Person): string[] {
	// An alias must share a word with the name: "Kim" and "President Trump" do, a stray
	// "Congressional Record" from a confused extractor does not.
	const words = new Set(person.name.toLowerCase().split(/\s+/));
	const aliases = person.aliases.filter((a) =>
		a
			.toLowerCase()
			.split(/\s+/)
			.some((w) => words.has(w))
	);
	const forms = [person.name, ...aliases];
	return forms.filter((f, i) => forms.indexOf(f) === i);
}

/**
 * The words that may name this person on their own: the surname and one-word aliases ("Cook",
 * "Kim"). A distractor sharing one may be the same person spelt otherwise ("Timothy D. Cook"
 * for "Tim Cook"); one sharing only a first name ("Michael") is someone else.
 */
export function nameWords(person: Person): string[] {
	const words = person.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
	const single = person.aliases.filter((a) => !/\s/.test(a) && /^\p{Lu}/u.test(a));
	return [...new Set([...words.slice(-1), ...single])];
}

/** Words of titles: a "person" made only of them ("Chief Operating", "Undersecretary") is a misread title. */
const TITLE_ONLY = new Set(
	(
		'chief operating officer executive financial technology deputy civilian undersecretary ' +
		'secretary minister president vice director general senior assistant acting former ' +
		'managing principal associate'
	).split(' ')
);

/**
 * Whether a person fact looks like a name at all: capitalised ("for Acquisition Marvin Sambur"
 * is not) and not made of title words alone (the extractor sometimes takes "Chief Operating"
 * from "Chief Operating Officer Tim Cook" for a name).
 */
export function isNamed(person: Person): boolean {
	if (!/^\p{Lu}/u.test(person.name)) return false;
	return !person.name
		.toLowerCase()
		.split(/\s+/)
		.every((w) => TITLE_ONLY.has(w));
}

/** The short form used in prompts ("Trump" for Donald Trump): the shortest one-word alias. */
export function shortName(person: Person): string {
	const single = person.aliases.filter((a) => !/\s/.test(a) && /^\p{Lu}/u.test(a));
	single.sort((a, b) => a.length - b.length);
	return single[0] ?? person.name;
}

/** Where the headline ends: the article's first line when it has no closing full stop, else -1. */
export function headlineEnd(text: string): number {
	const firstBreak = text.indexOf('\n');
	return firstBreak > 0 && !/[.!?]["”’)]?\s*$/.test(text.slice(0, firstBreak)) ? firstBreak : -1;
}

const datelines = new WeakMap<Article, Span | null>();

/**
 * The dateline ("SEOUL, South Korea — "), at the start of the article or of its first line
 * after a headline, or null.
 */
export function datelineOf(article: Article): Span | null {
	let found = datelines.get(article);
	if (found !== undefined) return found;
	const { text } = article;
	const end = headlineEnd(text);
	const start = end < 0 ? 0 : end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
	const head = /^[\p{Lu}][\p{Lu} .'’-]+,[^—\n]{0,40}—/u.exec(text.slice(start, start + 80));
	found = head ? { start, end: start + head[0].length } : null;
	datelines.set(article, found);
	return found;
}

/**
 * Whether a span lies in a dateline: place names there say where the story was filed, not what
 * it is about.
 */
export function inDateline(article: Article, span: Span): boolean {
	const dateline = datelineOf(article);
	return dateline !== null && span.start >= dateline.start && span.end <= dateline.end;
}

/**
 * Whether a span is part of an organisation's name written around it ("France" in "Air France
 * have discussed …"): blanking it would ask for a piece of a name, not for a place.
 */
export function insideOrganizationName(article: Article, span: Span): boolean {
	const name = article.text.slice(span.start, span.end);
	return containingNames(article, name).some((org) => {
		const start = span.start - org.indexOf(name);
		return start >= 0 && article.text.slice(start, start + org.length) === org;
	});
}

const containing = new WeakMap<Article, Map<string, string[]>>();

/** Organisation names that contain `name` ("Air France" for "France"), found once per name. */
function containingNames(article: Article, name: string): string[] {
	let perArticle = containing.get(article);
	if (!perArticle) containing.set(article, (perArticle = new Map()));
	let names = perArticle.get(name);
	if (!names) {
		names = article.facts.organizations
			.map((o) => o.name)
			.filter((o) => o !== name && o.includes(name));
		perArticle.set(name, names);
	}
	return names;
}
