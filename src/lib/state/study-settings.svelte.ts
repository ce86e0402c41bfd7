import { DEFAULT_SETTINGS, getSettings, type Settings } from '$lib/db';
import { createScheduler, type Scheduler } from '$lib/srs';
import { getDb } from './db-instance';
import { LiveQuery } from './live-query.svelte';

/**
 * The learner's settings, live across tabs, with the FSRS scheduler they imply. Create it in a
 * component (it subscribes while read) — `new StudySettings()`.
 */
export class StudySettings {
	#query = new LiveQuery<Settings, Settings>(() => getSettings(getDb()), { ...DEFAULT_SETTINGS });
	#scheduler = $derived(
		createScheduler({ desiredRetention: this.current.desiredRetention, enableFuzz: true })
	);

	get current(): Settings {
		return this.#query.current;
	}

	/** True until the stored settings have been read; `current` is the default until then. */
	get loading(): boolean {
		return this.#query.loading;
	}

	get scheduler(): Scheduler {
		return this.#scheduler;
	}
}
