import type { Facts, Question, Span } from '$lib/engine';

export type HighlightKind = 'person' | 'quote' | 'date' | 'number' | 'organization' | 'place';

export interface Highlight extends Span {
	kind: HighlightKind;
	/** The fact's canonical label ("Kim Jong Un" for a mention "Kim"). */
	label: string;
}

export type Segment = { text: string; highlight?: Highlight };

/** Every highlightable mention in the article, from the facts the engine found. */
export function highlightsOf(facts: Facts): Highlight[] {
	const all: Highlight[] = [];
	for (const person of facts.people) {
		for (const m of person.mentions) all.push({ ...m, kind: 'person', label: person.name });
	}
	for (const org of facts.organizations) {
		for (const m of org.mentions) all.push({ ...m, kind: 'organization', label: org.name });
	}
	for (const place of facts.places) {
		for (const m of place.mentions) all.push({ ...m, kind: 'place', label: place.name });
	}
	for (const d of facts.dates)
		all.push({ start: d.start, end: d.end, kind: 'date', label: d.text });
	for (const n of facts.numbers)
		all.push({ start: n.start, end: n.end, kind: 'number', label: n.text });
	for (const q of facts.quotes)
		all.push({ start: q.start, end: q.end, kind: 'quote', label: q.text });
	return all;
}

/**
 * Cuts the text into plain and highlighted pieces. Overlaps are resolved in favour of the span
 * that starts first, then the shorter one (a name inside a quote stays clickable only when the
 * quote is not highlighted), so every character appears exactly once, in order.
 */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
	const sorted = highlights
		.filter((h) => h.start >= 0 && h.end <= text.length && h.end > h.start)
		.sort((a, b) => a.start - b.start || a.end - b.end);
	const segments: Segment[] = [];
	let at = 0;
	for (const highlight of sorted) {
		if (highlight.start < at) continue;
		if (highlight.start > at) segments.push({ text: text.slice(at, highlight.start) });
		segments.push({ text: text.slice(highlight.start, highlight.end), highlight });
		at = highlight.end;
	}
	if (at < text.length) segments.push({ text: text.slice(at) });
	return segments;
}

function normalise(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * The deck's questions about a highlighted fact: those whose wording or answer names it. A fact
 * asked as multiple choice and as a flashcard reads the same, so it is listed once.
 */
export function questionsFor(highlight: Highlight, questions: readonly Question[]): Question[] {
	const label = normalise(highlight.label);
	if (!label) return [];
	const seen = new Set<string>();
	return questions.filter((question) => {
		const key = `${question.prompt}\u0000${question.answer}`;
		if (seen.has(key)) return false;
		const texts = [
			question.answer,
			question.prompt,
			...(question.pairs ?? []).flatMap((pair) => [pair.left, pair.right]),
			...(question.items ?? [])
		];
		const about = texts.some((text) => ` ${normalise(text)} `.includes(` ${label} `));
		if (about) seen.add(key);
		return about;
	});
}
