/**
 * The app's one reading of the clock. Everything below state (engine, srs, db) takes `now` as a
 * parameter, so tests pin time; the UI asks here when an action happens.
 */
export function now(): Date {
	return new Date();
}
