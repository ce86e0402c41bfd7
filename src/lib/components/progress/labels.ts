import type { ForecastDay, MonthRetention, ProgressStats } from '$lib/stats';
import type { Bar } from '$lib/components/charts/chart';

/**
 * Words and chart bars for the progress page, from the statistics. `locale` is a parameter so
 * tests pin it; the page passes undefined (the learner's own).
 */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function dayFormat(locale?: string) {
	const long = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
	const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
	const month = new Intl.DateTimeFormat(locale, { month: 'short' });
	const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
	return {
		long: (t: number) => long.format(t),
		short: (t: number) => short.format(t),
		month: (t: number) => month.format(t),
		monthYear: (t: number) => monthYear.format(t)
	};
}

export function forecastBars(forecast: readonly ForecastDay[], locale?: string): Bar[] {
	const format = dayFormat(locale);
	return forecast.map((day, i) => ({
		key: String(day.start),
		// A tick a week apart is as many as a phone-width axis can hold.
		tick: i === 0 ? 'Today' : i % 7 === 0 ? format.short(day.start) : '',
		label: i === 0 ? `Today (with overdue cards)` : format.long(day.start),
		value: day.due
	}));
}

export function forecastSummary(forecast: readonly ForecastDay[]): string {
	const total = forecast.reduce((sum, day) => sum + day.due, 0);
	const today = forecast[0]?.due ?? 0;
	const week = forecast.slice(0, 7).reduce((sum, day) => sum + day.due, 0);
	return `Due forecast: ${plural(today, 'card')} due today, ${week} in the next 7 days, ${total} in the next ${forecast.length} days.`;
}

export function retentionBars(months: readonly MonthRetention[], locale?: string): Bar[] {
	const format = dayFormat(locale);
	return months.map((month, i) => ({
		key: month.key,
		// Every other month, and always the current one, so twelve labels don't collide.
		tick: (months.length - 1 - i) % 2 === 0 ? format.month(month.start) : '',
		label: `${format.monthYear(month.start)} (${plural(month.answers, 'answer')})`,
		value: month.rate
	}));
}

export function retentionSummary(months: readonly MonthRetention[]): string {
	const measured = months.filter((m) => m.rate !== null);
	const last = measured.at(-1);
	if (!last || last.rate === null)
		return 'True retention per month: no answers to review cards yet.';
	const answers = measured.reduce((sum, m) => sum + m.answers, 0);
	const passed = measured.reduce((sum, m) => sum + m.passed, 0);
	return `True retention per month: ${Math.round((passed / answers) * 100)}% over ${plural(measured.length, 'month')}, ${Math.round(last.rate * 100)}% in the latest month with reviews.`;
}

export function calendarSummary(stats: ProgressStats): string {
	const { calendar } = stats;
	return `Review calendar for the last ${calendar.weeks} weeks: ${plural(calendar.reviews, 'answer')} on ${plural(calendar.daysStudied, 'day')}, at most ${calendar.busiest} in a day.`;
}

export function streakText({ streak }: ProgressStats): string {
	if (streak.current === 0) return 'No current streak';
	const days = plural(streak.current, 'day');
	return streak.studiedToday ? days : `${days} (study today to keep it)`;
}
