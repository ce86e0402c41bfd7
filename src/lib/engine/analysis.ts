import type { Chunk } from './chunks';
import type { Part } from './parts';
import type { Token } from './tokens';
import type { Span } from './types';

/** The article as the recognisers see it, built once per `extractFacts` call. */
export interface Analysis {
	text: string;
	sentences: Span[];
	tokens: Token[];
	chunks: Chunk[];
	/** Name candidates in text order, titles split off. */
	parts: Part[];
	/** For each part, the chunk it came from (index into `chunks`). */
	chunkOf: number[];
	/** Decisions so far, by part index. */
	labels: Map<number, Label>;
	/** Names that context showed to be organisations, so their other mentions follow. */
	namedOrgs: Map<string, string>;
	/** Mentions nested inside another one ("US" in "US Air Force"). */
	nested: Label[];
}

export type EntityKind = 'person' | 'organization' | 'place';

export interface Label extends Span {
	kind: EntityKind;
	/** Groups mentions of one entity (a canonical name or bank key). */
	key: string;
}

/** Labels a part (or a span within it, e.g. the maker in "Intel Core Duo"). */
export function label(
	analysis: Analysis,
	index: number,
	kind: EntityKind,
	key: string,
	span?: Span
): void {
	const part = analysis.parts[index];
	if (part === undefined || analysis.labels.has(index)) return;
	const { start, end } = span ?? part;
	analysis.labels.set(index, { start, end, kind, key });
}

/** The lower-case word right before a span, skipping one space. */
export function wordBefore(text: string, start: number): string {
	const m = /([\p{L}’']+)\s$/u.exec(text.slice(Math.max(0, start - 30), start));
	return (m?.[1] ?? '').toLowerCase();
}

/** The text right after a span, bounded so callers' regexes stay cheap. */
export function textAfter(text: string, end: number, length = 60): string {
	return text.slice(end, end + length);
}

/** Groups labelled mentions by key, in order of first mention. */
export function groupLabels(labels: Iterable<Label>, kind: EntityKind): Map<string, Label[]> {
	const groups = new Map<string, Label[]>();
	const sorted = [...labels].filter((l) => l.kind === kind).sort((a, b) => a.start - b.start);
	for (const l of sorted) {
		const group = groups.get(l.key);
		if (group) group.push(l);
		else groups.set(l.key, [l]);
	}
	return groups;
}
