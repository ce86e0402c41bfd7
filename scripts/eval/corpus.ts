/**
 * The evaluation corpora in ../shared/eval, loaded once, and the split between the part the
 * engine may be tuned on and the part that is only ever reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src/lib/engine/index';

export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
export const EVAL_DIR = join(SHARED, 'eval');

export interface GoldMention extends Span {
	text: string;
	value?: string;
}

export interface GoldEntity {
	name: string;
	mentions: GoldMention[];
}

/** The JSON shape shared by meantime-dev and gum-dev (see ../shared/eval/README.md). */
export interface CorpusGold {
	dct?: string;
	dctMention?: GoldMention;
	/** MEANTIME annotates only the start of each article. */
	scoredEnd?: number;
	people: GoldEntity[];
	organizations: GoldEntity[];
	places: GoldEntity[];
	dates: GoldMention[];
	times?: GoldMention[];
	/** Time expressions GUM gives no value ("this week"): neither right nor wrong when found. */
	timesUnvalued?: GoldMention[];
	numbers?: GoldMention[];
}

export type CorpusName = 'meantime-dev' | 'gum-dev';

export interface Doc {
	corpus: CorpusName;
	/** File name of the text ("GUM_news_afghan.txt"). */
	file: string;
	/** "news", "bio", … for GUM; "airbus" or "apple" for MEANTIME. */
	genre: string;
	text: string;
	gold: CorpusGold;
	/** In the reported part: never tuned on, its figures are the ones to trust. */
	reported: boolean;
}

/** FNV-1a, 32 bits: a hash that any reader can recompute for the split. */
export function fnv1a(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

function genreOf(corpus: CorpusName, file: string): string {
	return corpus === 'gum-dev' ? (file.split('_')[1] ?? '') : (file.split('_')[0] ?? '');
}

/**
 * The reported part: within each genre, the documents ordered by the hash of their name, every
 * third from the first. Stratifying by genre keeps each genre in both parts; the hash keeps the
 * choice blind to the content.
 */
export function reportedFiles(files: { file: string; genre: string }[]): Set<string> {
	const byGenre = new Map<string, string[]>();
	for (const { file, genre } of files) byGenre.set(genre, [...(byGenre.get(genre) ?? []), file]);
	const reported = new Set<string>();
	for (const group of byGenre.values()) {
		group.sort((a, b) => fnv1a(a) - fnv1a(b) || a.localeCompare(b));
		group.forEach((file, i) => i % 3 === 0 && reported.add(file));
	}
	return reported;
}

export function loadCorpus(corpus: CorpusName): Doc[] {
	const dir = join(EVAL_DIR, corpus);
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.gold.json'))
		.sort()
		.map((gold) => {
			const file = gold.replace(/\.gold\.json$/, '.txt');
			return { file, gold, genre: genreOf(corpus, file) };
		});
	const reported = reportedFiles(files);
	return files.map(({ file, gold, genre }) => ({
		corpus,
		file,
		genre,
		text: readFileSync(join(dir, file), 'utf8'),
		gold: JSON.parse(readFileSync(join(dir, gold), 'utf8')) as CorpusGold,
		reported: reported.has(file)
	}));
}
