/**
 * Reduces Markdown to the plain text the engine reads: headings, emphasis, links and images lose
 * their syntax but keep their words. Line-based and regex-light: no nested quantifiers, so a
 * hostile file cannot make it backtrack for long.
 */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/\r\n?/g, '\n')
		.replace(/^```[^\n]*$/gm, '')
		.replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
		.replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
		.replace(/^ {0,3}#{1,6}[ \t]+/gm, '')
		.replace(/^ {0,3}>[ \t]?/gm, '')
		.replace(/^ {0,3}[-*+][ \t]+/gm, '')
		.replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
		.replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?![\w*])/g, '$1$2')
		.replace(/`([^`\n]*)`/g, '$1')
		.replace(/^ {0,3}([-*_])( *\1){2,} *$/gm, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
