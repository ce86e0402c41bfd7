import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract';
import { buildArticle } from './article';
import { phraseDate, surroundsDate } from './date-phrasing';

/** The fallback question for the date written `dateText` in `text`, from the real extractor. */
function askDate(text: string, dateText: string): string | null {
	const facts = extractFacts(text);
	const date = facts.dates.find((d) => d.text === dateText);
	if (!date) throw new Error(`no date ${dateText} in ${JSON.stringify(facts.dates)}`);
	return phraseDate(buildArticle(text, facts), date)?.question ?? null;
}

describe('surroundsDate', () => {
	it('accepts an event that ends where the date’s preposition starts', () => {
		expect(
			surroundsDate(
				'jetliner crashed into the Atlantic',
				'The jetliner crashed into the Atlantic in ',
				', killing all.'
			)
		).toBe(true);
	});

	it('accepts an event that starts right after the date', () => {
		expect(
			surroundsDate('Boeing announced 35 new orders', 'On ', ', Boeing announced 35 new orders.')
		).toBe(true);
	});

	it('accepts an event written around the date', () => {
		expect(
			surroundsDate('Boeing delivered the final 717', 'Boeing on ', ' delivered the final 717 jet.')
		).toBe(true);
	});

	it('refuses an event from the clause before a comma', () => {
		expect(
			surroundsDate(
				'Boeing had agreed to lease 100 tankers',
				'Boeing had agreed to lease 100 tankers, but in ',
				' a scandal erupted.'
			)
		).toBe(false);
	});

	it('refuses an event that stops short of the date', () => {
		expect(
			surroundsDate('new settlement replaces', 'The new settlement replaces the ', ' agreement.')
		).toBe(false);
	});
});

describe('phraseDate fallback (the extractor’s event phrase)', () => {
	it('asks about the clause the date belongs to', () => {
		expect(
			askDate(
				'The Airbus A330 jetliner crashed into the Atlantic Ocean in June, killing all 228 people on board.',
				'June'
			)
		).toBe(
			'What date does the article give for this: the Airbus A330 jetliner crashed into the Atlantic Ocean?'
		);
	});

	it('never asks about a neighbouring clause (the answer would be wrong)', () => {
		expect(
			askDate(
				'Boeing had initially agreed to lease 100 tankers, but in 2003 a scandal erupted when it emerged that an executive arranged a job for an official.',
				'2003'
			) ?? ''
		).not.toMatch(/lease 100 tankers/);
	});

	it('keeps the clause after a subordinator, and drops phrases cut mid-way or with a pronoun', () => {
		expect(
			askDate(
				'In 1995, the company introduced the MD-95, which later became the 717 when McDonnell Douglas merged with Boeing in 1996.',
				'1996'
			)
		).toBe('What date does the article give for this: McDonnell Douglas merged with Boeing?');
		expect(askDate('The first flight of the 777 was in 1994.', '1994')).toBeNull();
		expect(
			askDate(
				'Papermaster joined in 2008, but a federal judge barred him from working until April 2009.',
				'April 2009'
			)
		).toBeNull();
	});
});

describe('phraseDate and stretches of time', () => {
	it('asks no date that bounds a stretch of time', () => {
		const text =
			'Turnout was the highest for a city election since 1992. He hid losses from investors ' +
			'between 2019 and 2021. The plant ran from 2009 to 2011.';
		for (const d of ['1992', '2019', '2021', '2009', '2011']) expect(askDate(text, d)).toBeNull();
	});
});

describe('phraseDate fallback wording', () => {
	it('asks only about a clause where something happens', () => {
		expect(
			askDate('A federal jury in Manhattan on Thursday found the trader guilty.', 'Thursday') ?? ''
		).not.toMatch(/this: A federal jury in Manhattan\?/);
		expect(
			askDate('Brightwater Foods said on Tuesday that sales rose.', 'Tuesday') ?? ''
		).not.toMatch(/said\?$/);
	});
});

describe('phraseDate fallback and a clause without its subject', () => {
	it('asks nothing of "Name and scheduled to …"', () => {
		const text =
			'The Boeing 787 is an airliner under development by Boeing Commercial Airplanes and ' +
			'scheduled to enter service in 2008.';
		expect(askDate(text, '2008') ?? '').not.toMatch(/Airplanes and scheduled/);
	});
});
