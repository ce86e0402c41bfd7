/** Questions about dates, numbers, organisations, acronyms and places. */
import {
	exactSpans,
	inDateline,
	insideOrganizationName,
	mentionsIn,
	sourceOf,
	type Article
} from './article';
import { blankOut, isStatementSized, replaceSlot } from './blank';
import { multipleChoice, trueFalse, type Candidate, type Context } from './candidate';
import { phraseDate } from './date-phrasing';
import {
	dateShape,
	isAskableDate,
	numberShape,
	organizationBank,
	organizationGroup,
	pickDistractors,
	placeBank,
	placeKind
} from './distractors';
import { normalizeAnswer } from './normalize';
import {
	aroundAnswer,
	inStyleOf,
	numberLadder,
	perturbDate,
	perturbExpansion,
	perturbNumber
} from './perturb';
import { randomFor } from './random';
import { promptIsClean } from './rank';
import { lemmaOfGerund } from './verbs';
import type { NumberFact, Span } from '../types';

const MAX_PER_KIND = 30;
const TITLE_START = /^(CEO|Chief|Chairman|President|Director|Head|Minister|Secretary)\b/;

/** Canonical names mentioned in a span, for salience. */
export function namesIn(article: Article, span: Span): string[] {
	return [...new Set(mentionsIn(article, span).map((m) => m.name))];
}

/**
 * Dates written together with this one ("in August or September", "June and July"): the
 * sentence gives them as one answer, so none is wrong beside the other.
 */
function joinedTo(text: string, date: Span, dates: readonly (Span & { text: string })[]): string[] {
	const joint = /^\s*,?\s*(?:or|and|to|-|–)\s*$/;
	return dates
		.filter(
			(d) =>
				d !== date &&
				((d.start >= date.end &&
					d.start - date.end < 8 &&
					joint.test(text.slice(date.end, d.start))) ||
					(date.start >= d.end &&
						date.start - d.end < 8 &&
						joint.test(text.slice(d.end, date.start))))
		)
		.map((d) => d.text);
}

/** One wrong value for a false statement, drawn like a distractor. */
function oneWrong(ctx: Context, key: string, request: Parameters<typeof pickDistractors>[0]) {
	return pickDistractors({ ...request, count: 1 }, randomFor(ctx.seed, key))[0] ?? null;
}

export function dateQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	const dates = article.facts.dates.filter(isAskableDate).slice(0, MAX_PER_KIND);
	const out: Candidate[] = [];
	const byValue = new Map<string, string[]>();
	for (const d of dates) {
		if (d.value) byValue.set(d.value, [...(byValue.get(d.value) ?? []), d.text]);
	}
	// Events as word sequences: "the lawsuit was settled" and "lawsuit was settled out of court"
	// are one event told twice, so each one's date is true of the other.
	const events = dates.map((d) => ` ${normalizeAnswer(d.event)} `);
	const sameEvent = (i: number): string[] => {
		const mine = events[i] as string;
		if (mine.trim() === '') return [];
		return dates
			.filter((_, j) => {
				const theirs = events[j] as string;
				return theirs.trim() !== '' && (theirs.includes(mine) || mine.includes(theirs));
			})
			.map((d) => d.text);
	};
	for (const [i, date] of dates.entries()) {
		const phrase = phraseDate(article, date);
		if (!phrase) continue;
		const source = sourceOf(article, date);
		const shape = dateShape(date.text);
		// Another date of the same event, or the same day written differently, is also true.
		const alsoTrue = [
			...(date.value ? (byValue.get(date.value) ?? []) : []),
			...sameEvent(i),
			...joinedTo(article.text, date, dates)
		];
		const request = {
			answer: date.text,
			article: dates.filter((d) => dateShape(d.text) === shape).map((d) => d.text),
			perturbed: perturbDate(date.text),
			alsoTrue,
			prompt: phrase.question
		};
		const common = { fact: 'date' as const, source, weight: 2, entities: namesIn(article, source) };
		out.push(
			multipleChoice(
				ctx,
				{
					...common,
					prompt: phrase.question,
					answer: date.text,
					idParts: [date.text, phrase.label]
				},
				request
			)
		);
		const wrong = oneWrong(ctx, `date-tf|${date.start}`, request);
		out.push(
			trueFalse(
				{ ...common, idParts: [date.text, phrase.label] },
				{ true: phrase.statement(date.text), false: wrong ? phrase.statement(wrong) : null }
			)
		);
	}
	return out;
}

/** "Which anniversary of the Korean People’s Army did Kim’s speech commemorate?" */
function phraseNumber(article: Article, n: NumberFact): string {
	const source = sourceOf(article, n);
	const before = article.text.slice(source.start, n.start);
	const after = article.text.slice(n.end, source.end);
	const what = /^\s+([^,.;]+?)(?=[,.;]|$)/.exec(after)?.[1] ?? n.context;
	if (numberShape(n.text, n.unit) === 'ordinal') {
		const frame = /(?:In|At|During)\s+(?:a|an|the)\s+(\w+)\s+(\w+ing)\s+the\s+$/.exec(before);
		const subjectAt = source.start + before.length + n.text.length + 1 + what.length;
		const comma = /^,\s+/.exec(article.text.slice(subjectAt, subjectAt + 3));
		const subject = comma
			? mentionsIn(article, source).find((m) => m.start === subjectAt + comma[0].length)
			: undefined;
		const lemma = frame ? lemmaOfGerund(frame[2] as string) : undefined;
		if (frame && lemma && subject) {
			const name = article.text.slice(subject.start, subject.end);
			return `Which ${what} did ${name}’s ${frame[1]} ${lemma}?`;
		}
		// Without that frame, "Which term does the article mention?" has no one answer: the
		// sentence with a blank below does.
	}
	return `Which number completes the sentence: “${blankOut(source, n)}”`;
}

export function numberQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	const numbers = article.facts.numbers.slice(0, MAX_PER_KIND);
	const shapes = new Map(numbers.map((m) => [m, numberShape(m.text, m.unit)]));
	const out: Candidate[] = [];
	for (const n of numbers) {
		const source = sourceOf(article, n);
		const shape = shapes.get(n) as string;
		// "over half" or "between 210 and 250" have no same-shaped alternatives worth offering.
		if (shape === 'other' || shape === 'range') continue;
		const prompt = phraseNumber(article, n);
		const styled = (values: string[]): string[] =>
			values.flatMap((v) => inStyleOf(n.text, v) ?? []);
		const request = {
			answer: n.text,
			// Same shape and within an order of magnitude: 100 tankers against 44,000 is no contest.
			article: styled(
				numbers
					.filter((m) => shapes.get(m) === shape)
					.filter((m) => m.value > 0 && m.value / n.value < 10 && n.value / m.value < 10)
					.map((m) => m.text)
			),
			// Amounts on an even ladder around the answer; ordinals and number words, which
			// have no ladder, by their own variants at a random rank.
			perturbed: styled([
				...numberLadder(n.text, n.value, n.unit, randomFor(ctx.seed, `number-ladder|${n.start}`)),
				...aroundAnswer(
					n.text,
					perturbNumber(n.text, n.value, n.unit),
					randomFor(ctx.seed, `number-rank|${n.start}`)
				)
			]),
			// The same amount rounded another way ("US$7 billion", "US$6.8 billion") is also true.
			alsoTrue: numbers
				.filter((m) => m.unit === n.unit && Math.abs(m.value - n.value) <= 0.05 * Math.abs(n.value))
				.map((m) => m.text),
			prompt
		};
		const weight = shape === 'ordinal' ? 2 : 1;
		const common = { fact: 'number' as const, source, weight, entities: namesIn(article, source) };
		out.push(multipleChoice(ctx, { ...common, prompt, answer: n.text }, request));
		if (!isStatementSized(source.sentence)) continue;
		const wrong = oneWrong(ctx, `number-tf|${n.start}`, request);
		out.push(
			trueFalse(
				{ ...common, idParts: [n.text, String(n.start - source.start)] },
				{ true: source.sentence, false: wrong ? replaceSlot(source, n, wrong) : null }
			)
		);
	}
	return out;
}

export function organizationQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	// "CEO of Boeing Commercial Airplanes" is a position, not an organisation.
	const orgs = article.facts.organizations
		.filter((o) => /^\p{Lu}/u.test(o.name) && !TITLE_START.test(o.name))
		.slice(0, MAX_PER_KIND);
	const out: Candidate[] = [];
	for (const org of orgs) {
		const group = organizationGroup(org.name);
		const forms = org.acronym ? [org.name, org.acronym] : [org.name];
		if (org.acronym) {
			const at = org.mentions.find((m) => article.text.slice(m.start, m.end) === org.acronym);
			const span = at ?? org.mentions[0];
			if (span) {
				const source = sourceOf(article, span);
				const prompt = `What does ${org.acronym} stand for?`;
				const request = {
					article: orgs.filter((o) => o !== org && o.name.includes(' ')).map((o) => o.name),
					perturbed: perturbExpansion(org.name)
				};
				// Expansions that still fit the letters are the harder, better distractors.
				const common = { fact: 'acronym' as const, source, weight: 2, entities: [org.name] };
				out.push(
					multipleChoice(
						ctx,
						{ ...common, prompt, answer: org.name, answerForms: [org.name] },
						{
							article: request.perturbed.slice(0, 3),
							perturbed: request.article
						}
					)
				);
			}
		}
		// A fill-in-the-blank on the first mention whose sentence does not name it twice.
		const mention = org.mentions.find((m) => article.text.slice(m.start, m.end) === org.name);
		if (!mention) continue;
		const source = sourceOf(article, mention);
		const prompt = `Which organisation completes the sentence: “${blankOut(source, mention)}”`;
		out.push(
			multipleChoice(
				ctx,
				{
					fact: 'organization',
					source,
					weight: 1.5,
					entities: [org.name],
					prompt,
					answer: org.name,
					answerForms: forms
				},
				{
					article: orgs.filter((o) => organizationGroup(o.name) === group).map((o) => o.name),
					bank: organizationBank(group),
					alsoTrue: forms
				}
			)
		);
	}
	return out;
}

export function placeQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	const places = article.facts.places.slice(0, MAX_PER_KIND);
	const out: Candidate[] = [];
	for (const place of places) {
		const kind = placeKind(place.name);
		const sameKind = places.filter((p) => placeKind(p.name) === kind).map((p) => p.name);
		const request = { article: sameKind, bank: placeBank(kind), alsoTrue: [place.name] };
		const common = { fact: 'place' as const, weight: 1.5, entities: [place.name] };
		for (const mention of exactSpans(article.text, place.mentions, [place.name]).slice(0, 3)) {
			const source = sourceOf(article, mention);
			// A dateline ("SEOUL, South Korea — …") says where the story was filed; the country
			// after the city is no question.
			const dateline = inDateline(article, mention);
			if (dateline && mention.start !== source.start) continue;
			if (insideOrganizationName(article, mention)) continue;
			const prompt = dateline
				? `From which ${kind === 'other' ? 'place' : kind} was this article filed?`
				: `Which ${kind === 'other' ? 'place' : kind} completes the sentence: “${blankOut(source, mention)}”`;
			if (!promptIsClean(prompt, [place.name], article.personWords)) continue;
			out.push(multipleChoice(ctx, { ...common, source, prompt, answer: place.name }, request));
			break;
		}
	}
	return out;
}
