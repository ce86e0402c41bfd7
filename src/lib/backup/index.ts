export { exportBackup, backupFileName } from './export';
export {
	parseBackup,
	serializeBackup,
	checkReferences,
	type BackupFile,
	type ParseResult
} from './parse';
export {
	importBackup,
	restoreBackup,
	type ImportMode,
	type ImportSummary,
	type RestoreResult
} from './import';
export { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema } from './schema';
