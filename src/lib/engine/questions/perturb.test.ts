import { describe, expect, it } from 'vitest';
import {
	aroundAnswer,
	inStyleOf,
	numberLadder,
	perturbDate,
	perturbExpansion,
	perturbNumber,
	perturbTitle
} from './perturb';
import { mulberry32 } from './random';

describe('perturbations keep format and granularity', () => {
	it('moves a month-day date by days or months', () => {
		const out = perturbDate('January 20');
		expect(out.slice(0, 4)).toEqual(['January 27', 'February 20', 'January 17', 'December 20']);
		expect(out.every((d) => /^[A-Z][a-z]+ \d{1,2}$/.test(d))).toBe(true);
	});

	it('keeps abbreviated months and day-first order', () => {
		expect(perturbDate('Jan. 5')[0]).toBe('Jan. 12');
		expect(perturbDate('20 January 2024')[0]).toBe('27 January 2024');
	});

	it('shifts a year range past itself so no variant overlaps a true year', () => {
		expect(perturbDate('2018-19')).toEqual(['2016-17', '2020-21', '2014-15', '2022-23']);
		expect(perturbDate('2019')).toContain('2020');
		expect(perturbDate('Sunday')).not.toContain('Sunday');
	});

	it('moves an ordinal with the right suffix', () => {
		expect(perturbNumber('77th', 77, 'ordinal').slice(0, 3)).toEqual(['78th', '76th', '80th']);
		expect(perturbNumber('21st', 21, 'ordinal')).toContain('22nd');
		expect(perturbNumber('10th', 10, 'ordinal')).toContain('11th');
		expect(perturbNumber('10th', 10, 'ordinal')).toContain('13th');
	});

	it('scales a number and rounds it like the original', () => {
		expect(perturbNumber('40%', 40, 'percent')).toEqual(['20%', '60%', '80%', '30%', '10%', '50%']);
		expect(perturbNumber('$1,200', 1200, 'money').slice(0, 3)).toEqual([
			'$600',
			'$1,800',
			'$2,400'
		]);
	});

	it('swaps rank or nationality in a title', () => {
		const out = perturbTitle('Japanese Prime Minister', ['South Korean']);
		expect(out.slice(0, 2)).toEqual(['Japanese Foreign Minister', 'South Korean Prime Minister']);
		expect(perturbTitle('North Korean leader')).toContain('South Korean leader');
		expect(perturbTitle('U.S. President')).not.toContain('American President');
	});

	it('swaps the whole rank, never a word inside a longer one', () => {
		const vice = perturbTitle('Boeing Executive Vice President');
		expect(vice).toContain('Boeing Senior Vice President');
		// A company's rank is swapped for another company rank, never for a state office.
		expect(vice.some((t) => /Secretary|Minister/.test(t))).toBe(false);
		expect(vice.some((t) => /Vice Vice/.test(t))).toBe(false);
		expect(perturbTitle('Deputy Prime Minister').some((t) => /Deputy Deputy/.test(t))).toBe(false);
		expect(perturbTitle('Apple co-founder')).toEqual([]);
	});

	it('makes acronym expansions that still fit the letters', () => {
		const out = perturbExpansion('Korean Central News Agency');
		expect(out[0]).toBe('Korean Central News Association');
		expect(
			out.every(
				(x) =>
					x
						.split(' ')
						.map((w) => w[0])
						.join('') === 'KCNA'
			)
		).toBe(true);
	});
});

describe('inStyleOf', () => {
	it('writes a value the way the answer is written', () => {
		expect(inStyleOf('Three', 'two')).toBe('Two');
		expect(inStyleOf('Three', '6')).toBe('Six');
		expect(inStyleOf('fourth', '5th')).toBe('fifth');
		expect(inStyleOf('4th', 'third')).toBe('3rd');
		expect(inStyleOf('12', 'seven')).toBe('7');
		expect(inStyleOf('three', '4,300')).toBeNull();
		expect(inStyleOf('$40 billion', '$20 billion')).toBe('$20 billion');
		expect(inStyleOf('86', 'More than 300')).toBeNull();
		expect(inStyleOf('86', '200-250')).toBeNull();
		expect(inStyleOf('about 40', 'about 60')).toBe('about 60');
	});
});

describe('aroundAnswer', () => {
	it('puts the answer at every rank among the options, by seed', () => {
		const variants = perturbNumber('40', 40);
		const ranks = new Set<number>();
		for (let seed = 1; seed <= 40; seed++) {
			const options = [
				40,
				...aroundAnswer('40', variants, mulberry32(seed)).slice(0, 3).map(Number)
			];
			ranks.add(options.sort((a, b) => a - b).indexOf(40));
		}
		expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
	});
});

describe('perturbDate and short month names', () => {
	it('writes other months out in full after "June", "July" and "May"', () => {
		expect(
			perturbDate('June 24').every(
				(d) => !/^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) /.test(d)
			)
		).toBe(true);
		expect(perturbDate('Jan. 5')[0]).toBe('Jan. 12');
	});
});

describe('numberLadder', () => {
	it('spaces wrong amounts evenly around the answer, at every rank, written like it', () => {
		const ranks = new Set<number>();
		for (let seed = 1; seed <= 40; seed++) {
			const wrong = numberLadder('$5,200', 5200, 'money', mulberry32(seed));
			expect(wrong).toHaveLength(3);
			expect(wrong.every((w) => /^\$\d{1,3}(,\d{3})*$/.test(w))).toBe(true);
			const values = [5200, ...wrong.map((w) => Number(w.replace(/[$,]/g, '')))].sort(
				(a, b) => a - b
			);
			const gaps = values.slice(1).map((v, i) => v - (values[i] as number));
			expect(new Set(gaps).size).toBe(1);
			ranks.add(values.indexOf(5200));
		}
		expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
	});

	it('stays above zero and a percentage at or below 100', () => {
		for (let seed = 1; seed <= 20; seed++) {
			expect(numberLadder('2', 2, undefined, mulberry32(seed)).every((w) => Number(w) > 0)).toBe(
				true
			);
			const percents = numberLadder('95%', 95, 'percent', mulberry32(seed));
			expect(percents.every((w) => parseFloat(w) <= 100)).toBe(true);
		}
	});
});

describe('perturbExpansion and spellings', () => {
	it('never offers the same name spelt otherwise', () => {
		const out = perturbExpansion('European Aeronautic Defence and Space Company');
		expect(out.some((o) => o.includes('Defense'))).toBe(false);
		expect(out.length).toBeGreaterThan(0);
	});
});

describe('review fixes', () => {
	it('swaps a president within state offices', () => {
		for (const t of [...perturbTitle('President of France'), ...perturbTitle('Vice President')]) {
			expect(t).not.toMatch(/Chief|Executive|Senior/);
		}
	});

	it('ranks a round amount anywhere among its options', () => {
		const ranks = new Set<number>();
		for (let seed = 1; seed <= 40; seed++) {
			const values = [100, ...numberLadder('100', 100, undefined, mulberry32(seed)).map(Number)];
			ranks.add(values.sort((a, b) => a - b).indexOf(100));
		}
		expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
	});
});
