import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { findNumbers } from './numbers';
import type { Span } from './types';

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);

/** Pieces that reach the scanners' branches, mixed with arbitrary text. */
const PIECES = [
	'January',
	'Jan.',
	'May',
	'March',
	'Sunday',
	'Monday morning',
	'the',
	'early',
	'mid-',
	'last',
	'next',
	'this',
	'week',
	'year',
	'quarter',
	'first',
	'third',
	'ago',
	'later',
	'than',
	'of',
	'between',
	'and',
	'to',
	'about',
	'up to',
	'$',
	'US$',
	'£',
	'€',
	'%',
	'bn',
	'million',
	'km',
	'-',
	'–',
	'/',
	':',
	'.',
	',',
	"'",
	'’',
	'”',
	'a.m.',
	'pm',
	'UTC',
	'2008',
	'1990s',
	'19',
	'31',
	'737',
	'10,000',
	'1.5',
	'10:30',
	'twenty',
	'-five',
	'half',
	'thousands',
	'\n',
	' ',
	'😀',
	'東京',
	'مرحبا',
	'<p>',
	'\u0000'
];

const textArb = fc.oneof(
	fc
		.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 })
		.map((parts) => parts.join(' ')),
	fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
	fc.string({ unit: 'binary', maxLength: 300 })
);

/** Sentences as a caller might pass them: a proper split, none at all, or nonsense. */
function sentencesFor(text: string, mode: number, junk: Span[]): Span[] {
	if (mode === 0) return [];
	if (mode === 1) return junk;
	const spans: Span[] = [];
	let start = 0;
	for (const m of text.matchAll(/[.!?](?=\s)|\n/g)) {
		spans.push({ start, end: m.index + 1 });
		start = m.index + 1;
	}
	if (start < text.length) spans.push({ start, end: text.length });
	return spans;
}

const spanArb = fc
	.tuple(fc.integer({ min: -5, max: 400 }), fc.integer({ min: -5, max: 400 }))
	.map(([start, end]) => ({ start, end }));

function checkSpans(text: string, facts: { start: number; end: number; text: string }[]): void {
	let last = 0;
	for (const f of facts) {
		expect(f.start).toBeGreaterThanOrEqual(last);
		expect(f.end).toBeGreaterThan(f.start);
		expect(f.end).toBeLessThanOrEqual(text.length);
		expect(text.slice(f.start, f.end)).toBe(f.text);
		last = f.end;
	}
}

describe('dates and numbers property', () => {
	it('property: offsets match the text, phrases are never empty, results repeat', () => {
		fc.assert(
			fc.property(
				textArb,
				fc.integer({ min: 0, max: 2 }),
				fc.array(spanArb, { maxLength: 5 }),
				fc.option(fc.constantFrom('2008-03-06', '2000-02-29', '1999-12-31', 'garbage')),
				(text, mode, junk, referenceDate) => {
					const sentences = sentencesFor(text, mode, junk);
					const opts = referenceDate === null ? {} : { referenceDate };
					const dates = findDates(text, sentences, opts);
					checkSpans(text, dates);
					for (const d of dates) expect(d.event.length).toBeGreaterThan(0);
					expect(findDates(text, sentences, opts)).toEqual(dates);

					const numbers = findNumbers(text, sentences);
					checkSpans(text, numbers);
					for (const n of numbers) {
						expect(Number.isFinite(n.value)).toBe(true);
						expect(n.context.length).toBeGreaterThan(0);
						for (const d of dates) expect(n.end <= d.start || n.start >= d.end).toBe(true);
					}
					expect(findNumbers(text, sentences)).toEqual(numbers);
				}
			),
			{ numRuns }
		);
	});

	it('property: hostile pastes of a few megabytes finish with sound offsets', () => {
		const chains = [
			'the '.repeat(50_000),
			'early '.repeat(50_000),
			'Tuesday, '.repeat(20_000),
			'1-'.repeat(100_000),
			'$'.repeat(100_000) + '5',
			'9'.repeat(1_000_000),
			'January 20, 2008 and 20% of $5bn '.repeat(5_000)
		];
		for (const text of chains) {
			checkSpans(text, findDates(text, [], { referenceDate: '2008-03-06' }));
			checkSpans(text, findNumbers(text, [{ start: 0, end: text.length }]));
		}
		// A generous ceiling for two shared cores; this checks termination, not speed.
	}, 120_000);
});
