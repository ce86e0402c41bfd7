/**
 * Bank ablation: removes from the engine's banks every entry that occurs in an evaluation
 * article, so `npm run eval` can print what the engine scores on articles whose names it has
 * never heard of. Irreversible for the process: run it after the normal figures.
 */
import { FEMALE_NAMES, FIRST_NAMES } from '../../src/lib/engine/first-names';
import { CITY_NAMES, DEMONYM_PLACES, PLACES } from '../../src/lib/engine/gazetteer';
import { KNOWN_ORGS } from '../../src/lib/engine/org-lexicon';

const MAX_WORDS = 6;

/** Every run of up to six words in the texts, as written and in lower case. */
function phrasesOf(texts: string[]): Set<string> {
	const phrases = new Set<string>();
	for (const text of texts) {
		const words = text.split(/[^\p{L}\p{M}\p{N}.&'’-]+/u).map((w) => w.replace(/[.]+$/, ''));
		for (let i = 0; i < words.length; i++) {
			let phrase = '';
			for (let n = 0; n < MAX_WORDS && i + n < words.length; n++) {
				phrase = n === 0 ? (words[i] ?? '') : `${phrase} ${words[i + n] ?? ''}`;
				phrases.add(phrase);
				phrases.add(phrase.toLowerCase());
			}
		}
	}
	return phrases;
}

type Bank = { delete(key: string): boolean; keys(): IterableIterator<string> };

/** The banks the extractor consults, by the name printed in the report. */
const BANKS: [string, Bank][] = [
	['first names', FIRST_NAMES],
	['female first names', FEMALE_NAMES],
	['places', PLACES as Map<string, string>],
	['cities', CITY_NAMES as Set<string>],
	['demonyms', DEMONYM_PLACES as Map<string, string>],
	['organisations', KNOWN_ORGS as Map<string, string>]
];

/** Removes the entries; returns, per bank, how many went and how many stay. */
export function ablateBanks(texts: string[], extra: [string, Bank][] = []): string[] {
	const phrases = phrasesOf(texts);
	return [...BANKS, ...extra].map(([name, bank]) => {
		const keys = [...bank.keys()];
		const gone = keys.filter((k) => phrases.has(k));
		for (const k of gone) bank.delete(k);
		return `${name}: ${gone.length} of ${keys.length} removed`;
	});
}
