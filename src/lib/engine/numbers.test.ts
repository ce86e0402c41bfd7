import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers';
import type { NumberFact, Span } from './types';

function sentencesOf(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	for (const m of text.matchAll(/[.!?](?=\s)|\n/g)) {
		spans.push({ start, end: m.index + 1 });
		start = m.index + 1;
	}
	if (start < text.length) spans.push({ start, end: text.length });
	return spans;
}

function numbers(text: string): NumberFact[] {
	const found = findNumbers(text, sentencesOf(text));
	for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
	return found;
}

function one(text: string): Omit<NumberFact, 'start' | 'end'> {
	const found = numbers(text);
	expect(found).toHaveLength(1);
	const rest: Partial<NumberFact> = { ...found[0] };
	delete rest.start;
	delete rest.end;
	return rest as Omit<NumberFact, 'start' | 'end'>;
}

describe('findNumbers', () => {
	it('reads an ordinal and what it counts', () => {
		expect(
			one('In a speech commemorating the 77th anniversary of the Korean People’s Army, Kim spoke.')
		).toEqual({
			text: '77th',
			value: 77,
			unit: 'ordinal',
			context: 'anniversary of the Korean People’s Army'
		});
	});

	it.each([
		['The deal is worth $15 billion.', '$15 billion', 15e9, 'USD'],
		['EADS won a US$40 billion contract.', 'US$40 billion', 40e9, 'USD'],
		['Airbus wins order worth $15bn', '$15bn', 15e9, 'USD'],
		['The fee is €2.5m a year.', '€2.5m', 2.5e6, 'EUR'],
		['He paid £300,000 for it.', '£300,000', 300000, 'GBP'],
		['They paid 9.9 billion yuan for jets.', '9.9 billion yuan', 9.9e9, 'CNY'],
		['It costs $249 USD each.', '$249 USD', 249, 'USD'],
		['It sold for GB £20.1 billion.', 'GB £20.1 billion', 20.1e9, 'GBP']
	])('money: %s', (text, expression, value, currency) => {
		expect(one(text)).toMatchObject({ text: expression, value, unit: 'money', currency });
	});

	it.each([
		['Efficiency rose by as much as 3%.', 'as much as 3%', 3],
		['Apple has reached 78 percent growth.', '78 percent', 78],
		['Airlines demand improvements of 15-20%.', '15-20%', 15]
	])('percent: %s', (text, expression, value) => {
		expect(one(text)).toMatchObject({ text: expression, value, unit: 'percent' });
	});

	it('keeps both ends of a range', () => {
		expect(
			one('Airbus will give between $12 million and $20 million to the search.')
		).toMatchObject({ value: 12e6, max: 20e6, currency: 'USD' });
	});

	it.each([
		['Ryanair will buy five Boeing 737s.', 'five', 5, 'Boeing 737s'],
		['The plant employs 20,000 workers.', '20,000', 20000, 'workers'],
		['Some 1.5 million people voted.', 'Some 1.5 million', 1.5e6, 'people'],
		['Twenty-five people died.', 'Twenty-five', 25, 'people'],
		['It carried about 500 guests.', 'about 500', 500, 'guests'],
		['He read thousands of pages.', 'thousands of', 1000, 'pages']
	])('count: %s', (text, expression, value, context) => {
		expect(one(text)).toEqual({ text: expression, value, unit: 'count', context });
	});

	it.each([
		['The race covers 300 km of road.', '300 km', 300, 'km'],
		['It weighs 10 kg.', '10 kg', 10, 'kg'],
		['They walked 3 miles.', '3 miles', 3, 'mi'],
		['The plane has 500km of wiring.', '500km', 500, 'km'],
		['It has a 3.5-inch display.', '3.5-inch', 3.5, 'in'],
		['It holds 2GB of music.', '2GB', 2, 'GB']
	])('measure: %s', (text, expression, value, unit) => {
		expect(one(text)).toMatchObject({ text: expression, value, unit });
	});

	it('reads word ordinals from "third" up', () => {
		expect(one('It was the third attempt.')).toMatchObject({ value: 3, unit: 'ordinal' });
	});

	it('carries the counted noun along a list', () => {
		const found = numbers('It will cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.');
		expect(found.map((n) => [n.value, n.context])).toEqual([
			[4300, 'jobs'],
			[3700, 'jobs'],
			[400, 'jobs']
		]);
	});

	it.each([
		'Boeing 737-800 and the A320 flew, as did the iPhone 4.',
		'Boeing delivered its 777 airliner. The COVID-19 crisis hit in 2020.',
		'It was built in 1969 and sold on January 20 at 10:30 a.m.',
		'The project is 18 months behind schedule.',
		'One of the two companies won.',
		'It is No. 1 in version 10.4.',
		'Call 020 7946 0958 for tickets.',
		''
	])('not a number: %s', (text) => {
		expect(numbers(text)).toEqual([]);
	});
});
