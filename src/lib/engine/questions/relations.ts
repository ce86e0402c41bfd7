/**
 * Relation templates over single sentences: general shapes of news prose whose answer is an
 * entity the extractor found. Each returns questions only when every slot is filled by a
 * known entity, so a misparse yields no question rather than a wrong one.
 *   "<P> <verb>ed <the X> as … <category> akin to <E>"   → To which <category> did P compare the X?
 *   "<P> <verb>ed <S>’s … support for <E>’s <thing>"      → Whose <thing> did P say S supports?
 *   "a <thing> <issued> by <A> and <B> … <verb>ed <rest>" → Which two leaders issued the <thing> …?
 *   "<P> described <Q> as “<words>”"                       → How did P describe Q?
 */
import {
	isNamed,
	mentionsIn,
	nameWords,
	personNamed,
	sentenceIndexAt,
	sourceOf,
	type Article,
	type EntityMention
} from './article';
import { DESCRIPTIONS, FULL_NAMES } from './banks';
import { multipleChoice, type Candidate, type Context } from './candidate';
import { organizationBank, organizationGroup, placeBank, placeKind } from './distractors';
import type { FactKind, Quote, Span } from '../types';

const MAX_SENTENCES = 1000;
// Cheap sentence-level cues, so the slower per-mention patterns run only where they can match.
const COMPARE_CUE = /\b(?:akin to|similar to|comparable to|likened to|compared to|compared with)\b/;
const SUPPORT_CUE = /\bsupport/;
const AGENT_CUE = /\b(?:issued|signed|released|published|announced|made|held)\s+by\s/;

const surface = (a: Article, m: Span): string => a.text.slice(m.start, m.end);

const requests = new WeakMap<Article, Map<string, ReturnType<typeof buildRequest>>>();

/** Same-granularity wrong answers for an entity answer (computed once per entity). */
export function entityRequest(article: Article, m: EntityMention) {
	let perArticle = requests.get(article);
	if (!perArticle) requests.set(article, (perArticle = new Map()));
	const key = `${m.kind}|${m.name}`;
	let request = perArticle.get(key);
	if (!request) perArticle.set(key, (request = buildRequest(article, m)));
	return request;
}

function buildRequest(article: Article, m: EntityMention) {
	if (m.kind === 'person') {
		const people = article.facts.people
			.filter((p) => p.name !== m.name && isNamed(p))
			.map((p) => p.name);
		const person = personNamed(article, m.name);
		const avoidWords = person ? nameWords(person) : [];
		return { article: people, bank: FULL_NAMES, alsoTrue: [m.name], avoidWords };
	}
	if (m.kind === 'organization') {
		const group = organizationGroup(m.name);
		const same = article.facts.organizations.filter((o) => organizationGroup(o.name) === group);
		return { article: same.map((o) => o.name), bank: organizationBank(group), alsoTrue: [m.name] };
	}
	const kind = placeKind(m.name);
	const same = article.facts.places.filter((p) => placeKind(p.name) === kind);
	return { article: same.map((p) => p.name), bank: placeBank(kind), alsoTrue: [m.name] };
}

const factOf = (m: EntityMention): FactKind => m.kind;

function compareQuestion(ctx: Context, sentence: Span, mentions: EntityMention[]): Candidate[] {
	const { article } = ctx;
	const out: Candidate[] = [];
	for (const target of mentions.filter((m) => m.exact)) {
		// The cue sits right before the entity; a short window keeps the end-anchored pattern cheap.
		const pre = article.text.slice(Math.max(sentence.start, target.start - 60), target.start);
		const cue =
			/(\w+\s+\w+)\s+(?:akin to|similar to|comparable to|likened to|compared to|compared with)\s+$/.exec(
				pre
			);
		if (!cue) continue;
		for (const subject of mentions) {
			if (subject.kind !== 'person' || subject.end >= target.start) continue;
			const rest = article.text.slice(subject.end, target.start);
			const frame = /^\s+(\w+ed)\s+((?:the|a|an)\s+[^,]+?)\s+as\b/.exec(rest);
			if (!frame) continue;
			const prompt = `To which ${cue[1]} did ${surface(article, subject)} compare ${frame[2]}?`;
			const source = sourceOf(article, target);
			const base = {
				fact: factOf(target),
				prompt,
				answer: target.name,
				source,
				weight: 2.5,
				entities: [target.name, subject.name],
				idParts: [target.name, 'compare']
			};
			out.push(multipleChoice(ctx, base, entityRequest(article, target)));
			break;
		}
	}
	return out;
}

function supportQuestion(ctx: Context, sentence: Span, mentions: EntityMention[]): Candidate[] {
	const { article } = ctx;
	const { text } = article;
	const out: Candidate[] = [];
	for (const target of mentions.filter((m) => m.exact)) {
		const possessive = /^[’']s\s+([^,.;]+)/.exec(text.slice(target.end, sentence.end));
		const pre = text.slice(Math.max(sentence.start, target.start - 30), target.start);
		if (!possessive || !/\bsupport(?:s|ed|ing)?\s+(?:for\s+)?$/.test(pre)) continue;
		const thing = (possessive[1] as string).trim();
		let prompt: string | undefined;
		for (const subject of mentions) {
			if (subject.kind !== 'person' || subject.end >= target.start) continue;
			const between = text.slice(subject.end, target.start);
			const supporter = mentions.find(
				(m) =>
					m.start > subject.end &&
					m.end < target.start &&
					/^[’']s\s+(?:\w+\s+){0,2}support\s+for\s+$/.test(text.slice(m.end, target.start))
			);
			if (supporter && /^\s+\w+ed\s+$/.test(text.slice(subject.end, supporter.start))) {
				prompt = `Whose ${thing} did ${surface(article, subject)} say ${surface(article, supporter)} supports?`;
			} else if (/^\s+[\w\s]{0,40}?\bsupporting\s+$/.test(between)) {
				prompt = `Whose ${thing} is ${surface(article, subject)} described as supporting?`;
			}
			if (prompt) break;
		}
		if (!prompt) continue;
		const base = {
			fact: factOf(target),
			prompt,
			answer: target.name,
			source: sourceOf(article, target),
			weight: 2.5,
			entities: [target.name],
			idParts: [target.name, 'support', thing]
		};
		out.push(multipleChoice(ctx, base, entityRequest(article, target)));
	}
	return out;
}

function jointAgentQuestion(ctx: Context, sentence: Span, mentions: EntityMention[]): Candidate[] {
	const { article } = ctx;
	const { text } = article;
	const s = text.slice(sentence.start, sentence.end);
	const m =
		/\b(?:a|an|the)\s+((?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+)\s+(issued|signed|released|published|announced|made|held)\s+by\s+/u.exec(
			s
		);
	if (!m) return [];
	const at = sentence.start + (m.index ?? 0) + m[0].length;
	const a = mentions.find((x) => x.start === at && x.kind === 'person');
	const and = a ? /^\s+and\s+/.exec(text.slice(a.end, a.end + 6)) : null;
	const b = a && and ? mentions.find((x) => x.start === a.end + and[0].length) : undefined;
	if (!a || !b || b.kind !== 'person') return [];
	const pa = personNamed(article, a.name);
	const pb = personNamed(article, b.name);
	if (!pa || !pb || pa === pb) return [];
	const after = /^[^.;]*?\s(\p{L}+ed)\s+([^.;]+)/u.exec(text.slice(b.end, sentence.end));
	const noun = pa.roles.length && pb.roles.length ? 'leaders' : 'people';
	const what = `the ${m[1]}${after ? ` that ${after[1]} ${(after[2] as string).trim()}` : ''}`;
	const answer = `${pa.name} and ${pb.name}`;
	const others = article.facts.people
		.filter((p) => p !== pa && p !== pb && isNamed(p))
		.map((p) => p.name);
	const pairs = [
		...others.flatMap((o) => [`${pa.name} and ${o}`, `${o} and ${pb.name}`]),
		...FULL_NAMES.slice(0, 6).map((o, i) => (i % 2 ? `${pa.name} and ${o}` : `${o} and ${pb.name}`))
	];
	const base = {
		fact: 'person' as const,
		prompt: `Which two ${noun} ${m[2]} ${what}?`,
		answer,
		source: sourceOf(article, a),
		weight: 3,
		entities: [pa.name, pb.name],
		answerForms: [pa.name, ...pa.aliases, pb.name, ...pb.aliases]
	};
	return [
		multipleChoice(ctx, base, {
			article: pairs.slice(0, 2 * others.length),
			bank: pairs.slice(2 * others.length),
			alsoTrue: [`${pb.name} and ${pa.name}`]
		})
	];
}

function describeQuestion(ctx: Context, sentence: Span, quotes: Quote[]): Candidate[] {
	const { article } = ctx;
	const { text } = article;
	const out: Candidate[] = [];
	for (const q of quotes) {
		const pre = text.slice(sentence.start, q.start);
		const near = pre.slice(-80);
		const m =
			/([\p{L}’'.-]+)\s+(?:described|called|labeled|labelled|branded)\s+([\p{L}’'.-]+)\s+(?:as\s+)?[“"‘']$/u.exec(
				near
			);
		if (!m) continue;
		const speaker = personNamed(article, m[1] as string);
		const about = personNamed(article, m[2] as string);
		if (!speaker || !about) continue;
		const frame =
			/^(?:In|During|At)\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){0,4}?(?:interview|speech|address|statement|conference|meeting|summit|post|letter|broadcast))\b/.exec(
				pre
			);
		const lead = frame ? `In the ${frame[1]}, how` : 'How';
		const answer = q.text.replace(/[.,;:!?]+$/, '');
		const base = {
			fact: 'quote' as const,
			prompt: `${lead} did ${m[1]} describe ${m[2]}?`,
			answer,
			source: sourceOf(article, q),
			weight: 2.5,
			entities: [speaker.name, about.name],
			idParts: [answer, 'describe']
		};
		const described = article.facts.quotes.filter(
			(o) => o !== q && o.text.split(/\s+/).length <= 5
		);
		out.push(
			multipleChoice(ctx, base, {
				article: [],
				bank: DESCRIPTIONS,
				// Everything quoted in the same sentence may also describe the same person.
				alsoTrue: [...quotes, ...described].map((o) => o.text.replace(/[.,;:!?]+$/, ''))
			})
		);
	}
	return out;
}

export function relationQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	const out: Candidate[] = [];
	const quotesBySentence = new Map<number, Quote[]>();
	for (const q of article.facts.quotes) {
		const i = sentenceIndexAt(article, q.start);
		quotesBySentence.set(i, [...(quotesBySentence.get(i) ?? []), q]);
	}
	for (const [i, sentence] of article.sentences.slice(0, MAX_SENTENCES).entries()) {
		const mentions = mentionsIn(article, sentence);
		const s = article.text.slice(sentence.start, sentence.end);
		if (mentions.length) {
			if (COMPARE_CUE.test(s)) out.push(...compareQuestion(ctx, sentence, mentions));
			if (SUPPORT_CUE.test(s)) out.push(...supportQuestion(ctx, sentence, mentions));
			if (AGENT_CUE.test(s)) out.push(...jointAgentQuestion(ctx, sentence, mentions));
		}
		const quotes = quotesBySentence.get(i);
		if (quotes) out.push(...describeQuestion(ctx, sentence, quotes));
	}
	return out;
}
