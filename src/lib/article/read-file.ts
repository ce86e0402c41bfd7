import { htmlToText } from './html';
import { markdownToText } from './markdown';
import { looksBinary } from './validate';

/** Bigger files are refused before they are read: no article is anywhere near this. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type FileArticle =
	{ ok: true; text: string; title: string } | { ok: false; message: string };

const kinds = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html'
} as const;

function kindOf(file: File): (typeof kinds)[keyof typeof kinds] | undefined {
	const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
	if (extension in kinds) return kinds[extension as keyof typeof kinds];
	if (file.type === 'text/html') return 'html';
	if (file.type === 'text/markdown') return 'markdown';
	if (file.type === 'text/plain') return 'text';
	return undefined;
}

function baseName(name: string): string {
	return name
		.replace(/\.[^.]+$/, '')
		.replace(/[-_]+/g, ' ')
		.trim();
}

/** Reads a picked .txt, .md or .html file as article text, or says why it cannot. */
export async function readArticleFile(file: File): Promise<FileArticle> {
	const kind = kindOf(file);
	if (!kind) {
		return {
			ok: false,
			message: `“${file.name}” is not a text file Factdeck can read. Pick a .txt, .md or .html file.`
		};
	}
	if (file.size > MAX_FILE_BYTES) {
		const megabytes = (file.size / 1024 / 1024).toFixed(1);
		return {
			ok: false,
			message: `“${file.name}” is ${megabytes} MB; Factdeck reads files of up to 2 MB. Copy the article’s text and paste it instead.`
		};
	}
	let raw: string;
	try {
		raw = new TextDecoder('utf-8').decode(await file.arrayBuffer());
	} catch {
		return { ok: false, message: `“${file.name}” could not be read.` };
	}
	if (looksBinary(raw)) {
		return {
			ok: false,
			message: `“${file.name}” does not contain text (it may be an image, PDF or other binary file).`
		};
	}
	if (kind === 'html') {
		const { title, text } = htmlToText(raw);
		return { ok: true, text, title: title || baseName(file.name) };
	}
	const text = kind === 'markdown' ? markdownToText(raw) : raw;
	return { ok: true, text, title: '' };
}
