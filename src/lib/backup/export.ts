import { LATEST_VERSION, type FactdeckDB, storageTask } from '$lib/db';
import type { BackupFile } from './parse';
import { BACKUP_FORMAT, BACKUP_VERSION } from './schema';

/**
 * Reads every table inside one read transaction, so the backup is a consistent snapshot even if
 * another tab answers a card meanwhile.
 *
 * Why not dexie-export-import: its file mirrors Dexie's tables and internal schema (our format is
 * an app-level contract that outlives schema versions), it builds a Blob (awkward to validate
 * with valibot first), and its import writes in chunks over several transactions, which cannot
 * give "all or nothing". Plain `toArray()` reads of 50,000 reviews take well under a second.
 */
export function exportBackup(db: FactdeckDB, now = new Date()): Promise<BackupFile> {
	const tables = [db.articles, db.cards, db.schedules, db.reviews, db.settings];
	return storageTask(db, () =>
		db.transaction('r', tables, async () => {
			const [articles, cards, schedules, reviews, settings] = await Promise.all([
				db.articles.toArray(),
				db.cards.toArray(),
				db.schedules.toArray(),
				db.reviews.toArray(),
				db.settings.toArray()
			]);
			return {
				format: BACKUP_FORMAT,
				version: BACKUP_VERSION,
				exportedAt: now.toISOString(),
				app: { name: 'Factdeck', schemaVersion: LATEST_VERSION },
				data: { articles, cards, schedules, reviews, settings }
			};
		})
	);
}

/** `factdeck-backup-2026-03-10.json`, in the learner's local date. */
export function backupFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `factdeck-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
