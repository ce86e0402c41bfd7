import { restoreContents, type FactdeckDB, type ImportMode, type ImportSummary } from '$lib/db';
import { parseBackup, type BackupFile } from './parse';

export type { ImportMode, ImportSummary } from '$lib/db';

/**
 * Restores a backup that `parseBackup` accepted, all or nothing (see `restoreContents` for the
 * merge rules). Storage failures surface as `StorageError`.
 */
export function importBackup(
	db: FactdeckDB,
	backup: BackupFile,
	mode: ImportMode
): Promise<ImportSummary> {
	return restoreContents(db, backup.data, mode);
}

export type RestoreResult = { ok: true; summary: ImportSummary } | { ok: false; error: string };

/**
 * The restore button's whole job: parse, validate, import. A file that fails validation never
 * reaches the database. Storage failures still throw `StorageError`.
 */
export async function restoreBackup(
	db: FactdeckDB,
	text: string,
	mode: ImportMode
): Promise<RestoreResult> {
	const parsed = parseBackup(text);
	if (!parsed.ok) return parsed;
	return { ok: true, summary: await importBackup(db, parsed.backup, mode) };
}
