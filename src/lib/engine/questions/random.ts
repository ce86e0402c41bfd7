/**
 * Seeded randomness. The engine never calls Math.random: every choice (option order, which
 * true/false statements are false) comes from a generator seeded by the caller, so a deck is
 * reproducible from its seed.
 */

export type Random = () => number;

/** mulberry32: a tiny 32-bit generator, good enough for shuffling a handful of options. */
export function mulberry32(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A generator for one question, derived from the deck seed and the question's stable key.
 * Because each question draws from its own stream, adding or removing another question does
 * not reshuffle the options of this one.
 */
export function randomFor(seed: number, key: string): Random {
	let h = 0x811c9dc5 ^ (seed >>> 0);
	for (let i = 0; i < key.length; i++) {
		h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	}
	return mulberry32(h >>> 0);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const copy = items.slice();
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const tmp = copy[i] as T;
		copy[i] = copy[j] as T;
		copy[j] = tmp;
	}
	return copy;
}
