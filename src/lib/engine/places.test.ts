import { describe, expect, it } from 'vitest';
import { extractFacts } from './index';

function places(text: string): [string, string[]][] {
	return extractFacts(text).places.map((p) => [
		p.name,
		p.mentions.map((m) => text.slice(m.start, m.end))
	]);
}

describe('places', () => {
	it('maps short forms and demonyms to their country', () => {
		expect(places('The U.S. and the UK backed the German plan, the US said.')).toEqual([
			['United States', ['U.S.', 'US']],
			['United Kingdom', ['UK']],
			['Germany', ['German']]
		]);
	});

	it('reads a town before its state, and unknown names after "in"', () => {
		expect(places('Jets will be built in Mobile, Alabama and tested in Everett.')).toEqual([
			['Mobile', ['Mobile, Alabama']],
			['Alabama', ['Alabama']],
			['Everett', ['Everett']]
		]);
	});

	it('knows a shouted dateline and skips currencies and journals', () => {
		expect(places('SEOUL — It cost US$40 billion, the study in Nature said.')).toEqual([
			['Seoul', ['SEOUL']]
		]);
	});

	it('types seats of power as places', () => {
		expect(places('The White House and the Kremlin disagreed.')).toEqual([
			['White House', ['White House']],
			['Kremlin', ['Kremlin']]
		]);
	});
});
