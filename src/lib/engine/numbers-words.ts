/**
 * Spelled-out numbers, shared by the number scanner and by relative dates ("two years ago").
 * Lookups are lower-case and exact; hyphenated forms ("twenty-five") are joined by the caller.
 */

export const CARDINALS: ReadonlyMap<string, number> = new Map([
	['zero', 0],
	['one', 1],
	['two', 2],
	['three', 3],
	['four', 4],
	['five', 5],
	['six', 6],
	['seven', 7],
	['eight', 8],
	['nine', 9],
	['ten', 10],
	['eleven', 11],
	['twelve', 12],
	['thirteen', 13],
	['fourteen', 14],
	['fifteen', 15],
	['sixteen', 16],
	['seventeen', 17],
	['eighteen', 18],
	['nineteen', 19],
	['twenty', 20],
	['thirty', 30],
	['forty', 40],
	['fifty', 50],
	['sixty', 60],
	['seventy', 70],
	['eighty', 80],
	['ninety', 90],
	['dozen', 12]
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
	['first', 1],
	['second', 2],
	['third', 3],
	['fourth', 4],
	['fifth', 5],
	['sixth', 6],
	['seventh', 7],
	['eighth', 8],
	['ninth', 9],
	['tenth', 10],
	['eleventh', 11],
	['twelfth', 12],
	['thirteenth', 13],
	['fourteenth', 14],
	['fifteenth', 15],
	['sixteenth', 16],
	['seventeenth', 17],
	['eighteenth', 18],
	['nineteenth', 19],
	['twentieth', 20],
	['thirtieth', 30],
	['fortieth', 40],
	['fiftieth', 50],
	['sixtieth', 60],
	['seventieth', 70],
	['eightieth', 80],
	['ninetieth', 90],
	['hundredth', 100],
	['thousandth', 1000]
]);

/** Multipliers written after a number. Short forms ("bn", "m", "k") only count when glued. */
export const SCALES: ReadonlyMap<string, number> = new Map([
	['hundred', 100],
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9],
	['trillion', 1e12],
	['lakh', 1e5],
	['crore', 1e7]
]);

export const SHORT_SCALES: ReadonlyMap<string, number> = new Map([
	['k', 1e3],
	['m', 1e6],
	['mn', 1e6],
	['mln', 1e6],
	['bn', 1e9],
	['b', 1e9],
	['tn', 1e12],
	['trn', 1e12]
]);

/** Parses "10,000", "1.5", "3" to a number; anything else (e.g. "10:30") is NaN. */
export function parseDigits(s: string): number {
	if (s.includes(':')) return NaN;
	// A comma followed by exactly three digits groups thousands; otherwise it is a decimal comma.
	const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s);
	if (grouped) return Number(s.replace(/,/g, ''));
	if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
	if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
	return NaN;
}

/** Cardinal word value, including "twenty-five" style compounds passed as two parts. */
export function cardinalWord(word: string, next?: string): number | undefined {
	const tens = CARDINALS.get(word);
	if (tens === undefined) return undefined;
	if (next !== undefined && tens >= 20 && tens % 10 === 0 && word !== 'dozen') {
		const unit = CARDINALS.get(next);
		if (unit !== undefined && unit > 0 && unit < 10) return tens + unit;
	}
	return tens;
}
