import { describe, expect, it } from 'vitest';
import { extractFacts } from './index';
import { abbreviates, orgKey } from './organizations';

function organizations(text: string): [string, string | undefined, string[]][] {
	return extractFacts(text).organizations.map((o) => [
		o.name,
		o.acronym,
		o.mentions.map((m) => text.slice(m.start, m.end))
	]);
}

describe('abbreviates', () => {
	it('accepts initials and letters in order, from the first letter', () => {
		expect(abbreviates('KCNA', 'Korean Central News Agency')).toBe(true);
		expect(abbreviates('SIA', 'Singapore Airlines')).toBe(true);
		expect(abbreviates('USAF', 'United States Air Force')).toBe(true);
		expect(abbreviates('MRO', 'Overhaul')).toBe(false);
		expect(abbreviates('X', 'Xerox')).toBe(false);
	});
});

describe('orgKey', () => {
	it('groups legal forms and bank aliases', () => {
		expect(orgKey('Apple Inc')).toBe('Apple');
		expect(orgKey('Wal-Mart')).toBe('Walmart');
		expect(orgKey('Korean Central News Agency')).toBe('Korean Central News Agency');
	});
});

describe('organisations', () => {
	it('links an acronym defined in parentheses to its later uses', () => {
		const text =
			'The Government Accountability Office (GAO) upheld the protest. The GAO said the Air Force erred.';
		expect(organizations(text)[0]).toEqual([
			'Government Accountability Office',
			'GAO',
			['Government Accountability Office', 'GAO', 'GAO']
		]);
	});

	it('keeps product acronyms and models out', () => {
		const text =
			'Apple released the Software Development Kit (SDK) for the iPhone. The SDK is free. Boeing 787 jets flew.';
		expect(organizations(text)).toEqual([['Apple', undefined, ['Apple']]]);
	});

	it('reads organisation endings, descriptors and short forms', () => {
		const text =
			'Lockheed Martin and German airline Lufthansa signed with Qatar Airways. Lockheed said Lufthansa agreed.';
		expect(organizations(text)).toEqual([
			['Lockheed Martin', undefined, ['Lockheed Martin', 'Lockheed']],
			['Lufthansa', undefined, ['Lufthansa', 'Lufthansa']],
			['Qatar Airways', undefined, ['Qatar Airways']]
		]);
	});

	it('reads unknown companies from their staff, shares and deeds', () => {
		const text =
			'Zorbicon CEO Ada Vance spoke. Kansas senator Bob Dole left. Later, Quentix said it ' +
			'would sue Zorbicon, and Quentix shares fell.';
		expect(organizations(text)).toEqual([
			['Zorbicon', undefined, ['Zorbicon', 'Zorbicon']],
			['Quentix', undefined, ['Quentix', 'Quentix']]
		]);
	});

	it('takes no title opening a sentence for a company ("Chief executive …")', () => {
		expect(organizations('Chief executive Thomas Enders said the company would appeal.')).toEqual(
			[]
		);
	});

	it('drops the legal ending from the name but keeps it in the mention', () => {
		const text = 'Apple Inc. said on Monday that Apple would grow.';
		expect(organizations(text)).toEqual([['Apple', undefined, ['Apple Inc.', 'Apple']]]);
	});
});
