/** One bar of a `BarChart`; `value` null means "no data", drawn as a gap rather than a zero. */
export interface Bar {
	key: string;
	/** Axis label; empty to leave the tick out (the table still names every bar). */
	tick: string;
	/** Full name for the table and tooltip, e.g. "Thursday 12 March". */
	label: string;
	value: number | null;
}

/** A round number at or above `max`, so the top gridline has a label worth reading. */
export function niceMax(max: number): number {
	if (max <= 0) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(max));
	const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= max) ?? 10;
	return step * magnitude;
}
