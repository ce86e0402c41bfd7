/** Words the date scanner recognises, lower-case. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
	['january', 1],
	['february', 2],
	['march', 3],
	['april', 4],
	['may', 5],
	['june', 6],
	['july', 7],
	['august', 8],
	['september', 9],
	['october', 10],
	['november', 11],
	['december', 12],
	['jan', 1],
	['feb', 2],
	['mar', 3],
	['apr', 4],
	['jun', 6],
	['jul', 7],
	['aug', 8],
	['sep', 9],
	['sept', 9],
	['oct', 10],
	['nov', 11],
	['dec', 12]
]);

/** 0 = Sunday, matching weekdayOf(). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
	['sunday', 0],
	['monday', 1],
	['tuesday', 2],
	['wednesday', 3],
	['thursday', 4],
	['friday', 5],
	['saturday', 6]
]);

/** TimeML part-of-day suffixes ("Friday morning" → 2010-07-16TMO). */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
	['morning', 'MO'],
	['afternoon', 'AF'],
	['evening', 'EV'],
	['night', 'NI']
]);

export const SEASONS: ReadonlyMap<string, string> = new Map([
	['spring', 'SP'],
	['summer', 'SU'],
	['autumn', 'FA'],
	['fall', 'FA'],
	['winter', 'WI']
]);

/** The month each season starts in, to place "last summer" relative to the reference. */
export const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';

export const UNITS: ReadonlyMap<string, CalendarUnit> = new Map([
	['day', 'day'],
	['days', 'day'],
	['week', 'week'],
	['weeks', 'week'],
	['weekend', 'weekend'],
	['month', 'month'],
	['months', 'month'],
	['quarter', 'quarter'],
	['year', 'year'],
	['years', 'year'],
	['decade', 'decade'],
	['decades', 'decade']
]);

/** Words before a bare year that make it a year ("in 1969") rather than a count. */
export const YEAR_PREPOSITIONS = new Set([
	'in',
	'since',
	'from',
	'until',
	'till',
	'by',
	'of',
	'during',
	'before',
	'after',
	'circa',
	'to',
	'and',
	'between',
	'through',
	'early',
	'late',
	'mid',
	'fiscal'
]);

/** Words before a number that make it a quantity ("about 2000", "$2009"), never a year. */
export const QUANTITY_CUES = new Set([
	'about',
	'approximately',
	'around',
	'nearly',
	'almost',
	'some',
	'over',
	'than',
	'roughly',
	'only',
	'just',
	'least',
	'no',
	'number',
	'$',
	'€',
	'£',
	'¥',
	'#',
	'+',
	'−',
	'±'
]);

export const TIME_ZONES = new Set([
	'utc',
	'gmt',
	'est',
	'edt',
	'cst',
	'cdt',
	'mst',
	'mdt',
	'pst',
	'pdt',
	'et',
	'pt',
	'ct',
	'bst',
	'cet',
	'cest',
	'ist',
	'jst',
	'kst',
	'aest'
]);

/** Finance words that make "the third quarter" a calendar quarter, not a period of play. */
export const FINANCE_WORDS = new Set([
	'results',
	'earnings',
	'profit',
	'profits',
	'revenue',
	'revenues',
	'sales',
	'loss',
	'losses',
	'growth',
	'figures',
	'report',
	'gdp',
	'output',
	'income'
]);
