/**
 * Normalisation used to compare answers: case, diacritics, quote styles, punctuation, a leading
 * article and extra spaces do not count. Inner hyphens and apostrophes become spaces/nothing so
 * "Korean People's Army" and "Korean People’s Army" compare equal.
 */
export function normalizeAnswer(text: string): string {
	const cached = cache.get(text);
	if (cached !== undefined) return cached;
	// The same names and sentences are compared many times per deck; a bounded memo keeps
	// generation fast without holding on to a large article's strings forever.
	if (cache.size > 20000) cache.clear();
	const normal = normalizeUncached(text);
	cache.set(text, normal);
	return normal;
}

const cache = new Map<string, string>();

// Only letters with marks and compatibility forms change under NFKD; most text has none.
const NEEDS_NFKD = /[\u00c0-\u02ff\u1e00-\u1eff\uff00-\uffef]/;

function normalizeUncached(raw: string): string {
	const text = NEEDS_NFKD.test(raw) ? raw.normalize('NFKD') : raw;
	return (
		text
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			// Dotted initials are one word: "U.S." is "us".
			.replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
			.replace(/[’‘`']/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()
			.replace(/^(the|a|an) /, '')
	);
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
