import { State, startOfStudyDay } from '$lib/srs';
import { ROLLOVER_HOUR, addStudyDays } from './days';
import type { ScheduleFacts } from './types';

export interface ForecastDay {
	/** When the study day starts (epoch ms). */
	start: number;
	/** Studied, unsuspended cards falling due that day; today includes everything overdue. */
	due: number;
}

/**
 * Reviews coming due over the next `days` study days, today first. New cards are left out: they
 * have no due date until their first answer (their `due` only orders them), and the daily limit
 * decides when they appear. Cards due after the last day are not counted.
 */
export function dueForecast(
	schedules: readonly ScheduleFacts[],
	now: Date,
	days = 30,
	rolloverHour = ROLLOVER_HOUR
): ForecastDay[] {
	const today = startOfStudyDay(now, rolloverHour);
	const starts = Array.from({ length: days + 1 }, (_, i) => addStudyDays(today, i));
	const forecast = starts.slice(0, days).map((start) => ({ start, due: 0 }));
	const end = starts[days] ?? today;
	for (const { state, due, suspended } of schedules) {
		if (suspended || state === State.New || due >= end) continue;
		// Days are not all 24 h long (daylight saving), so find the day by search, not division.
		let i = 0;
		while (i + 1 < days && due >= (starts[i + 1] ?? end)) i++;
		const day = forecast[i];
		if (day) day.due++;
	}
	return forecast;
}
