import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import type { Span } from './types';

/** A naive sentence split, so these tests do not depend on sentences.ts. */
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

function dates(text: string, referenceDate?: string): [string, string | undefined][] {
	return findDates(text, sentencesOf(text), { referenceDate }).map((d) => [d.text, d.value]);
}

const SEED =
	'North Korean leader Kim Jong Un has declared that cooperation threatens his nation, ' +
	'according to state media reports from Sunday.\n' +
	'Since taking office on January 20, Trump has expressed intentions to renew contact with Kim. ' +
	'In a Fox News interview aired on January 23, Trump described Kim as “a smart guy”. ' +
	'The previous meetings between Trump and Kim in 2018-19 aimed to negotiate an end.';

describe('findDates on a news article', () => {
	it('finds the dates, their values and events without a reference date', () => {
		const found = findDates(SEED, sentencesOf(SEED), {});
		expect(found.map((d) => [d.text, d.value, d.event])).toEqual([
			['Sunday', undefined, 'state media reports'],
			['January 20', '--01-20', 'taking office'],
			['January 23', '--01-23', 'a Fox News interview aired'],
			['2018-19', '2018/2019', 'previous meetings between Trump and Kim']
		]);
		for (const d of found) expect(SEED.slice(d.start, d.end)).toBe(d.text);
	});

	it('resolves against the reference date', () => {
		expect(dates(SEED, '2025-02-11').map(([, v]) => v)).toEqual([
			'2025-02-09',
			'2025-01-20',
			'2025-01-23',
			'2018/2019'
		]);
	});

	it('skips the dateline and uses it as the reference when none is given', () => {
		const text = 'Apple unveils iPod nano\nSeptember 7, 2005\nApple today unveiled the iPod nano.';
		expect(dates(text)).toEqual([['today', '2005-09-07']]);
	});
});

describe('calendar forms', () => {
	it.each([
		['It opened Jan. 23, 2019.', 'Jan. 23, 2019', '2019-01-23'],
		['It closed on 16 November 2022.', '16 November 2022', '2022-11-16'],
		['Sales fell in November 2022.', 'November 2022', '2022-11'],
		['The firm closed on 2019-02-28.', '2019-02-28', '2019-02-28'],
		['Men walked on the moon in 1969.', '1969', '1969'],
		['The talks in 2018–19 failed.', '2018–19', '2018/2019'],
		['It happened on 7/8/07.', '7/8/07', '2007-07-08'],
		['Music of the 1990s is back.', 'the 1990s', '199'],
		["In the late 1980's Apple added audio.", "the late 1980's", '198'],
		['The 1990’s boom ended.', 'The 1990’s', '199'],
		["Biden won 2020's election.", '2020', '2020'],
		['The law came in the 19th century.', 'the 19th century', '18'],
		['Profits in the first quarter of 2008 fell.', 'the first quarter of 2008', '2008-Q1'],
		['In spring 2008 it rained.', 'spring 2008', '2008-SP'],
		['In fiscal 2008 it grew.', 'fiscal 2008', 'FY2008'],
		['It is due in mid-2011.', 'mid-2011', '2011'],
		['Tuesday, March 14, 2023 was cold.', 'Tuesday, March 14, 2023', '2023-03-14'],
		['It was signed on 28.02.2019 in Berlin.', '28.02.2019', '2019-02-28']
	])('%s', (text, expression, value) => {
		expect(dates(text, '2008-03-06')).toEqual([[expression, value]]);
	});
});

describe('relative forms, reference Thursday 2008-03-06', () => {
	it.each([
		['He left yesterday.', 'yesterday', '2008-03-05'],
		['They return tomorrow.', 'tomorrow', '2008-03-07'],
		['Apple today announced it.', 'today', '2008-03-06'],
		['Sales rose last week.', 'last week', '2008-W09'],
		['Prices rise next month.', 'next month', '2008-04'],
		['This year is good.', 'This year', '2008'],
		['It was weak earlier this month.', 'earlier this month', '2008-03'],
		['Two years ago he won.', 'Two years ago', '2006'],
		['State media reported on Sunday.', 'Sunday', '2008-03-02'],
		['The trial is set to begin on Monday.', 'Monday', '2008-03-10'],
		['The ship will arrive on Sunday.', 'Sunday', '2008-03-09'],
		['He spoke Monday morning.', 'Monday morning', '2008-03-03TMO'],
		['Apple announced this morning.', 'this morning', '2008-03-06TMO'],
		['The store currently sells music.', 'currently', 'PRESENT_REF'],
		['It is now smaller.', 'now', 'PRESENT_REF'],
		['It was more recently sold.', 'more recently', 'PAST_REF'],
		['Profits rose in the last quarter.', 'the last quarter', '2007-Q4'],
		['It marked the third time in the past decade.', 'the past decade', '199'],
		['It was planned at the beginning of the year.', 'the beginning of the year', '2008'],
		['Last summer it rained.', 'Last summer', '2007-SU']
	])('%s', (text, expression, value) => {
		expect(dates(text, '2008-03-06')).toEqual([[expression, value]]);
	});

	it('chooses the year a month or day falls in from the tense', () => {
		expect(dates('The Shuffle was introduced in January.', '2005-09-07')).toEqual([
			['January', '2005-01']
		]);
		expect(dates('The plane made its maiden flight on 11 December.', '2010-01-25')).toEqual([
			['11 December', '2009-12-11']
		]);
		expect(dates('It will be available on June 17.', '2009-06-09')).toEqual([
			['June 17', '2009-06-17']
		]);
	});

	it('puts clock times on the day of their sentence', () => {
		expect(dates('It flew on Tuesday at 18:00 UTC.', '2009-12-16')).toEqual([
			['Tuesday', '2009-12-15'],
			['18:00 UTC', '2009-12-15T18:00Z']
		]);
		expect(dates('Kick-off is at 7.30pm on 3 March.', '2008-03-01')).toEqual([
			['7.30pm', '2008-03-03T19:30'],
			['3 March', '2008-03-03']
		]);
		expect(dates('It starts at 10:30 a.m. and ends at 3pm.', '2008-03-06')).toEqual([
			['10:30 a.m.', '2008-03-06T10:30'],
			['3pm', '2008-03-06T15:00']
		]);
	});

	it('counts "three days later" from the date before it', () => {
		expect(dates('It arrives on November 11. Three days later it leaves.', '2005-11-05')).toEqual([
			['November 11', '2005-11-11'],
			['Three days later', '2005-11-14']
		]);
	});
});

describe('what is not a date', () => {
	it.each([
		'He may go and they march on.',
		'The Sunday Times said so.',
		'About 2000 people and 1500 workers came.',
		'Boeing 737-800 and A320 jets flew 30 km.',
		'In the third quarter, the Lakers scored 30 points.',
		'The now-cancelled deal was bad.',
		'April Smith spoke.',
		''
	])('%s', (text) => {
		expect(dates(text, '2008-03-06')).toEqual([]);
	});

	it('leaves weekdays without a value when there is no reference date', () => {
		expect(dates('It opened on Sunday.')).toEqual([['Sunday', undefined]]);
	});
});
