import { describe, expect, it } from 'vitest';
import { exportBackup, serializeBackup } from '$lib/backup';
import { contents, fillSmall, fixedNow } from '$lib/backup/testing';
import type { FactdeckDB } from '$lib/db';
import { failingWrites, openTestDb } from '$lib/db/testing';
import { BackupImport } from './backup-import.svelte';

const file = (text: string, name = 'backup.json') => new File([text], name);

async function twoDevices(fault?: Parameters<FactdeckDB['use']>[0]) {
	const mine = openTestDb('mine').db;
	// Middleware goes in before the database opens.
	if (fault) mine.use(fault);
	const other = openTestDb('other').db;
	await fillSmall(mine);
	await fillSmall(other);
	const backup = await exportBackup(other, fixedNow);
	backup.data.articles[0]!.title = 'From the other phone';
	return { mine, text: serializeBackup(backup) };
}

describe('BackupImport', () => {
	it('refuses a bad file with the reason and writes nothing', async () => {
		const { db } = openTestDb();
		await fillSmall(db);
		const before = await contents(db);
		const restore = new BackupImport(() => db);
		await restore.choose(file('{"format":"factdeck-backup"', 'half.json'));
		expect(restore.state).toEqual({
			step: 'failed',
			error:
				'“half.json” was not imported: This file is not valid JSON; it may be incomplete or damaged.'
		});
		await restore.confirm('replace');
		expect(await contents(db)).toEqual(before);
		db.close();
	});

	it('waits for a choice, then replaces', async () => {
		const { mine, text } = await twoDevices();
		const restore = new BackupImport(() => mine);
		await restore.choose(file(text));
		expect(restore.state).toMatchObject({ step: 'confirm', fileName: 'backup.json' });
		await restore.confirm('replace');
		expect(restore.state).toEqual({
			step: 'done',
			mode: 'replace',
			summary: { articles: 2, cards: 7, reviews: 3 }
		});
		expect((await contents(mine)).articles.map((a) => a.title)).toContain('From the other phone');
		mine.close();
	});

	it('cancel goes back to the start without writing', async () => {
		const { mine, text } = await twoDevices();
		const before = await contents(mine);
		const restore = new BackupImport(() => mine);
		await restore.choose(file(text));
		restore.cancel();
		expect(restore.state).toEqual({ step: 'idle' });
		expect(await contents(mine)).toEqual(before);
		mine.close();
	});

	it('reports running out of space in words, with the data unchanged', async () => {
		let full = false;
		const quota = () => new DOMException('full', 'QuotaExceededError');
		const { mine, text } = await twoDevices(failingWrites('reviews', quota, () => full));
		const before = await contents(mine);
		full = true;
		const restore = new BackupImport(() => mine);
		await restore.choose(file(text));
		await restore.confirm('replace');
		expect(restore.state).toMatchObject({ step: 'failed' });
		expect(restore.state.step === 'failed' && restore.state.error).toMatch(
			/^Nothing was imported\. Your device is out of storage space/
		);
		expect(await contents(mine)).toEqual(before);
		mine.close();
	});
});
