/**
 * Dates and times in an article: every expression with its TimeML-style value (resolved against
 * the publication date when there is one) and the event it dates. A single left-to-right scan
 * over tokens; see docs/dates-numbers.md for why this is not chrono-node (measured there, then
 * removed from the dependencies).
 */

import { dayNumber, parseReference } from './dates-calendar';
import { eventPhrase, tenseAround } from './dates-event';
import { matchAt } from './dates-match';
import { resolve } from './dates-resolve';
import type { TimeMatch } from './dates-spec';
import { Tokens } from './dates-tokens';
import type { DateFact, Span } from './types';

/** All time expressions in token order, none overlapping (the longest at each start wins). */
export function scanTimes(tk: Tokens): TimeMatch[] {
	const found: TimeMatch[] = [];
	let i = 0;
	while (i < tk.length) {
		const m = matchAt(tk, i);
		if (m && m.end > i) {
			found.push(m);
			i = m.end;
		} else i++;
	}
	return found;
}

/**
 * A full date alone on its line is the article's dateline: it dates the article, not an event,
 * so it is not a fact. When no reference date is given it becomes the reference.
 */
function isDateline(tk: Tokens, m: TimeMatch): boolean {
	const s = m.spec;
	if (s.y === undefined || s.m === undefined || s.d === undefined) return false;
	return tk.newlineBefore(m.first) && (m.end >= tk.length || tk.newlineBefore(m.end));
}

/** Finds the sentence holding [start, end); falls back to the surrounding line or phrase. */
export function sentenceLocator(text: string, sentences: Span[]): (start: number) => Span {
	return (start) => {
		let lo = 0;
		let hi = sentences.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const s = sentences[mid] as Span;
			if (s.end <= start) lo = mid + 1;
			else if (s.start > start) hi = mid - 1;
			else return s;
		}
		// No sentence covers it (none given, or a gap): use the text up to 300 characters around
		// it, cut at sentence punctuation or a line break.
		const from = Math.max(0, start - 300);
		const before = text.slice(from, start);
		const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
		const after = text.slice(start, start + 300);
		const stop = after.search(/[.!?](\s|$)|\n/);
		return {
			start: cut < 0 ? from : from + cut + 1,
			end: stop < 0 ? start + after.length : start + stop + 1
		};
	};
}

export function findDates(
	text: string,
	sentences: Span[],
	opts: { referenceDate?: string } = {}
): DateFact[] {
	if (typeof text !== 'string' || text.length === 0) return [];
	const tk = new Tokens(text);
	const matches = scanTimes(tk);
	let ref = parseReference(opts.referenceDate);
	const locate = sentenceLocator(text, Array.isArray(sentences) ? sentences : []);
	const facts: DateFact[] = [];
	let previous: number | undefined;
	let previousYear: number | undefined;
	let sentenceOfPrevious = -1;
	for (const [k, m] of matches.entries()) {
		if (isDateline(tk, m)) {
			const s = m.spec;
			if (ref === undefined && s.y !== undefined && s.m !== undefined && s.d !== undefined)
				ref = dayNumber(s.y, s.m, s.d);
			continue;
		}
		const start = tk.start(m.first);
		const end = tk.end(m.end - 1);
		const sentence = locate(start);
		const tense = tenseAround(tk, m.first, m.end, sentence);
		let sentenceDay = sentenceOfPrevious === sentence.start ? previous : undefined;
		// "at 7.30pm on 3 March": a clock time takes the day named after it in its sentence.
		const next = matches[k + 1];
		if (m.spec.hour !== undefined && sentenceDay === undefined && next) {
			const nextDay = /^(\d{4})-(\d{2})-(\d{2})/.exec(resolve(next.spec, { ref, tense }) ?? '');
			if (nextDay && tk.start(next.first) < sentence.end)
				sentenceDay = dayNumber(Number(nextDay[1]), Number(nextDay[2]), Number(nextDay[3]));
		}
		const value = resolve(m.spec, { ref, tense, previous, previousYear, sentenceDay });
		const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
		if (day) {
			previous = dayNumber(Number(day[1]), Number(day[2]), Number(day[3]));
			previousYear = undefined;
			sentenceOfPrevious = sentence.start;
		} else if (value !== undefined && /^\d{4}$/.test(value)) {
			// "in 2016 … four years later": a year anchors year-sized steps only.
			previous = undefined;
			previousYear = Number(value);
		}
		const fact: DateFact = { start, end, text: text.slice(start, end), event: '' };
		if (value !== undefined) fact.value = value;
		fact.event = eventPhrase(text, sentence, start, end);
		facts.push(fact);
	}
	return facts;
}
