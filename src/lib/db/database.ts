import { Dexie, type EntityTable, type DexieOptions } from 'dexie';
import { SCHEMA_VERSIONS, type Article, type Card, type Review, type Schedule } from './schema';
import type { SettingRow } from './schema';
import { UPGRADES } from './upgrades';

export const DB_NAME = 'factdeck';

export type StorageStatus = 'ok' | 'needs-reload' | 'upgrade-blocked';

/**
 * The app's only database. Tables are written exclusively by the named transaction functions in
 * this folder, each of which documents the consistency it guarantees.
 */
export class FactdeckDB extends Dexie {
	articles!: EntityTable<Article, 'id'>;
	cards!: EntityTable<Card, 'id'>;
	schedules!: EntityTable<Schedule, 'cardId'>;
	reviews!: EntityTable<Review, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;

	#status: StorageStatus = 'ok';
	#listeners = new Set<(status: StorageStatus) => void>();

	constructor(name = DB_NAME, options?: DexieOptions) {
		super(name, options);
		for (const [version, stores] of Object.entries(SCHEMA_VERSIONS)) {
			const declared = this.version(Number(version)).stores(stores);
			const upgrade = UPGRADES[Number(version)];
			if (upgrade) declared.upgrade(upgrade);
		}

		// Another tab opened a newer schema. Dexie's default closes and silently reopens on the next
		// query, which would then fail or, worse, write with old code. Returning false skips that
		// default: we close for good and let the UI ask for a reload.
		this.on('versionchange', () => {
			this.close({ disableAutoOpen: true });
			this.#setStatus('needs-reload');
			return false;
		});
		// We are the newer tab and an older one has not let go yet; the open resumes when it does.
		this.on('blocked', () => this.#setStatus('upgrade-blocked'));
		this.on(
			'ready',
			() => {
				if (this.#status === 'upgrade-blocked') this.#setStatus('ok');
			},
			true
		);
	}

	get status(): StorageStatus {
		return this.#status;
	}

	/** True once another tab upgraded the schema: this tab must not write and should reload. */
	get needsReload(): boolean {
		return this.#status === 'needs-reload';
	}

	/** Calls `listener` on every status change; returns the unsubscribe function. */
	onStatusChange(listener: (status: StorageStatus) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#setStatus(status: StorageStatus) {
		if (this.#status === status || this.#status === 'needs-reload') return;
		this.#status = status;
		for (const listener of this.#listeners) listener(status);
	}
}
