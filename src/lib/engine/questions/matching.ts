/**
 * Matching and ordering: questions over several facts at once — people ↔ positions,
 * quotes ↔ speakers, dates ↔ events, and events in chronological order.
 */
import { isNamed, personNamed, sourceOf, type Article } from './article';
import type { Candidate, Context } from './candidate';
import { phraseDate } from './date-phrasing';
import { hasCalendarValue, isAskableDate } from './distractors';
import { normalizeAnswer } from './normalize';
import { hasUnresolvedPronoun } from './rank';
import { capitalize } from './normalize';
import type { FactKind, Pair, QuestionSource, Span } from '../types';

const MIN = 3;
const MAX = 6;

/** One source covering several proving sentences: the envelope of their spans. */
function combinedSource(article: Article, spans: Span[]): QuestionSource {
	const sources = spans.map((s) => sourceOf(article, s));
	const unique = sources.filter((s, i) => sources.findIndex((o) => o.start === s.start) === i);
	unique.sort((a, b) => a.start - b.start);
	return {
		start: Math.min(...unique.map((s) => s.start)),
		end: Math.max(...unique.map((s) => s.end)),
		sentence: unique.map((s) => s.sentence).join(' … ')
	};
}

function matching(
	article: Article,
	fact: FactKind,
	prompt: string,
	rows: { pair: Pair; span: Span }[]
): Candidate | null {
	// Each side must be unique or the match is ambiguous.
	const seen = new Set<string>();
	const picked = rows.filter(({ pair }) => {
		const keys = [`l:${normalizeAnswer(pair.left)}`, `r:${normalizeAnswer(pair.right)}`];
		if (keys.some((k) => seen.has(k))) return false;
		keys.forEach((k) => seen.add(k));
		return true;
	});
	if (picked.length < MIN) return null;
	const top = picked.slice(0, MAX);
	const pairs = top.map((r) => r.pair);
	return {
		type: 'matching',
		fact,
		prompt,
		answer: pairs.map((p) => `${p.left} → ${p.right}`).join('; '),
		pairs,
		source: combinedSource(
			article,
			top.map((r) => r.span)
		),
		idParts: pairs.map((p) => `${p.left}=${p.right}`),
		answerForms: [],
		weight: 2.5,
		entities: []
	};
}

export function matchingQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	const { facts } = article;
	const out: (Candidate | null)[] = [];
	const byMentions = facts.people
		.filter(isNamed)
		.sort((a, b) => b.mentions.length - a.mentions.length);
	out.push(
		matching(
			article,
			'role',
			'Match each person with the position the article names.',
			byMentions
				.filter((p) => p.roles.length && p.mentions.length && /^\p{Lu}/u.test(p.name))
				.map((p) => ({
					pair: { left: p.name, right: p.roles[0] as string },
					span: p.mentions[0] as Span
				}))
		)
	);
	// Quotes of a readable length: a whole paragraph is no matching item, one word no clue.
	const quoted = facts.quotes.filter((q) => {
		const words = q.text.split(/\s+/).length;
		return q.speaker && personNamed(article, q.speaker) && words >= 3 && words <= 25;
	});
	if (new Set(quoted.map((q) => q.speaker)).size >= 2) {
		out.push(
			matching(
				article,
				'quote',
				'Match the quotes with the speakers.',
				quoted.map((q) => ({ pair: { left: `“${q.text}”`, right: q.speaker as string }, span: q }))
			)
		);
	}
	const dated = datedEvents(article);
	out.push(
		matching(
			article,
			'date',
			'Match the events with the dates.',
			dated
				.filter((d) => d.askable)
				.map((d) => ({ pair: { left: d.label, right: d.date }, span: d.span }))
		)
	);
	const ordered = chronological(dated);
	if (ordered.length >= MIN) {
		const items = ordered.slice(0, MAX);
		out.push({
			type: 'ordering',
			fact: 'date',
			prompt: 'Put these events in chronological order, earliest first.',
			answer: items.map((d) => `${d.label} (${d.date})`).join(' → '),
			items: items.map((d) => d.label),
			source: combinedSource(
				article,
				items.map((d) => d.span)
			),
			idParts: items.map((d) => d.label),
			answerForms: [],
			weight: 2.5,
			entities: []
		});
	}
	return out.filter((c): c is Candidate => c !== null);
}

interface DatedEvent {
	label: string;
	date: string;
	/** A written calendar date; "today" may be ordered by its value but not matched by text. */
	askable: boolean;
	value?: string;
	span: Span;
}

function datedEvents(article: Article): DatedEvent[] {
	const out: DatedEvent[] = [];
	const dates = article.facts.dates.filter((d) => isAskableDate(d) || hasCalendarValue(d));
	for (const d of dates.slice(0, 40)) {
		const phrase = phraseDate(article, d);
		if (!phrase || hasUnresolvedPronoun(phrase.label, article.personWords)) continue;
		out.push({
			label: capitalize(phrase.label),
			date: d.text,
			askable: isAskableDate(d),
			value: resolve(d.value, article.referenceDate),
			span: d
		});
	}
	return out;
}

/** A month-day value ("--01-20") gets the year that puts it on or before the article's date. */
function resolve(value: string | undefined, reference: string | undefined): string | undefined {
	const m = value ? /^--(\d{2})-(\d{2})$/.exec(value) : null;
	if (!m) return value;
	if (!reference) return undefined;
	const year = Number(reference.slice(0, 4));
	const candidate = `${year}-${m[1]}-${m[2]}`;
	return candidate <= reference ? candidate : `${year - 1}-${m[1]}-${m[2]}`;
}

/** The interval a value covers, as comparable YYYY-MM-DD strings. */
function interval(value: string): [string, string] | null {
	let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (m) return [value, value];
	m = /^(\d{4})-(\d{2})$/.exec(value);
	if (m) return [`${value}-01`, `${value}-31`];
	m = /^(\d{4})(?:\/(\d{4}))?$/.exec(value);
	if (m) return [`${m[1]}-01-01`, `${m[2] ?? m[1]}-12-31`];
	return null;
}

/** Events whose dates do not overlap, earliest first (so the order is certain). */
function chronological(events: DatedEvent[]): DatedEvent[] {
	const timed = events
		.map((e) => ({ e, span: e.value ? interval(e.value) : null }))
		.filter((x): x is { e: DatedEvent; span: [string, string] } => x.span !== null)
		.sort((a, b) => (a.span[0] < b.span[0] ? -1 : a.span[0] > b.span[0] ? 1 : 0));
	const out: DatedEvent[] = [];
	let lastEnd = '';
	for (const { e, span } of timed) {
		if (span[0] > lastEnd) {
			out.push(e);
			lastEnd = span[1];
		}
	}
	return out;
}
