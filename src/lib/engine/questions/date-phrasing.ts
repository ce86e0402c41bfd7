/**
 * Turning a dated sentence into a question about its date. Three sentence shapes cover most
 * news prose; anything else falls back to the extractor's event phrase.
 *   "Since taking office on January 20, Trump …"      → When did Trump take office?
 *   "In a Fox News interview aired on January 23, …"   → When did the Fox News interview air?
 *   "The previous meetings between A and B in 2018-19" → When did the previous meetings … take place?
 */
import { mentionsIn, sentenceIndexAt, type Article } from './article';
import { capitalize, normalizeAnswer } from './normalize';
import { lemmaOfGerund, lemmaOfPast, pastOf } from './verbs';
import type { DateFact, Span } from '../types';

export interface DatePhrase {
	/** "When did Trump take office?" */
	question: string;
	/** "Trump took office": names the event for matching and ordering. */
	label: string;
	/** A full statement with the date (or a wrong one) in its slot. */
	statement: (date: string) => string;
}

const EVENT_NOUNS =
	/^(meetings?|summits?|talks|elections?|visits?|interviews?|conferences?|wars?|attacks?|votes?|referendums?|ceremony|ceremonies|parades?|tests?|launch(es)?|negotiations|games|olympics|crisis|invasion|speech|address|rally|protests?|strikes?)$/i;

/** Words that make a would-be noun phrase a clause ("the service is intended to launch"). */
const VERBISH = /\b(is|are|was|were|will|would|has|have|had|be|been|to|that|which|who)\b/i;
const NOT_A_START =
	/^(is|are|was|were|will|would|has|have|had|be|been|can|could|may|might|should|of|on|in|at|to|for|by|from|with|and|or|but|as|it|he|she|they|themselves|itself|its|his|her|their|this|that|these|those)$/;

/**
 * Whether an extractor's event phrase can stand alone as a label: at least three words, not a
 * fragment starting with an auxiliary, a preposition, a pronoun or a participle ("was delayed",
 * "of the leadup", "signed the agreement"), and no date of its own.
 */
export function isEventPhrase(event: string): boolean {
	const words = event.split(/\s+/);
	const first = words[0] ?? '';
	if (words.length < 3 || /[.!?]/.test(event)) return false;
	if (/\b(1[5-9]|20)\d{2}\b/.test(event)) return false;
	if (NOT_A_START.test(first.toLowerCase()) || /^\d/.test(first)) return false;
	// A bare name ("Boeing Commercial Airplanes") says who, not what happened.
	if (!words.some((w) => /^\p{Ll}/u.test(w))) return false;
	return !/^[a-z]+(ed|ing)$/.test(first);
}

/** "on" for a day, "in" for a month or a year. */
export function datePreposition(date: string): string {
	return /\d{1,2}(st|nd|rd|th)?(,\s*\d{4})?$|day$/.test(date.trim()) && !/^\d{4}/.test(date.trim())
		? 'on'
		: 'in';
}

/** The named entity starting exactly at `offset`, as written. */
function entityAt(article: Article, sentence: Span, offset: number): string | undefined {
	const m = mentionsIn(article, sentence).find((x) => x.start === offset);
	return m ? article.text.slice(m.start, m.end) : undefined;
}

export function phraseDate(article: Article, date: DateFact): DatePhrase | null {
	const index = sentenceIndexAt(article, date.start);
	const sentence = article.sentences[index];
	if (!sentence) return null;
	const before = article.text.slice(sentence.start, date.start);
	const after = article.text.slice(date.end, sentence.end);
	const prep = (d: string): string => datePreposition(d);
	// "the highest turnout since 1992", "between 2019 and 2021": the date bounds a stretch of
	// time; asked as the date of the event, its answer would be wrong.
	const rangeStart =
		/\bfrom\s+(?:the\s+)?$/i.test(before) && /^\s+(?:to|until|through)\b/i.test(after);
	if (BOUND.test(before) || RANGE_END.test(before) || rangeStart) return null;

	// A: gerund frame with the subject right after the comma.
	const a =
		/^(?:(?:Since|After|Before|While|Upon|When)\s+)?(\w+ing)\s+([\w’' -]{1,60}?)\s+(?:on|in)\s+$/.exec(
			before
		);
	const comma = /^,\s+/.exec(after);
	if (a && comma) {
		const lemma = lemmaOfGerund(a[1] as string);
		const subject = entityAt(article, sentence, date.end + comma[0].length);
		if (lemma && subject) {
			const object = a[2] as string;
			const label = `${subject} ${pastOf(lemma)} ${object}`;
			return {
				question: `When did ${subject} ${lemma} ${object}?`,
				label,
				statement: (d) => `${label} ${prep(d)} ${d}.`
			};
		}
	}

	// B: a noun phrase with a participle ("a Fox News interview aired on").
	const b =
		/(?:^|,\s*|\b(?:In|At|During|in|at|during)\s+)(?:a|an|the)\s+((?:[\w’'-]+\s+){1,5}?)(\w+ed|held|made|broadcast)\s+(?:on|in)\s+$/.exec(
			before
		);
	if (b) {
		const noun = (b[1] as string).trim();
		const participle = b[2] as string;
		const lemma = lemmaOfPast(participle);
		const label = `the ${noun} ${lemma ? pastOf(lemma) : `was ${participle}`}`;
		return {
			question: lemma ? `When did the ${noun} ${lemma}?` : `When was the ${noun} ${participle}?`,
			label,
			statement: (d) => `${capitalize(label)} ${prep(d)} ${d}.`
		};
	}

	// C: an event noun phrase as the subject ("The previous meetings between Trump and Kim in").
	const c = /^(?:[A-Z]\w*,\s+)?(?:The|A|An)\s+([\w’' -]{3,80}?)\s+(?:in|on|during)\s+$/.exec(
		before
	);
	if (c) {
		const noun = c[1] as string;
		const head =
			noun
				.split(/\s+(?:between|of|with|on|in|among|by)\s+/)[0]
				?.split(' ')
				.pop() ?? '';
		if (EVENT_NOUNS.test(head) && !VERBISH.test(noun)) {
			return {
				question: `When did the ${noun} take place?`,
				label: `the ${noun}`,
				statement: (d) => `The ${noun} took place ${prep(d)} ${d}.`
			};
		}
	}

	// D: the extractor's event phrase, which may be a clause or a noun phrase; this wording
	// fits both. Only when the phrase is the date's own clause, written around the date: the
	// extractor's window can reach into a neighbouring clause ("agreed to lease 100 tankers, but in
	// 2003 a scandal erupted"), and a question built on that would have a wrong answer.
	// An event written in other words than the sentence's (a teacher's "state media reported
	// Kim’s remarks") was put there on purpose and is trusted as it is.
	const clause = ownClause(date.event);
	const cut = ` ${normalizeAnswer(before + after)} `.includes(` ${normalizeAnswer(clause ?? '')} `);
	if (!clause || (cut && !surroundsDate(clause, before, after))) return null;
	// The extractor's phrase starts after the article: "region was badly damaged" reads as "the
	// region was badly damaged" in the sentence, and so in the question.
	const sentenceText = article.text.slice(sentence.start, sentence.end);
	const at = sentenceText.indexOf(clause);
	const event =
		at >= 4 && /\b[Tt]he $/.test(sentenceText.slice(at - 4, at)) ? `the ${clause}` : clause;
	return {
		question: `What date does the article give for this: ${event}?`,
		label: event,
		statement: (d) => `The article gives ${d} as the date of this: ${event}.`
	};
}

const BOUND = /\b(?:since|between|until|till|through)\s+(?:the\s+)?$/i;
const RANGE_END =
	/\b(?:between|from)\s+\S+(?:\s+\S+){0,2}\s+(?:and|to|until|through)\s+(?:the\s+)?$/i;

/** Words a clause cannot end on: the extractor cut it mid-phrase ("sold more planes for the"). */
const DANGLING =
	/\b(the|a|an|of|for|to|in|on|at|by|with|from|into|and|or|but|than|was|were|is|are|be|been|has|have|had|will|would|its|their|his|her|that|which|who|between|starting|beginning|said|says|stated|told|announced)$/i;
const SUBORDINATOR = /^.*\b(?:when|which|who|after|before|because|whereas|while|since)\s+/i;

/**
 * The event phrase from its last subordinator on ("Boeing 717 when McDonnell Douglas merged with
 * Boeing" → "McDonnell Douglas merged with Boeing"), or null when it is no usable phrase.
 */
function ownClause(raw: string): string | null {
	const trimmed = raw.trim().replace(/[.;:,]+$/, '');
	const event = trimmed.replace(SUBORDINATOR, '');
	// Out of its sentence a pronoun has nobody to refer to ("a judge barred him from working").
	if (/\b(he|him|his|she|her|they|them|their|it|its)\b/i.test(event)) return null;
	// Something must happen in it: "A federal jury in Manhattan" names no event.
	if (!FINITE.test(event.split(/\s+/).slice(1).join(' '))) return null;
	// "Boeing Commercial Airplanes and scheduled to enter service": the name before "and" is
	// the object of the clause before it, and what follows has no subject.
	const joint = /\s+and\s+(?=\p{Ll}+ed\b)/u.exec(event);
	if (joint && !FINITE.test(event.slice(0, joint.index).split(/\s+/).slice(1).join(' '))) {
		return null;
	}
	return isEventPhrase(event) && !DANGLING.test(event) ? event : null;
}

/** A verb that says something happened: an auxiliary, a regular past or a common irregular one. */
const FINITE =
	/\b(is|are|was|were|has|have|had|will|would|did|can|could|may|might|shall|should|\p{Ll}+ed|began|begun|made|held|took|won|lost|met|gave|sold|became|came|went|left|rose|fell|flew|grew|built|bought|brought|led|spoke|broke|chose|drove|wrote|ran|saw|found|paid|struck|sent|spent|stood|reports|says|plans|begins|opens|ends|starts|launches|takes)\b/u;

const DATE_PREPOSITION =
	/\b(?:in|on|by|since|for|from|until|till|during|at|before|after|as of)\s*$/i;
const words = (text: string): string[] => normalizeAnswer(text).split(' ').filter(Boolean);

/**
 * Whether the sentence reads `event` around the date with nothing but the date's preposition in
 * between: the event's first words end the text before the date ("crashed into the Atlantic Ocean
 * | in June") and its other words open the text after it ("On Saturday | , Boeing announced …";
 * "Boeing Commercial Airplanes on Tuesday | delivered the final 717 jet").
 */
export function surroundsDate(event: string, before: string, after: string): boolean {
	const ev = words(event);
	const head = before.replace(DATE_PREPOSITION, '').trimEnd();
	const b = words(head);
	const a = words(after).slice(0, ev.length);
	for (let k = 0; k <= ev.length; k++) {
		const left = ev.slice(0, k);
		const right = ev.slice(k);
		if (k > 0 && (/[,;:—–(]$/.test(head) || b.slice(b.length - k).join(' ') !== left.join(' ')))
			continue;
		// The event goes on after the date: straight on, or after a comma when it starts there.
		if (right.length && k > 0 && /^\s*[,;:—–]/.test(after)) continue;
		if (a.slice(0, right.length).join(' ') === right.join(' ')) return true;
	}
	return false;
}
