import { describe, expect, it } from 'vitest';
import { findChunks } from './chunks';
import { splitChunk } from './parts';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

function parts(text: string): string[][] {
	const tokens = tokenize(text, splitSentences(text));
	return findChunks(text, tokens).map((chunk) =>
		splitChunk(text, tokens, chunk).map((p) => (p.modifier ? `[${p.text}]` : p.text))
	);
}

describe('name candidates', () => {
	it('joins particles, initials and organisation connectors', () => {
		expect(
			parts(
				'He met Ursula von der Leyen, Michael M. Sears and the Korean People’s Army at the Ministry of Defence.'
			)
		).toEqual([
			['Ursula von der Leyen'],
			['Michael M. Sears'],
			['Korean People’s Army'],
			['Ministry of Defence']
		]);
	});

	it('splits titles from names and keeps their modifiers apart', () => {
		expect(
			parts(
				'Then U.S. President Donald Trump and Chief Operating Officer of AirTran Airways spoke.'
			)
		).toEqual([
			['[U.S.]', 'Donald Trump'],
			['[Chief Operating Officer]', 'AirTran Airways']
		]);
	});

	it('does not join two complete names with "and"', () => {
		expect(parts('Both Shanghai Airlines and Xiamen Airlines ordered jets.')).toEqual([
			['Shanghai Airlines'],
			['Xiamen Airlines']
		]);
	});

	it('drops a capitalised sentence opener the article writes in lower case', () => {
		expect(parts('Rival Samsung Electronics grew. Its rival stayed flat.')).toEqual([
			['Samsung Electronics']
		]);
	});

	it('possessives end the name', () => {
		expect(parts('Kim’s speech echoed Trump’s.')).toEqual([['Kim'], ['Trump']]);
	});
});
