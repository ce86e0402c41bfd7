import { afterEach, describe, expect, it } from 'vitest';
import type { FactdeckDB } from './database';
import { DEFAULT_SETTINGS, getSettings, storedTheme, updateSettings } from './settings';
import { openTestDb } from './testing';

let db: FactdeckDB;
afterEach(() => db?.close());

describe('settings', () => {
	it('starts from the defaults', async () => {
		({ db } = openTestDb());
		expect(await getSettings(db)).toEqual({
			desiredRetention: 0.9,
			newPerDay: 20,
			quizLength: 10,
			theme: 'system',
			sampleSeeded: false,
			sampleDeleted: false
		});
		expect(DEFAULT_SETTINGS.newPerDay).toBe(20);
	});

	it('writes only the keys given, so two tabs changing different keys both win', async () => {
		const first = openTestDb('settings-tabs');
		db = first.db;
		const other = openTestDb('settings-tabs', first.indexedDB).db;
		await Promise.all([
			updateSettings(db, { newPerDay: 5 }),
			updateSettings(other, { theme: 'dark', quizLength: 20 })
		]);
		expect(await getSettings(db)).toMatchObject({ newPerDay: 5, theme: 'dark', quizLength: 20 });
		other.close();
	});

	it('rejects values the settings screen cannot produce', async () => {
		({ db } = openTestDb());
		expect(() => updateSettings(db, { desiredRetention: 1.5 })).toThrow(RangeError);
		expect(() => updateSettings(db, { newPerDay: -1 })).toThrow(RangeError);
		expect(() => updateSettings(db, { theme: 'blue' as never })).toThrow(RangeError);
		expect((await getSettings(db)).desiredRetention).toBe(0.9);
	});
});

describe('storedTheme', () => {
	it('is undefined until a theme is written, then the theme', async () => {
		({ db } = openTestDb());
		expect(await storedTheme(db)).toBeUndefined();
		await updateSettings(db, { theme: 'dark' });
		expect(await storedTheme(db)).toBe('dark');
	});
});
