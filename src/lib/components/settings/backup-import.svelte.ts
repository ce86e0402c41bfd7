import {
	importBackup,
	parseBackup,
	type BackupFile,
	type ImportMode,
	type ImportSummary
} from '$lib/backup';
import { StorageError, type FactdeckDB } from '$lib/db';

export type ImportStep =
	| { step: 'idle' }
	| { step: 'reading' }
	/** Parsed and valid: waiting for the learner to choose Merge or Replace. */
	| { step: 'confirm'; fileName: string; backup: BackupFile }
	| { step: 'importing'; mode: ImportMode }
	| { step: 'done'; mode: ImportMode; summary: ImportSummary }
	| { step: 'failed'; error: string };

/**
 * Restoring a backup file, one step at a time: read → validate → confirm → import. A file that
 * fails validation stops at 'failed' before anything is written; the import itself is one
 * transaction, so a failure there (e.g. out of space) also leaves the data as it was.
 */
export class BackupImport {
	#state = $state.raw<ImportStep>({ step: 'idle' });
	#db: () => FactdeckDB;

	/** `db` is called only when importing, so the class can be built during prerendering. */
	constructor(db: () => FactdeckDB) {
		this.#db = db;
	}

	get state(): ImportStep {
		return this.#state;
	}

	async choose(file: File): Promise<void> {
		this.#state = { step: 'reading' };
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#state = { step: 'failed', error: `“${file.name}” could not be read.` };
			return;
		}
		const parsed = parseBackup(text);
		this.#state = parsed.ok
			? { step: 'confirm', fileName: file.name, backup: parsed.backup }
			: { step: 'failed', error: `“${file.name}” was not imported: ${parsed.error}` };
	}

	cancel(): void {
		if (this.#state.step === 'confirm') this.#state = { step: 'idle' };
	}

	async confirm(mode: ImportMode): Promise<void> {
		if (this.#state.step !== 'confirm') return;
		const { backup } = this.#state;
		this.#state = { step: 'importing', mode };
		try {
			const summary = await importBackup(this.#db(), backup, mode);
			this.#state = { step: 'done', mode, summary };
		} catch (error) {
			// StorageError messages are written for the learner; anything else is a bug to log.
			if (!(error instanceof StorageError)) console.error(error);
			this.#state = {
				step: 'failed',
				error:
					error instanceof StorageError
						? `Nothing was imported. ${error.message}`
						: 'Nothing was imported: something went wrong while saving. Your data is unchanged.'
			};
		}
	}
}
