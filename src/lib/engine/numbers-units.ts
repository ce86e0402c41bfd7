/** Currencies and measure units the number scanner recognises around a number. */

/** Symbols written before the amount. "$" is taken as US dollars unless a prefix says otherwise. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
	['$', 'USD'],
	['€', 'EUR'],
	['£', 'GBP'],
	['¥', 'JPY'],
	['₹', 'INR'],
	['₩', 'KRW'],
	['₽', 'RUB'],
	['₪', 'ILS'],
	['₺', 'TRY'],
	['₱', 'PHP']
]);

/** Letters glued to "$" that name the dollar ("US$40 billion", "A$5", "HK$10"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
	['us', 'USD'],
	['usd', 'USD'],
	['a', 'AUD'],
	['au', 'AUD'],
	['c', 'CAD'],
	['ca', 'CAD'],
	['hk', 'HKD'],
	['nz', 'NZD'],
	['s', 'SGD'],
	['nt', 'TWD'],
	['r', 'BRL']
]);

/** ISO codes written as words before or after the amount ("USD 40 million", "$249 USD"). */
export const CURRENCY_CODES = new Set([
	'USD',
	'EUR',
	'GBP',
	'JPY',
	'CNY',
	'RMB',
	'CHF',
	'INR',
	'CAD',
	'AUD',
	'HKD',
	'KRW',
	'RUB',
	'BRL',
	'ZAR',
	'SEK',
	'NOK',
	'DKK',
	'SGD',
	'MXN'
]);

/** Currency names written after the amount ("9.9 billion yuan", "around $9.99 US dollars"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
	['dollar', 'USD'],
	['dollars', 'USD'],
	['euro', 'EUR'],
	['euros', 'EUR'],
	['yen', 'JPY'],
	['yuan', 'CNY'],
	['renminbi', 'CNY'],
	['rupee', 'INR'],
	['rupees', 'INR'],
	['rouble', 'RUB'],
	['roubles', 'RUB'],
	['ruble', 'RUB'],
	['rubles', 'RUB'],
	['francs', 'CHF'],
	['pesos', 'MXN'],
	['reais', 'BRL'],
	['rand', 'ZAR'],
	['sterling', 'GBP'],
	// "pounds" alone after a number is usually a weight; it is money only after a scale word.
	['pounds', 'GBP']
]);

/** Measure units as written (lower-case) → the unit string reported. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
	['km', 'km'],
	['kilometres', 'km'],
	['kilometers', 'km'],
	['kilometre', 'km'],
	['kilometer', 'km'],
	['mi', 'mi'],
	['mile', 'mi'],
	['miles', 'mi'],
	['m', 'm'],
	['metres', 'm'],
	['meters', 'm'],
	['metre', 'm'],
	['meter', 'm'],
	['cm', 'cm'],
	['mm', 'mm'],
	['ft', 'ft'],
	['feet', 'ft'],
	['foot', 'ft'],
	['inch', 'in'],
	['inches', 'in'],
	['kg', 'kg'],
	['kilograms', 'kg'],
	['kilogram', 'kg'],
	['kilos', 'kg'],
	['grams', 'g'],
	['lb', 'lb'],
	['lbs', 'lb'],
	['tonnes', 't'],
	['tonne', 't'],
	['tons', 't'],
	['ton', 't'],
	['litres', 'l'],
	['liters', 'l'],
	['gallons', 'gal'],
	['barrels', 'bbl'],
	['acres', 'acre'],
	['hectares', 'ha'],
	['mph', 'mph'],
	['kph', 'km/h'],
	['knots', 'kn'],
	['gb', 'GB'],
	['mb', 'MB'],
	['tb', 'TB'],
	['kb', 'KB'],
	['ghz', 'GHz'],
	['mhz', 'MHz'],
	['mw', 'MW'],
	['gw', 'GW'],
	['kw', 'kW'],
	['kwh', 'kWh'],
	['mah', 'mAh'],
	['degrees', '°'],
	['°', '°'],
	['”', 'in'],
	['"', 'in']
]);

/** Time units: a number before one is a duration ("18 months behind schedule"), which
 * TimeML annotates as a time expression, not a quantity. */
export const DURATION_UNITS = new Set(
	'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries'.split(
		' '
	)
);

/** Two-word units, keyed by their first word. */
export const TWO_WORD_UNITS: ReadonlyMap<string, [string, string]> = new Map([
	['nautical', ['miles', 'nmi']],
	['square', ['kilometres', 'km²']],
	['sq', ['km', 'km²']]
]);
