/**
 * A flat token stream shared by the date and number scanners. Tokens are kept in typed arrays
 * rather than objects so that a 5 MB paste costs a few megabytes, not hundreds: the scanners only
 * look at the text of the few tokens that can start an expression.
 */

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

// Letters (with combining marks), digit runs with inner separators ("10,000", "1.5", "10:30"),
// or any other single non-space character. Each alternative is a simple loop with a required
// separator between digit groups, so there is no ambiguous backtracking.
const TOKEN = /([\p{L}\p{M}]+)|(\d+(?:[.,:]\d+)*)|\S/gu;

export class Tokens {
	readonly text: string;
	readonly length: number;
	readonly starts: Int32Array;
	readonly ends: Int32Array;
	readonly kinds: Uint8Array;
	readonly #lowers: (string | undefined)[] = [];

	constructor(text: string, from = 0, to = text.length) {
		this.text = text;
		let cap = 64;
		let starts = new Int32Array(cap);
		let ends = new Int32Array(cap);
		let kinds = new Uint8Array(cap);
		let n = 0;
		TOKEN.lastIndex = from;
		for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
			if (n === cap) {
				cap *= 2;
				starts = grow(starts, cap);
				ends = grow(ends, cap);
				const k = new Uint8Array(cap);
				k.set(kinds);
				kinds = k;
			}
			starts[n] = m.index;
			ends[n] = m.index + m[0].length;
			kinds[n] = m[1] !== undefined ? WORD : m[2] !== undefined ? NUM : PUNCT;
			n++;
		}
		this.length = n;
		this.starts = starts;
		this.ends = ends;
		this.kinds = kinds;
	}

	/** The token's text as written ('' past either end, so lookahead never needs a bounds check). */
	raw(i: number): string {
		return i >= 0 && i < this.length ? this.text.slice(this.start(i), this.end(i)) : '';
	}

	start(i: number): number {
		return this.starts[i] ?? this.text.length;
	}

	end(i: number): number {
		return this.ends[i] ?? this.text.length;
	}

	/** Lower-cased token text, cached: the matchers ask for the same few tokens repeatedly. */
	lower(i: number): string {
		if (i < 0 || i >= this.length) return '';
		let l = this.#lowers[i];
		if (l === undefined) {
			l = this.raw(i).toLowerCase();
			this.#lowers[i] = l;
		}
		return l;
	}

	kind(i: number): number {
		return i >= 0 && i < this.length ? (this.kinds[i] ?? 0) : 0;
	}

	/** True when token i follows token i-1 with no space between ("15bn", "Jan."). */
	glued(i: number): boolean {
		return i > 0 && i < this.length && this.start(i) === this.end(i - 1);
	}

	/** True when a line break separates token i from the one before it. */
	newlineBefore(i: number): boolean {
		if (i <= 0 || i >= this.length) return true;
		const gap = this.text.slice(this.end(i - 1), this.start(i));
		return gap.includes('\n');
	}

	isCapitalized(i: number): boolean {
		const c = this.text.charCodeAt(this.start(i));
		return this.kind(i) === WORD && c >= 65 && c <= 90;
	}

	/** Index of the first token starting at or after `offset` (binary search). */
	indexAt(offset: number): number {
		let lo = 0;
		let hi = this.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.start(mid) < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
	const b = new Int32Array(cap);
	b.set(a);
	return b;
}
