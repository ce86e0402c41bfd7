/** Elements whose text is never part of the article. */
const NOISE =
	'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, figure figcaption';
const BLOCKS = new Set([
	'P',
	'DIV',
	'SECTION',
	'ARTICLE',
	'MAIN',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'LI',
	'BLOCKQUOTE',
	'PRE',
	'TR',
	'BR',
	'HR',
	'DD',
	'DT',
	'FIGCAPTION',
	'TABLE',
	'UL',
	'OL'
]);

export interface ReadableHtml {
	title: string;
	text: string;
}

/**
 * The readable text of an HTML page: the <article> (or <main>, or <body>) without navigation,
 * scripts and styles, one paragraph per line. DOMParser builds an inert document: its scripts
 * never run and its images never load, so hostile HTML is safe to read here.
 */
export function htmlToText(html: string): ReadableHtml {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const heading = doc.querySelector('h1')?.textContent?.trim();
	const title = heading || doc.title.trim();
	const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
	if (!root) return { title, text: '' };
	root.querySelectorAll(NOISE).forEach((element) => element.remove());
	const lines: string[] = [];
	let line = '';
	const flush = () => {
		const clean = line.replace(/\s+/g, ' ').trim();
		if (clean) lines.push(clean);
		line = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === Node.TEXT_NODE) {
			line += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== Node.ELEMENT_NODE) return;
		const block = BLOCKS.has((node as Element).tagName);
		if (block) flush();
		node.childNodes.forEach(walk);
		if (block) flush();
	};
	walk(root);
	flush();
	return { title, text: lines.join('\n\n') };
}
