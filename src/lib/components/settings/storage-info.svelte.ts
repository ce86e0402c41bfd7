import { requestPersistentStorage, storageEstimate, type StorageEstimate } from '$lib/db';

/**
 * What the browser says about keeping Factdeck's data, as runes state. Read on demand (browser
 * only): the storage API has no change events to follow.
 */
export class StorageInfo {
	#checked = $state(false);
	/** null when the browser has no storage API to ask. */
	#persisted = $state<boolean | null>(null);
	#estimate = $state.raw<StorageEstimate | null>(null);
	#outcome = $state('');
	#busy = $state(false);

	/** Whether `refresh` has finished once. */
	get checked(): boolean {
		return this.#checked;
	}

	get persisted(): boolean | null {
		return this.#persisted;
	}

	get estimate(): StorageEstimate | null {
		return this.#estimate;
	}

	/** What happened after the last "Keep my data", in the learner's words. */
	get outcome(): string {
		return this.#outcome;
	}

	get busy(): boolean {
		return this.#busy;
	}

	async refresh(): Promise<void> {
		const storage = globalThis.navigator?.storage;
		const [persisted, estimate] = await Promise.all([
			storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
			storageEstimate()
		]);
		this.#persisted = persisted;
		this.#estimate = estimate;
		this.#checked = true;
	}

	async keep(): Promise<void> {
		this.#busy = true;
		try {
			const granted = await requestPersistentStorage();
			this.#outcome = granted
				? 'Done: your browser will keep Factdeck’s data even when space runs low.'
				: 'Your browser said no for now. Browsers usually agree once Factdeck is installed or used often; exporting a backup keeps your data safe meanwhile.';
			await this.refresh();
		} finally {
			this.#busy = false;
		}
	}
}
