import { LATEST_VERSION, readContents, type FactdeckDB } from '$lib/db';
import type { BackupFile } from './parse';
import { BACKUP_FORMAT, BACKUP_VERSION } from './schema';

/** The backup file of the whole database: a consistent snapshot (see `readContents`). */
export async function exportBackup(db: FactdeckDB, now = new Date()): Promise<BackupFile> {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		app: { name: 'Factdeck', schemaVersion: LATEST_VERSION },
		data: await readContents(db)
	};
}

/** `factdeck-backup-2026-03-10.json`, in the learner's local date. */
export function backupFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `factdeck-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
