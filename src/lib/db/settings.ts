import type { FactdeckDB } from './database';
import { storageTask } from './guard';
import type { SettingRow, Settings, Theme } from './schema';

export const DEFAULT_SETTINGS: Readonly<Settings> = {
	desiredRetention: 0.9,
	newPerDay: 20,
	quizLength: 10,
	theme: 'system',
	sampleSeeded: false,
	sampleDeleted: false
};

/** Rejects values the settings screen can never produce; these are programming errors. */
function checkSetting(key: keyof Settings, value: unknown): void {
	const ok = {
		desiredRetention: () => typeof value === 'number' && value >= 0.7 && value <= 0.99,
		newPerDay: () => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 9999,
		quizLength: () => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 200,
		theme: () => value === 'system' || value === 'light' || value === 'dark',
		sampleSeeded: () => typeof value === 'boolean',
		sampleDeleted: () => typeof value === 'boolean'
	}[key];
	if (!ok?.()) throw new RangeError(`Invalid setting ${key}: ${JSON.stringify(value)}`);
}

export function settingsFromRows(rows: readonly SettingRow[]): Settings {
	const settings: Settings = { ...DEFAULT_SETTINGS };
	for (const row of rows) {
		if (row.key in DEFAULT_SETTINGS) Object.assign(settings, { [row.key]: row.value });
	}
	return settings;
}

/** All settings, defaults filled in for keys never written. */
export function getSettings(db: FactdeckDB): Promise<Settings> {
	return storageTask(db, async () => settingsFromRows(await db.settings.toArray()));
}

/** Writes the given keys only, so two tabs changing different settings don't undo each other. */
export function updateSettings(db: FactdeckDB, patch: Partial<Settings>): Promise<Settings> {
	const rows = Object.entries(patch).map(([key, value]) => {
		checkSetting(key as keyof Settings, value);
		return { key, value } as SettingRow;
	});
	return storageTask(db, () =>
		db.transaction('rw', db.settings, async () => {
			await db.settings.bulkPut(rows);
			return settingsFromRows(await db.settings.toArray());
		})
	);
}

/** For transactions that already include `settings`. */
export async function readSettingInTx<K extends keyof Settings>(
	db: FactdeckDB,
	key: K
): Promise<Settings[K]> {
	const row = await db.settings.get(key);
	return (row ? row.value : DEFAULT_SETTINGS[key]) as Settings[K];
}

/**
 * The theme row as stored, or undefined when none was ever written (the app then adopts the
 * choice it kept in localStorage, where the theme lives for the first paint).
 */
export function storedTheme(db: FactdeckDB): Promise<Theme | undefined> {
	return storageTask(db, async () => {
		const value = (await db.settings.get('theme'))?.value;
		return value === 'system' || value === 'light' || value === 'dark' ? value : undefined;
	});
}
