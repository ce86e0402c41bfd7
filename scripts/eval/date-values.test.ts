import { describe, expect, it } from 'vitest';
import { sameDateValue } from './date-values';

describe('date values compared as spans of days', () => {
	it('reads TimeML and GUM forms of the same time as equal', () => {
		expect(sameDateValue('2017-W28', '2017-07-10/2017-07-16')).toBe(true);
		expect(sameDateValue('2010-SU', '2010-06/2010-09')).toBe(true);
		expect(sameDateValue('199', '1990/1999')).toBe(true);
		expect(sameDateValue('19', '19')).toBe(true);
		expect(sameDateValue('2015-10', '--10')).toBe(true);
		expect(sameDateValue('2011-03-05', '2011-03-05')).toBe(true);
	});

	it('tells different times apart', () => {
		expect(sameDateValue('2017-W29', '2017-07-10/2017-07-16')).toBe(false);
		expect(sameDateValue('2015-11', '--10')).toBe(false);
		expect(sameDateValue('2011', '2011-03')).toBe(false);
		expect(sameDateValue(undefined, '2011')).toBe(false);
		expect(sameDateValue('PRESENT_REF', '2011')).toBe(false);
	});
});
