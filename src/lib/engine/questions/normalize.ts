/**
 * Normalisation used to compare answers: case, diacritics, quote styles, punctuation, a leading
 * article and extra spaces do not count. Inner hyphens and apostrophes become spaces/nothing so
 * "Korean People's Army" and "Korean People’s Army" compare equal.
 */
export function normalizeAnswer(text: string): string {
	// Names, prompts and sentences are each compared several times per deck; a bounded memo
	// keeps that cheap without holding on to a large article's strings forever.
	const cached = cache.get(text);
	if (cached !== undefined) return cached;
	if (cache.size > 20000) cache.clear();
	const normal = normalizeUncached(text);
	cache.set(text, normal);
	return normal;
}

const cache = new Map<string, string>();

function normalizeUncached(text: string): string {
	// Decompose, lower-case, and decompose again where needed: "𝓐" lower-cases only once
	// decomposed, "İ" decomposes only once lower-cased.
	let t = text.normalize('NFKD').toLowerCase();
	if (/[\u0080-\uffff]/.test(t)) t = t.normalize('NFKD');
	return (
		t
			.replace(/[\u0300-\u036f]/g, '')
			// Dotted initials are one word: "U.S." is "us".
			.replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
			.replace(/[’‘`']/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()
			.replace(/^(?:(?:the|a|an) )+/, '')
	);
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
