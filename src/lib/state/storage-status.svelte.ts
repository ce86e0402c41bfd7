import type { FactdeckDB, StorageStatus as DbStatus } from '$lib/db';

/**
 * What the app shell needs to know about storage, as runes state: whether another tab upgraded the
 * database (this tab must reload before it writes again) or our own upgrade is waiting for an old
 * tab to close.
 */
class StorageStatus {
	#needsReload = $state(false);
	#upgradeBlocked = $state(false);

	get needsReload(): boolean {
		return this.#needsReload;
	}

	get upgradeBlocked(): boolean {
		return this.#upgradeBlocked;
	}

	/** Follows `db`'s status from now on; returns the unsubscribe function. */
	watch(db: FactdeckDB): () => void {
		const apply = (status: DbStatus) => {
			this.#needsReload = status === 'needs-reload';
			this.#upgradeBlocked = status === 'upgrade-blocked';
		};
		apply(db.status);
		return db.onStatusChange(apply);
	}
}

export const storageStatus = new StorageStatus();
