/**
 * Cloze questions: the proving sentence with one fact blanked, answered by typing. The answer is
 * the slot as written; `accept` lists other true forms (aliases, the surname, the acronym).
 */
import {
	datelineOf,
	exactSpans,
	inDateline,
	insideOrganizationName,
	isNamed,
	personForms,
	sourceOf,
	type Article
} from './article';
import { isAskableDate } from './distractors';
import { blankOut } from './blank';
import type { Candidate, Context } from './candidate';
import { normalizeAnswer } from './normalize';
import { roleSpan } from './people-questions';
import { promptIsClean } from './rank';
import type { FactKind, Span } from '../types';

const MENTIONS_PER_ENTITY = 3;
const MAX_PER_KIND = 30;

function cloze(
	article: Article,
	span: Span,
	fact: FactKind,
	weight: number,
	entity: string,
	forms: string[]
): Candidate {
	const source = sourceOf(article, span);
	const answer = article.text.slice(span.start, span.end);
	const accept = forms.filter((f) => f.toLowerCase() !== answer.toLowerCase());
	return {
		type: 'cloze',
		fact,
		prompt: blankOut(source, span),
		answer,
		...(accept.length ? { accept } : {}),
		source,
		idParts: [answer],
		answerForms: [answer, ...accept],
		weight,
		entities: entity ? [entity] : []
	};
}

/** The surname, unless a one-word alias already names the person ("Kim" for Kim Jong Un). */
function surnameForms(name: string, aliases: string[]): string[] {
	if (aliases.some((a) => !a.includes(' '))) return [];
	const last = name.split(' ').pop();
	return last && last !== name ? [last] : [];
}

/** The first of a fact's mentions that makes a clean cloze (one per fact survives ranking). */
function firstClean(article: Article, spans: Span[], make: (span: Span) => Candidate): Candidate[] {
	for (const span of spans.slice(0, MENTIONS_PER_ENTITY)) {
		const c = make(span);
		if (promptIsClean(c.prompt, c.answerForms, article.personWords)) return [c];
	}
	return [];
}

export function clozeQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	const { facts, text } = article;
	const out: Candidate[] = [];
	for (const p of facts.people.filter(isNamed).slice(0, MAX_PER_KIND)) {
		const forms = [...personForms(p), ...surnameForms(p.name, personForms(p).slice(1))];
		out.push(
			...firstClean(article, exactSpans(text, p.mentions, forms), (m) =>
				cloze(article, m, 'person', 2.5, p.name, forms)
			)
		);
		for (const role of p.roles.slice(0, 3)) {
			const span = roleSpan(text, p, role);
			if (span) out.push(cloze(article, span, 'role', 3, p.name, []));
		}
	}
	for (const d of facts.dates.filter(isAskableDate).slice(0, MAX_PER_KIND)) {
		out.push(cloze(article, d, 'date', 2, '', []));
	}
	for (const n of facts.numbers.slice(0, MAX_PER_KIND)) {
		out.push(cloze(article, n, 'number', n.unit === 'ordinal' ? 2 : 1, '', []));
	}
	for (const o of facts.organizations.slice(0, MAX_PER_KIND)) {
		const forms = o.acronym ? [o.name, o.acronym] : [o.name];
		out.push(
			...firstClean(article, exactSpans(text, o.mentions, forms), (m) =>
				cloze(article, m, 'organization', 1.5, o.name, forms)
			)
		);
	}
	for (const p of facts.places.slice(0, MAX_PER_KIND)) {
		const spans = exactSpans(text, p.mentions, [p.name]).filter(
			(m) =>
				(!inDateline(article, m) || m.start === datelineOf(article)?.start) &&
				!insideOrganizationName(article, m)
		);
		out.push(
			...firstClean(article, spans, (m) => {
				// Datelines are shouted ("SEOUL"); the answer should read as a name.
				const c = cloze(article, m, 'place', 1.5, p.name, [p.name]);
				if (c.answer !== p.name && c.answer.toUpperCase() === c.answer) {
					c.answer = p.name;
					c.accept = undefined;
				}
				return c;
			})
		);
	}
	for (const q of facts.quotes.slice(0, MAX_PER_KIND)) {
		// Only short quotes can fairly be typed from memory.
		const words = q.text.split(/\s+/).length;
		if (words < 2 || words > 5) continue;
		// Typed from memory without the comma that the speaker's name cut off ("iPhone OS,").
		const trailing = /[\s,;:]+$/.exec(article.text.slice(q.start, q.end))?.[0].length ?? 0;
		out.push(
			cloze(article, { start: q.start, end: q.end - trailing }, 'quote', 2, q.speaker ?? '', [])
		);
	}
	// An answer of punctuation alone (a "quote" of “ , , ” found by fuzzing) normalises to nothing,
	// so no typed answer could ever be marked right.
	return out.filter((c) => normalizeAnswer(c.answer) !== '');
}
