/**
 * Quote speakers against the hand-annotated gold in scripts/eval-data/quote-speakers.*.json
 * (every quotation in meantime-dev and in GUM's news, interviews and biographies, with who said
 * it or null). Scare quotes (titles, terms) are left out: nobody said them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quote } from '../../src/lib/engine/index';
import { normalizeAnswer } from './keys';
import type { CorpusName, Doc } from './corpus';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'eval-data');

interface GoldQuote {
	start: number;
	end: number;
	text: string;
	speaker: string | null;
	scare: boolean;
}

export function loadSpeakerGold(corpus: CorpusName): Map<string, GoldQuote[]> | undefined {
	const path = join(DATA, `quote-speakers.${corpus}.json`);
	if (!existsSync(path)) return undefined;
	const json = JSON.parse(readFileSync(path, 'utf8')) as { documents: Record<string, GoldQuote[]> };
	return new Map(Object.entries(json.documents));
}

/** The same speaker: equal names, or one name's words inside the other's ("Jobs", "Steve Jobs"). */
export function sameSpeaker(predicted: string | null, gold: string | null): boolean {
	if (predicted === null || gold === null) return predicted === gold;
	const p = normalizeAnswer(predicted);
	const g = normalizeAnswer(gold);
	return p === g || ` ${g} `.includes(` ${p} `) || ` ${p} `.includes(` ${g} `);
}

export interface SpeakerTally {
	quotes: number;
	right: number;
	/** Engine quotes matched to gold that name a speaker, and how many of those are right. */
	named: number;
	namedRight: number;
	goldNamed: number;
}

export function emptySpeakerTally(): SpeakerTally {
	return { quotes: 0, right: 0, named: 0, namedRight: 0, goldNamed: 0 };
}

export function scoreSpeakers(
	tally: SpeakerTally,
	gold: GoldQuote[],
	quotes: Quote[],
	misses?: string[]
): void {
	for (const g of gold) {
		if (g.scare) continue;
		const q = quotes.find((x) => x.start < g.end && g.start < x.end);
		const speaker = q?.speaker ?? null;
		tally.quotes++;
		if (g.speaker !== null) tally.goldNamed++;
		const right = sameSpeaker(speaker, g.speaker);
		if (right) tally.right++;
		else
			misses?.push(
				`“${g.text.slice(0, 50)}” — gold ${g.speaker ?? 'null'}, got ${speaker ?? 'null'}`
			);
		if (speaker !== null) {
			tally.named++;
			if (right) tally.namedRight++;
		}
	}
}

export function printSpeakers(title: string, t: SpeakerTally): void {
	const f3 = (a: number, b: number): string => (b ? a / b : 0).toFixed(3);
	console.log(
		`${title.padEnd(28)} right speaker ${t.right}/${t.quotes} (${f3(t.right, t.quotes)}); named right ${t.namedRight}/${t.named} (${f3(t.namedRight, t.named)}); gold names ${t.goldNamed}`
	);
}

export function speakerDocs(docs: Doc[], corpus: CorpusName): [Doc, GoldQuote[]][] {
	const gold = loadSpeakerGold(corpus);
	if (!gold) return [];
	return docs.flatMap((d): [Doc, GoldQuote[]][] => {
		const g = gold.get(d.file);
		return g ? [[d, g]] : [];
	});
}
