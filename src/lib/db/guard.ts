import type { FactdeckDB } from './database';
import { StorageError, classifyStorageError, toStorageError } from './errors';

/**
 * Runs a storage task (one whole transaction) and turns storage failures into `StorageError`s.
 * - After another tab upgraded the schema nothing runs: this tab's code is older than the data.
 * - A lost connection (Safari drops IndexedDB connections of backgrounded pages; Dexie reports
 *   DatabaseClosedError or InvalidStateError) is retried once on a fresh connection. Retrying is
 *   safe because `task` is a single transaction: when it failed, none of it was committed.
 * Errors that are not storage failures (bugs, `MissingCardError`) pass through unchanged.
 */
export async function storageTask<T>(db: FactdeckDB, task: () => Promise<T>): Promise<T> {
	if (db.needsReload) throw new StorageError('version');
	try {
		return await task();
	} catch (error) {
		if (classifyStorageError(error, db.needsReload) !== 'closed') {
			throw toStorageError(error, db.needsReload);
		}
	}
	try {
		db.close({ disableAutoOpen: false });
		await db.open();
		return await task();
	} catch (error) {
		throw toStorageError(error, db.needsReload);
	}
}
