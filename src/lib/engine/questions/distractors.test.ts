import { describe, expect, it } from 'vitest';
import { dateShape, organizationGroup, pickDistractors, placeKind } from './distractors';
import { mulberry32 } from './random';

describe('pickDistractors', () => {
	it('takes article values first, then perturbations, then the bank', () => {
		const out = pickDistractors(
			{
				answer: 'January 20',
				article: ['January 23'],
				perturbed: ['January 27', 'February 20'],
				bank: ['March 1'],
				prompt: 'When?'
			},
			mulberry32(1)
		);
		expect(out).toEqual(['January 23', 'January 27', 'February 20']);
	});

	it('never offers something also true, a duplicate or something the prompt names', () => {
		const out = pickDistractors(
			{
				answer: 'Kim Jong Un',
				article: ['Kim', 'kim jong-un', 'Donald Trump', 'Shigeru Ishiba', 'Donald  Trump'],
				bank: ['Xi Jinping', 'Joe Biden'],
				alsoTrue: ['Kim'],
				prompt: 'Who met Shigeru Ishiba?'
			},
			mulberry32(3)
		);
		expect(out).toHaveLength(3);
		expect(out).toContain('Donald Trump');
		expect(out.filter((x) => /kim|ishiba/i.test(x))).toEqual([]);
	});

	it('classifies granularity', () => {
		expect(placeKind('Seoul')).toBe('city');
		expect(placeKind('Japan')).toBe('country');
		expect(placeKind('Korean Peninsula')).toBe('region');
		expect(dateShape('January 20')).toBe('month-day');
		expect(dateShape('2018-19')).toBe('year-range');
		expect(dateShape('Sunday')).toBe('weekday');
	});
});

describe('organizationGroup', () => {
	it('reads the group from the head of the name', () => {
		expect(organizationGroup('Korean Central News Agency')).toBe('media');
		expect(organizationGroup('European Space Agency')).toBe('other');
		expect(organizationGroup('Apple Corps')).toBe('other');
		expect(organizationGroup('Pakistan International Airlines')).toBe('airline');
		expect(organizationGroup('United States Air Force')).toBe('military');
		expect(organizationGroup('International Atomic Energy Agency')).toBe('international');
	});
});

describe('placeKind', () => {
	it('tells states and continents from countries and cities', () => {
		expect(placeKind('Alabama')).toBe('state');
		expect(placeKind('Europe')).toBe('continent');
		expect(placeKind('Japan')).toBe('country');
		expect(placeKind('Washington')).toBe('other');
		expect(placeKind('Seoul')).toBe('city');
	});
});

describe('pickDistractors and each other', () => {
	it('never offers one value and a longer form of it', () => {
		const out = pickDistractors(
			{
				answer: 'Enzo Maresca',
				article: ['Joris van Dijk', 'Van Dijk', 'Cole Palmer', 'Mauricio Pochettino'],
				prompt: 'Who said it?'
			},
			mulberry32(1)
		);
		expect(out).toHaveLength(3);
		expect(out.filter((o) => /dijk/i.test(o))).toHaveLength(1);
	});
});
