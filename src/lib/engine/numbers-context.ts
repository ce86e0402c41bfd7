/**
 * What a number counts: the noun phrase right after it ("five Boeing 737s" → "Boeing 737s"),
 * or, when the number ends its clause ("job cuts of 10,000."), the words before it.
 */

import type { Span } from './types';

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
// A clause ends at punctuation or a line break (headlines carry no full stop).
const BOUNDARY = /[,;:()[\]"“”—–!?\n]|\.(?:\s|$)|\s-\s/;

/** Words that end the noun phrase after a number: verbs, relatives, most prepositions. */
const STOP = new Set(
	(
		'is was were are be been being has have had will would can could may might should must do ' +
		'does did said says say that which who whom whose where when while and or but nor in at on ' +
		'for by with from to into onto over under than per as after before since until during ' +
		'because if so then each apiece respectively found told made took gave became began won ' +
		'lost fell rose got saw left met held need needs went came'
	).split(' ')
);

const EDGE = new Set(
	(
		'of the a an to in on at by for from with and or but as than worth about around some over ' +
		'nearly almost approximately roughly up least more less fewer much many all just only'
	).split(' ')
);

const MAX_WORDS = 8;
const WINDOW = 400;

function words(s: string): string[] {
	return (s.match(WORDS) ?? []).map((w) => (w.length > 3 ? w.replace(/\.+$/, '') : w));
}

function trim(ws: string[]): string[] {
	let a = 0;
	let b = ws.length;
	while (a < b && EDGE.has((ws[a] ?? '').toLowerCase())) a++;
	while (b > a && EDGE.has((ws[b - 1] ?? '').toLowerCase())) b--;
	return ws.slice(a, b);
}

function following(after: string): string[] {
	const cut = BOUNDARY.exec(after);
	const clause = cut ? after.slice(0, cut.index) : after;
	const out: string[] = [];
	for (const w of words(clause)) {
		const l = w.toLowerCase();
		// "70% of all sales": "of" opens the phrase; later it joins it ("anniversary of the Army").
		if (out.length === 0 && l === 'of') continue;
		// Digits may sit inside the phrase ("five new 737 aircraft"); a list's next number may not.
		if (STOP.has(l) || out.length === MAX_WORDS || (out.length === 0 && /^[\d.,]+$/.test(w))) break;
		// After the head noun, an -ed or -ing word is most likely the verb ("20 people died").
		if (out.length > 0 && l.length >= 4 && /(ed|ing)$/.test(l)) break;
		out.push(w);
	}
	return trim(out);
}

/** The nearest clause before the number that has words ("Trump, 78," → "Trump"). */
function preceding(before: string): string[] {
	const parts = before.split(BOUNDARY);
	for (let k = parts.length - 1; k >= Math.max(0, parts.length - 3); k--) {
		const ws = trim(words(parts[k] ?? ''));
		if (ws.length > 0) return ws.slice(-MAX_WORDS);
	}
	return [];
}

/**
 * The context phrase for a number at [start, end) in `sentence`; never empty. `listContext` is
 * what the number before it in the same sentence counted, so in "4,300 jobs in France, 3,700 in
 * Germany" the 3,700 are jobs too.
 */
export function contextPhrase(
	text: string,
	sentence: Span,
	start: number,
	end: number,
	listContext?: string
): string {
	// Look at most WINDOW characters each way, so a paste with no sentence breaks stays linear.
	const from = Math.min(start, Math.max(sentence.start, start - WINDOW));
	const to = Math.max(end, Math.min(sentence.end, end + WINDOW));
	const next = following(text.slice(end, to));
	if (next.length > 0) return next.join(' ');
	if (listContext) return listContext;
	const prev = preceding(text.slice(from, start));
	if (prev.length > 0) return prev.join(' ');
	const whole = words(text.slice(from, to)).slice(0, MAX_WORDS).join(' ');
	return whole || text.slice(start, end);
}
