/**
 * Span scoring for `npm run eval`: exact and overlap matching, one gold span per prediction.
 */

export interface Scored {
	start: number;
	end: number;
}

export interface Tally {
	predicted: number;
	gold: number;
	exact: number;
	overlap: number;
}

export function emptyTally(): Tally {
	return { predicted: 0, gold: 0, exact: 0, overlap: 0 };
}

/** Pairs predictions with gold spans; returns the pairs by overlap (exact pairs first). */
export function matchSpans<P extends Scored, G extends Scored>(
	predicted: P[],
	gold: G[]
): { exact: number; pairs: [P, G][] } {
	const used = new Set<number>();
	const taken = new Set<number>();
	const pairs: [P, G][] = [];
	let exact = 0;
	predicted.forEach((p, i) => {
		const g = gold.findIndex((x, j) => !used.has(j) && x.start === p.start && x.end === p.end);
		if (g >= 0) {
			used.add(g);
			taken.add(i);
			exact++;
			pairs.push([p, gold[g] as G]);
		}
	});
	predicted.forEach((p, i) => {
		if (taken.has(i)) return;
		const g = gold.findIndex((x, j) => !used.has(j) && x.start < p.end && p.start < x.end);
		if (g >= 0) {
			used.add(g);
			pairs.push([p, gold[g] as G]);
		}
	});
	return { exact, pairs };
}

export function addTally(tally: Tally, predicted: Scored[], gold: Scored[]): void {
	const { exact, pairs } = matchSpans(predicted, gold);
	tally.predicted += predicted.length;
	tally.gold += gold.length;
	tally.exact += exact;
	tally.overlap += pairs.length;
}

export function prf(matched: number, predicted: number, gold: number): [number, number, number] {
	const p = predicted === 0 ? 0 : matched / predicted;
	const r = gold === 0 ? 0 : matched / gold;
	const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
	return [p, r, f];
}
