import type { Analysis } from './analysis';
import { findChunks } from './chunks';
import { findDates } from './dates';
import { findNumbers } from './numbers';
import { collectOrganizations, findOrganizations } from './organizations';
import { findShortOrganizations } from './org-short-forms';
import { splitChunk, type Part } from './parts';
import { collectPeople, findPeople } from './people';
import { collectPlaces, findPlaces } from './places';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import type { ExtractOptions, Facts } from './types';

function analyse(text: string): Analysis {
	const sentences = splitSentences(text);
	const tokens = tokenize(text, sentences);
	const chunks = findChunks(text, tokens);
	const parts: Part[] = [];
	const chunkOf: number[] = [];
	chunks.forEach((chunk, index) => {
		for (const part of splitChunk(text, tokens, chunk)) {
			parts.push(part);
			chunkOf.push(index);
		}
	});
	return {
		text,
		sentences,
		tokens,
		chunks,
		parts,
		chunkOf,
		labels: new Map(),
		namedOrgs: new Map(),
		nested: []
	};
}

/**
 * Extracts people, organisations, places, dates, numbers and quotes from an article.
 * Pure and synchronous: the same text and options always give the same facts.
 */
export function extractFacts(text: string, options: ExtractOptions = {}): Facts {
	const source = typeof text === 'string' ? text : '';
	let done = 0;
	const stage = <T>(result: T): T => {
		options.onProgress?.(++done, EXTRACT_STAGES);
		return result;
	};
	const analysis = stage(analyse(source));
	const acronyms = new Map<string, string>();
	stage(findOrganizations(analysis, acronyms));
	const people = stage(findPeople(analysis));
	findShortOrganizations(analysis);
	stage(findPlaces(analysis));
	const entities = {
		people: collectPeople(people),
		organizations: collectOrganizations(analysis, acronyms),
		places: collectPlaces(analysis)
	};
	const dates = stage(
		findDates(source, analysis.sentences, { referenceDate: options.referenceDate })
	);
	const numbers = stage(findNumbers(source, analysis.sentences));
	const quotes = stage(findQuotes(source, analysis.sentences, people));
	return { ...entities, dates, numbers, quotes };
}

/** How many times `onProgress` is called: once after each stage. */
export const EXTRACT_STAGES = 7;
