import type { Span } from './types';

/** Index of the first span starting at or after `pos` in spans sorted by start. */
export function firstFrom(spans: readonly Span[], pos: number): number {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((spans[mid]?.start ?? 0) < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The span holding `pos` among sorted, non-overlapping spans (`start <= pos < end`). */
export function spanAt<T extends Span>(spans: readonly T[], pos: number): T | undefined {
	const index = firstFrom(spans, pos + 1) - 1;
	const span = spans[index];
	return span && pos < span.end ? span : undefined;
}
