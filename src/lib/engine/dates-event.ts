/**
 * What a date is the date of, and which way its sentence leans in time. Both are shallow
 * heuristics over the clause around the date; there is no parser, so they favour a short,
 * readable phrase over a complete one.
 */

import type { Span } from './types';
import { WORD, type Tokens } from './dates-tokens';

const FUTURE_CUES = new Set([
	'will',
	'shall',
	'll',
	'scheduled',
	'expected',
	'due',
	'upcoming',
	'plans',
	'planning',
	'intends',
	'aims',
	'until',
	'tomorrow',
	'next'
]);

const PAST_CUES = new Set([
	'was',
	'were',
	'had',
	'did',
	'has',
	'have',
	'said',
	'since',
	'ago',
	'last',
	'yesterday',
	'began',
	'took',
	'made',
	'came',
	'won',
	'lost',
	'sold',
	'told',
	'gave',
	'left',
	'met',
	'held',
	'became',
	'fell',
	'rose',
	'grew',
	'saw',
	'went',
	'spoke',
	'wrote',
	'died'
]);

/** Verb forms that are future cues even though they end in -ed. */
const FUTURE_ED = new Set(['scheduled', 'expected', 'planned', 'set']);

function cue(tk: Tokens, i: number): -1 | 0 | 1 {
	if (tk.kind(i) !== WORD) return 0;
	const w = tk.lower(i);
	if (FUTURE_CUES.has(w)) return 1;
	// "set to", "is to be", "going to"
	if ((w === 'set' || w === 'going' || w === 'is' || w === 'are') && tk.lower(i + 1) === 'to')
		return 1;
	if (w === 'to' && tk.lower(i + 1) === 'be') return 1;
	if (PAST_CUES.has(w)) return -1;
	if (w.length > 4 && w.endsWith('ed') && !FUTURE_ED.has(w)) return -1;
	return 0;
}

/** Nearest tense cue before the expression (within its sentence), else just after it. */
export function tenseAround(tk: Tokens, first: number, end: number, sentence: Span): -1 | 0 | 1 {
	const floor = Math.max(tk.indexAt(sentence.start), first - 12);
	for (let i = first - 1; i >= floor; i--) {
		const c = cue(tk, i);
		if (c !== 0) return c;
	}
	const ceiling = Math.min(tk.indexAt(sentence.end), end + 8);
	for (let i = end; i < ceiling; i++) {
		const c = cue(tk, i);
		if (c !== 0) return c;
	}
	return 0;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const BOUNDARY = /[,;:()[\]"“”—–]|\s-\s/;

/** Words that tie a clause to the date rather than say what happened. */
const EDGE_WORDS = new Set(
	(
		'on in at since from by until till during of the for to before after as this that which ' +
		'who when while and but or so then also however although though because where with ' +
		'according than around about early late mid'
	).split(' ')
);

const VERBS = new Set(
	(
		'is was were are be been has have had will would said says born made held won lost sold ' +
		'began begun took taken gave given came went met left became fell rose grew saw seen'
	).split(' ')
);

function words(s: string): string[] {
	return (s.match(WORDS) ?? []).map((w) => w.replace(/[.]+$/, (m) => (w.length > 3 ? '' : m)));
}

function trimEdges(ws: string[]): string[] {
	let a = 0;
	let b = ws.length;
	while (a < b && EDGE_WORDS.has((ws[a] ?? '').toLowerCase())) a++;
	while (b > a && EDGE_WORDS.has((ws[b - 1] ?? '').toLowerCase())) b--;
	return ws.slice(a, b);
}

function hasVerb(ws: string[]): boolean {
	return ws.some((w) => {
		const l = w.toLowerCase();
		// Names are not verbs, however they end ("Boeing", "Reed").
		if (w !== l && !VERBS.has(l)) return false;
		return VERBS.has(l) || (l.length > 4 && (l.endsWith('ed') || l.endsWith('ing')));
	});
}

/** Clauses of `s`, last first: the nearest one with a verb, else the nearest with words. */
function leftClause(s: string, verbMayStandAlone: boolean): string[] {
	const clauses = s.split(BOUNDARY).reverse();
	let nearest: string[] = [];
	for (const [n, clause] of clauses.slice(0, 3).entries()) {
		const ws = trimEdges(words(clause));
		if (n === 0 && (ws.length >= 2 || (verbMayStandAlone && hasVerb(ws)))) return ws;
		if (ws.length >= 2 && hasVerb(ws)) return ws;
		if (nearest.length < 2 && ws.length >= 2) nearest = ws;
	}
	const [last = ''] = clauses;
	return nearest.length >= 2 ? nearest : trimEdges(words(last));
}

/** Text from the start of `s` to its first clause boundary, skipping one that opens it. */
function firstClause(s: string): string {
	// Skip a boundary right after the date ("On Wednesday, Apple…") and a possessive "'s".
	const body = s.replace(/^['’]s\b/, '').replace(/^[\s,;:—–-]+/, '');
	const m = /[,;:()[\]"“”—–]|\s-\s/.exec(body);
	return m ? body.slice(0, m.index) : body;
}

const MAX_WORDS = 8;
const WINDOW = 400;

/** A short phrase from the date's sentence naming what happened then; never empty. */
export function eventPhrase(text: string, sentence: Span, start: number, end: number): string {
	// Look at most WINDOW characters each way, so a paste with no sentence breaks stays linear.
	const from = Math.max(sentence.start, start - WINDOW);
	const to = Math.min(sentence.end, end + WINDOW);
	// "announced today that…" reads on across the date; "begun two years ago, has…" does not.
	const readsOn = !/^\s*[,;:()—–]/.test(text.slice(end, Math.min(to, end + 8)));
	const left = leftClause(text.slice(from, start), readsOn);
	const right = trimEdges(words(firstClause(text.slice(end, to))));
	let chosen: string[];
	if (left.length >= 2 && hasVerb(left)) chosen = left.slice(-MAX_WORDS);
	// "Ryanair, announced today that it is exercising…": a lone verb takes what follows the date.
	else if (left.length === 1 && hasVerb(left) && right.length > 0)
		chosen = [...left, ...right].slice(0, MAX_WORDS);
	else if (right.length >= 2 && hasVerb(right)) {
		// "The Government Accountability Office on June 18 called for…": name, then the verb.
		const last = left[left.length - 1] ?? '';
		const subject = left.length > 0 && left.length <= 5 && /^\p{Lu}/u.test(last);
		chosen = subject ? [...left, ...right].slice(0, MAX_WORDS) : right.slice(0, MAX_WORDS);
		if (!subject && left.length >= 2) chosen = left.slice(-MAX_WORDS);
	} else if (left.length >= 2) chosen = left.slice(-MAX_WORDS);
	else if (right.length >= 1) chosen = right.slice(0, MAX_WORDS);
	else chosen = left;
	const phrase = chosen.join(' ').trim();
	if (phrase) return phrase;
	const whole = words(text.slice(from, to)).slice(0, MAX_WORDS).join(' ');
	return whole || text.slice(start, end);
}
