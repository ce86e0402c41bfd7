export interface TextPart {
	text: string;
	marked: boolean;
}

/**
 * Splits `text` around the first case-insensitive occurrence of `needle`, so a component can wrap
 * it in <mark> without building HTML from untrusted article text.
 */
export function highlightParts(text: string, needle: string): TextPart[] {
	const at = needle.trim() ? text.toLowerCase().indexOf(needle.trim().toLowerCase()) : -1;
	if (at < 0) return [{ text, marked: false }];
	const end = at + needle.trim().length;
	return [
		{ text: text.slice(0, at), marked: false },
		{ text: text.slice(at, end), marked: true },
		{ text: text.slice(end), marked: false }
	].filter((part) => part.text.length > 0);
}
