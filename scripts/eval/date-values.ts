/**
 * Whether two date values name the same time. MEANTIME writes TimeML (2017-W28, 2010-SU,
 * PRESENT_REF); GUM writes intervals (2017-07-10/2017-07-16, 2010-06/2010-09). Both are read
 * as a span of days, so "the same week" counts once however it is written.
 */

interface DayRange {
	from: number;
	to: number;
	/** No year: "--10" is October of any year. */
	yearless: boolean;
}

const SEASONS: Record<string, [number, number]> = {
	SP: [3, 6],
	SU: [6, 9],
	FA: [9, 12],
	WI: [12, 3]
};

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;
const lastDay = (y: number, m: number): number => day(y, m + 1, 1) - 1;

/** One end of a value as a range of days, or undefined when it is not a calendar value. */
function rangeOf(value: string): DayRange | undefined {
	let m = /^(-?\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
	if (m) {
		const d = day(+m[1]!, +m[2]!, +m[3]!);
		return { from: d, to: d, yearless: false };
	}
	m = /^(-?\d{4})-(\d{2})$/.exec(value);
	if (m) return { from: day(+m[1]!, +m[2]!, 1), to: lastDay(+m[1]!, +m[2]!), yearless: false };
	m = /^(-?\d{4})-W(\d{2})$/.exec(value);
	if (m) {
		// ISO week: the week with the year's first Thursday is week 1.
		const jan4 = day(+m[1]!, 1, 4);
		const monday = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7);
		const from = monday + (+m[2]! - 1) * 7;
		return { from, to: from + 6, yearless: false };
	}
	m = /^(-?\d{4})-(SP|SU|FA|WI)$/.exec(value);
	if (m) {
		const [a, b] = SEASONS[m[2]!]!;
		const y = +m[1]!;
		return { from: day(y, a, 1), to: lastDay(b < a ? y + 1 : y, b), yearless: false };
	}
	m = /^(-?\d+)$/.exec(value);
	if (m) {
		// 2017 a year, 199 a decade, 19 a century (the 1900s), as in TimeML and GUM.
		const digits = m[1]!.replace('-', '');
		const scale = 10 ** (4 - digits.length);
		if (digits.length > 4) {
			const y = +m[1]!;
			return { from: day(y, 1, 1), to: day(y, 12, 31), yearless: false };
		}
		const y = +m[1]! * scale;
		return { from: day(y, 1, 1), to: day(y + scale - 1, 12, 31), yearless: false };
	}
	m = /^--(\d{2})(?:-(\d{2}))?$/.exec(value);
	if (m) {
		// Yearless: placed in a leap year so 29 February exists.
		const mm = +m[1]!;
		if (m[2]) return { from: day(2000, mm, +m[2]), to: day(2000, mm, +m[2]), yearless: true };
		return { from: day(2000, mm, 1), to: lastDay(2000, mm), yearless: true };
	}
	m = /^--(SP|SU|FA|WI)$/.exec(value);
	if (m) {
		const [a, b] = SEASONS[m[1]!]!;
		return { from: day(2000, a, 1), to: lastDay(b < a ? 2001 : 2000, b), yearless: true };
	}
	return undefined;
}

/** A value (or "a/b" interval) as one range of days. */
function span(value: string): DayRange | undefined {
	const [a, b] = value.split('/');
	const left = a === undefined ? undefined : rangeOf(a);
	if (b === undefined) return left;
	const right = rangeOf(b);
	if (!left || !right) return undefined;
	return { from: left.from, to: right.to, yearless: left.yearless };
}

export function sameDateValue(predicted: string | undefined, gold: string | undefined): boolean {
	if (predicted === gold) return true;
	if (predicted === undefined || gold === undefined) return false;
	const p = span(predicted);
	const g = span(gold);
	if (!p || !g) return false;
	if (p.yearless !== g.yearless) {
		// "--10" in gold, "2015-10" predicted: the month is right, and a year only adds to it.
		const shift = (r: DayRange): [number, number] => {
			const d = new Date(r.from * 86_400_000);
			const e = new Date(r.to * 86_400_000);
			return [d.getUTCMonth() * 32 + d.getUTCDate(), e.getUTCMonth() * 32 + e.getUTCDate()];
		};
		const [pf, pt] = shift(p);
		const [gf, gt] = shift(g);
		return pf === gf && pt === gt;
	}
	return p.from === g.from && p.to === g.to;
}
