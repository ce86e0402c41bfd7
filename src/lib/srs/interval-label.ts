const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Anki's natural units: a "month" is 30 days and a "year" 365, so 63 days reads "2.1mo".
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** One decimal, without a trailing ".0" (Anki shows "1h", "1.5h", "2.1mo"). */
function oneDecimal(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/**
 * The short label Anki prints on an answer button for a wait of `ms` milliseconds: "<1m", "10m",
 * "1.5h", "3d", "2.1mo", "1.2y". Minutes and days are whole numbers, as in Anki, because a
 * learner cannot act on "3.4 days"; hours, months and years keep one decimal.
 */
export function intervalLabel(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${oneDecimal(ms / HOUR)}h`;
	if (ms < MONTH) return `${Math.round(ms / DAY)}d`;
	if (ms < YEAR) return `${oneDecimal(ms / MONTH)}mo`;
	return `${oneDecimal(ms / YEAR)}y`;
}
