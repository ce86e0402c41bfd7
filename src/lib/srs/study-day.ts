const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the learner's current study day began: the most recent `rolloverHour` o'clock local time
 * at or before `now`. Like Anki's "next day starts at" (default 4 am), so reviewing past
 * midnight still counts toward the evening's session and new-card limits don't reset at 00:00.
 */
export function startOfStudyDay(now: Date, rolloverHour = 4): number {
	const start = new Date(now.getTime());
	start.setHours(rolloverHour, 0, 0, 0);
	if (start.getTime() > now.getTime()) start.setDate(start.getDate() - 1);
	return start.getTime();
}

/** The next rollover after `now`; handy for "come back tomorrow" messages. */
export function startOfNextStudyDay(now: Date, rolloverHour = 4): number {
	const start = new Date(startOfStudyDay(now, rolloverHour));
	start.setDate(start.getDate() + 1);
	// setDate keeps the wall-clock hour across DST changes; fall back to +24h if it could not.
	return start.getTime() > now.getTime() ? start.getTime() : now.getTime() + DAY_MS;
}
