import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACT_STAGES, extractFacts } from './index';
import type { Facts, Span } from './types';

const seed = readFileSync(new URL('../sample/seed-article.txt', import.meta.url), 'utf8');

function written(text: string, spans: Span[]): string[] {
	return spans.map((s) => text.slice(s.start, s.end));
}

function person(facts: Facts, name: string) {
	return facts.people.find((p) => p.name === name);
}

describe('extractFacts on the seed article', () => {
	const facts = extractFacts(seed);

	it('finds the three people with their roles and short names', () => {
		expect(facts.people.map((p) => p.name)).toEqual([
			'Kim Jong Un',
			'Donald Trump',
			'Shigeru Ishiba'
		]);
		expect(person(facts, 'Kim Jong Un')?.roles).toEqual(['North Korean leader']);
		expect(person(facts, 'Donald Trump')?.roles).toEqual(['U.S. President']);
		expect(person(facts, 'Shigeru Ishiba')?.roles).toEqual(['Japanese Prime Minister']);
		expect(person(facts, 'Donald Trump')?.aliases).toEqual(['Trump']);
	});

	it('gives mentions of the name only, possessives trimmed', () => {
		for (const p of facts.people) {
			for (const form of written(seed, p.mentions)) expect([p.name, ...p.aliases]).toContain(form);
		}
		// "Kim’s recent remarks" is a mention of "Kim".
		const kim = person(facts, 'Kim Jong Un');
		expect(kim?.mentions.some((m) => seed.slice(m.start, m.end + 2) === 'Kim’s')).toBe(true);
	});

	it('links the acronym KCNA to its agency and finds the places', () => {
		const kcna = facts.organizations.find((o) => o.acronym === 'KCNA');
		expect(kcna?.name).toBe('Korean Central News Agency');
		expect(facts.organizations.map((o) => o.name)).toEqual(
			expect.arrayContaining(['NATO', 'Fox News', 'Korean People’s Army'])
		);
		expect(facts.places.map((p) => p.name)).toEqual(
			expect.arrayContaining(['Seoul', 'South Korea', 'North Korea', 'United States', 'Japan'])
		);
		expect(facts.places.map((p) => p.name)).toEqual(
			expect.arrayContaining(['Korean Peninsula', 'Russia', 'Ukraine'])
		);
	});

	it('attributes all four quotes to Trump', () => {
		expect(facts.quotes.map((q) => [q.text, q.speaker])).toEqual([
			['I think I stopped the war.', 'Donald Trump'],
			['a smart guy', 'Donald Trump'],
			['not a religious zealot.', 'Donald Trump'],
			['I will, yeah.', 'Donald Trump']
		]);
	});
});

describe('extractFacts on names and titles', () => {
	it('splits titles, keeps particles and diacritics', () => {
		const text =
			'European Commission President Ursula von der Leyen met French striker Kylian Mbappé. ' +
			'“We are ready,” said von der Leyen. Mbappé agreed.';
		const facts = extractFacts(text);
		const ursula = person(facts, 'Ursula von der Leyen');
		expect(ursula?.roles).toEqual(['European Commission President']);
		expect(ursula?.aliases).toEqual(['von der Leyen']);
		expect(person(facts, 'Kylian Mbappé')?.roles).toEqual(['French striker']);
		expect(written(text, person(facts, 'Kylian Mbappé')?.mentions ?? [])).toEqual([
			'Kylian Mbappé',
			'Mbappé'
		]);
		expect(facts.quotes[0]?.speaker).toBe('Ursula von der Leyen');
	});

	it('reads appositive titles and forms of address', () => {
		const text =
			'Tedros Adhanom Ghebreyesus, the WHO’s director-general, warned on Monday. ' +
			'Mr. Smith disagreed, and President Macron said nothing.';
		const facts = extractFacts(text);
		expect(person(facts, 'Tedros Adhanom Ghebreyesus')?.roles).toEqual(['WHO’s director-general']);
		expect(person(facts, 'Smith')?.aliases).toEqual(['Mr. Smith']);
		expect(person(facts, 'Macron')?.roles).toEqual(['President']);
		expect(person(facts, 'Macron')?.aliases).toEqual(['President Macron']);
	});

	it('ends a titled name at a connector and merges name variants', () => {
		const text =
			'Prime Minister Narendra Modi of India met Secretary of State Antony Blinken of the ' +
			'United States and Sen. Elizabeth Warren. Donald J. Trump and Donald Trump are one man.';
		const facts = extractFacts(text);
		expect(person(facts, 'Narendra Modi')?.roles).toEqual(['Prime Minister']);
		expect(person(facts, 'Antony Blinken')?.roles).toEqual(['Secretary of State']);
		expect(person(facts, 'Elizabeth Warren')?.roles).toEqual(['Sen.']);
		expect(person(facts, 'Donald J. Trump')?.aliases).toEqual(['Donald Trump']);
		expect(facts.places.map((p) => p.name)).toEqual(['India', 'United States']);
	});

	it('does not take organisations, places or titles for people', () => {
		const text =
			'Boeing said the Chief Operating Officer, Tim Cook, flew to Toulouse, France with ' +
			'United States Air Force officials.';
		const facts = extractFacts(text);
		expect(facts.people.map((p) => p.name)).toEqual(['Tim Cook']);
		expect(facts.organizations.map((o) => o.name)).toEqual(['Boeing', 'United States Air Force']);
		expect(facts.places.map((p) => p.name)).toEqual(['Toulouse', 'France']);
	});
});

describe('extractFacts on hostile input', () => {
	it.each([
		['empty', ''],
		['whitespace', ' \n\t\n '],
		['html', '<html><body><p class="x">Hi &amp; <b>Bye</b></p><script>var a="“";</script>'],
		['emoji', '🎉🎉 Party! 👍🏽 “Yes” 🇯🇵'],
		['cjk', '東京で会議が開かれた。「はい」と彼は言った。'],
		['rtl', 'قال الرئيس إن “الوضع جيد”. שלום עולם.'],
		['no sentences', 'word '.repeat(2000)],
		['binary', String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256))]
	])('survives %s', (_, text) => {
		const facts = extractFacts(text);
		for (const q of facts.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
	});

	// The timeouts only guard against a hang on a busy machine; speed is measured by `npm run bench`.
	it('handles one run-on sentence full of quotes and names', { timeout: 120_000 }, () => {
		const text = 'John Smith said “hi” and he said “yes” to Ann Lee, who '.repeat(10_000);
		const facts = extractFacts(text);
		expect(facts.quotes).toHaveLength(20_000);
	});

	it('handles a 5 MB text', { timeout: 120_000 }, () => {
		const text = `${seed}\n\n`.repeat(Math.ceil(5_000_000 / seed.length));
		const facts = extractFacts(text);
		expect(facts.people.map((p) => p.name)).toContain('Kim Jong Un');
	});
});

describe('extractFacts progress', () => {
	it('reports each stage once, in order, and finds the same facts', () => {
		const calls: [number, number][] = [];
		const facts = extractFacts(seed, { onProgress: (done, total) => calls.push([done, total]) });
		expect(calls).toEqual(
			Array.from({ length: EXTRACT_STAGES }, (_, i) => [i + 1, EXTRACT_STAGES])
		);
		expect(facts).toEqual(extractFacts(seed));
	});
});
