/**
 * Checking a typed cloze answer leniently: case, punctuation, diacritics, a leading article,
 * extra spaces, "77" for "77th", "Jan. 20" or "20 January" for "January 20" all pass; any other
 * word does not, so a different surname is still wrong.
 */
import { MONTHS } from './banks';
import { normalizeAnswer } from './normalize';
import type { Question } from '../types';

const MONTH_KEYS = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

/** A canonical key for a date written as "January 20", "Jan. 20", "20 January", "Jan 20, 2025". */
function dateKey(norm: string): string | null {
	let m = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/.exec(norm);
	let month: string | undefined;
	let day: string | undefined;
	let year: string | undefined;
	if (m) [, month, day, year] = m;
	else {
		m = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)(?: (\d{4}))?$/.exec(norm);
		if (!m) return null;
		[, day, month, year] = m;
	}
	const index = MONTH_KEYS.indexOf((month ?? '').slice(0, 3));
	if (index < 0 || !MONTHS[index]?.toLowerCase().startsWith(month ?? '')) return null;
	return `${index + 1}-${Number(day)}${year ? `-${year}` : ''}`;
}

/** "2018-19", "2018–2019", "2018 to 2019" → "2018-2019". */
function yearRangeKey(norm: string): string | null {
	const m = /^(\d{4}) (?:to )?(\d{2}|\d{4})$/.exec(norm);
	if (!m) return null;
	const end = (m[2] as string).length === 2 ? `${(m[1] as string).slice(0, 2)}${m[2]}` : m[2];
	return `${m[1]}-${end}`;
}

/** Forms that mean the same thing: the ordinal without its suffix, a date in another order. */
function keys(text: string): string[] {
	const norm = normalizeAnswer(text);
	const out = [norm];
	const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(norm);
	if (ordinal) out.push(ordinal[1] as string);
	const date = dateKey(norm);
	if (date) out.push(`date:${date}`);
	const range = yearRangeKey(norm);
	if (range) out.push(`range:${range}`);
	const number = /^(\d{1,3}(?: \d{3})+)$/.exec(norm);
	if (number) out.push((number[1] as string).replace(/ /g, ''));
	return out;
}

export function checkClozeAnswer(
	question: Pick<Question, 'answer' | 'accept'>,
	typed: string
): boolean {
	const given = keys(typed);
	if (!given[0]) return false;
	const expected = [question.answer, ...(question.accept ?? [])].flatMap(keys);
	return given.some((g) => expected.includes(g));
}
