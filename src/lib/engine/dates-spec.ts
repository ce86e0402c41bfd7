/**
 * What a matched time expression means, before it is resolved against a reference date.
 * The matchers fill in only what the words say; dates-resolve.ts turns it into a TimeML value.
 */

import type { CalendarUnit } from './dates-lexicon';

export interface TimeSpec {
	y?: number;
	m?: number;
	d?: number;
	/** End year of a span of years ("2018-19"). */
	y2?: number;
	/** First three digits of a decade ("the 1990s" → 199). */
	decade?: number;
	/** First two digits of a century ("the 19th century" → 18). */
	century?: number;
	weekday?: number;
	/** "last" (-1), "this" (0) or "next" (+1) before a weekday, month or season. */
	dir?: -1 | 0 | 1;
	/** Relative to the reference date: "yesterday" is day -1, "last week" is week -1. */
	unit?: CalendarUnit;
	offset?: number;
	/** "three days earlier" counts from the date mentioned just before it, not the reference. */
	fromPrevious?: boolean;
	/** "three days later than planned" names the date mentioned just before it. */
	sameAsPrevious?: boolean;
	quarter?: number;
	season?: string;
	fiscal?: boolean;
	ref?: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
	/** Part of day suffix: MO, AF, EV, NI. */
	pod?: string;
	hour?: number;
	minute?: number;
	/** The time was given in UTC/GMT. */
	zulu?: boolean;
}

export interface TimeMatch {
	/** First token of the expression. */
	first: number;
	/** One past the last token. */
	end: number;
	spec: TimeSpec;
}
