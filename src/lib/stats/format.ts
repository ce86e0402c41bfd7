const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'];

/** "1.4 MB": decimal units, like the browsers' own storage pages; at most one decimal. */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	if (unit === 0) return `${value} ${value === 1 ? 'byte' : 'bytes'}`;
	const digits = value < 10 ? 1 : 0;
	return `${value.toFixed(digits).replace(/\.0$/, '')} ${UNITS[unit]}`;
}

/** "87%" from 0.87; null (no data) reads as an en dash. */
export function formatPercent(rate: number | null): string {
	return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}
