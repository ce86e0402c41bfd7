/**
 * Asks the browser not to evict our storage under pressure (Safari otherwise may clear an
 * unused PWA's data after weeks). Resolves false when refused or unsupported — not an error.
 */
export async function requestPersistentStorage(): Promise<boolean> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.persist) return false;
	try {
		if (storage.persisted && (await storage.persisted())) return true;
		return await storage.persist();
	} catch {
		return false;
	}
}

export interface StorageEstimate {
	usageBytes: number;
	quotaBytes: number;
}

/** Used and available bytes for this origin, or null when the browser won't tell. */
export async function storageEstimate(): Promise<StorageEstimate | null> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.estimate) return null;
	try {
		const { usage, quota } = await storage.estimate();
		if (usage === undefined || quota === undefined) return null;
		return { usageBytes: usage, quotaBytes: quota };
	} catch {
		return null;
	}
}
