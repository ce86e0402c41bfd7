/** Longest article Factdeck takes: about 50,000 words, far beyond any news article. */
export const MAX_ARTICLE_CHARS = 300_000;

export type ArticleCheck = { ok: true; text: string } | { ok: false; message: string };

function formatSize(chars: number): string {
	return `${chars.toLocaleString('en')} characters`;
}

/**
 * Text that is mostly control characters or replacement characters (U+FFFD, what a decoder writes
 * for bytes that are not UTF-8) came from a binary file, not an article.
 */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 20_000);
	if (sample.includes('\u0000')) return true;
	let suspicious = 0;
	for (const char of sample) {
		const code = char.codePointAt(0) ?? 0;
		if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) suspicious++;
	}
	return sample.length > 0 && suspicious / sample.length > 0.02;
}

/** Normalises line endings and trims; says in plain words why a text cannot become a deck. */
export function checkArticleText(raw: string): ArticleCheck {
	const text = raw.replace(/\r\n?/g, '\n').trim();
	if (text.length === 0) {
		return { ok: false, message: 'The article is empty. Paste its text or pick a file.' };
	}
	if (looksBinary(text)) {
		return {
			ok: false,
			message:
				'This does not look like text (it may be an image, PDF or other binary file). Pick a .txt, .md or .html file, or paste the article.'
		};
	}
	if (text.length > MAX_ARTICLE_CHARS) {
		return {
			ok: false,
			message: `This text has ${formatSize(text.length)}; Factdeck takes articles of up to ${formatSize(MAX_ARTICLE_CHARS)} (about 50,000 words). Paste one article, or a part of this one.`
		};
	}
	if (!/\p{L}{2,}/u.test(text)) {
		return { ok: false, message: 'This text has no words Factdeck can read.' };
	}
	return { ok: true, text };
}

/** A title from the article's first line, shortened at a word boundary. */
export function suggestTitle(text: string): string {
	const firstLine =
		text
			.split('\n')
			.map((line) => line.trim())
			.find((line) => line.length > 0) ?? '';
	// A lead paragraph is no title: take its first sentence.
	const sentence =
		firstLine.length > 100 ? (firstLine.split(/(?<=[.!?])\s/)[0] ?? firstLine) : firstLine;
	if (sentence.length <= 100) return sentence;
	const cut = sentence.slice(0, 100);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 100)}…`;
}

/** The same text always gets the same seed, so regenerating a deck gives the same distractors. */
export function seedFor(text: string): number {
	let hash = 2166136261;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 16777619);
	}
	return hash >>> 0;
}
