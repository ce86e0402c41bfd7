export type StorageErrorKind = 'quota' | 'version' | 'closed' | 'unknown';

const MESSAGES: Record<StorageErrorKind, string> = {
	quota:
		'Your device is out of storage space, so this was not saved. Free up some space (or delete a deck) and try again.',
	version:
		'Factdeck was updated in another tab. Reload this page to keep studying; nothing you saved is lost.',
	closed:
		'Factdeck lost its connection to storage (this can happen after the app was in the background). Reload the page and try again.',
	unknown: 'Factdeck could not read or write its storage. Reload the page and try again.'
};

/**
 * A storage failure the learner can see and act on. `message` is written for them; the original
 * error stays in `cause` for the console.
 */
export class StorageError extends Error {
	override readonly name = 'StorageError';
	readonly kind: StorageErrorKind;

	constructor(kind: StorageErrorKind, cause?: unknown) {
		super(MESSAGES[kind], { cause });
		this.kind = kind;
	}
}

/** The card was deleted (or its deck regenerated) in another tab while it was on screen. */
export class MissingCardError extends Error {
	override readonly name = 'MissingCardError';
	readonly cardId: string;

	constructor(cardId: string) {
		super('This card no longer exists; it was probably deleted in another tab.');
		this.cardId = cardId;
	}
}

/** Names IndexedDB, Dexie and the browsers use for failures of the storage itself. */
const STORAGE_ERROR_NAMES = new Set([
	'QuotaExceededError',
	'AbortError',
	'DatabaseClosedError',
	'InvalidStateError',
	'VersionChangeError',
	'VersionError',
	'UnknownError',
	'OpenFailedError',
	'TimeoutError',
	'MissingAPIError',
	'InternalError'
]);

/**
 * The error and what it wraps. Dexie puts the browser's error in `.inner` (an AbortError whose
 * inner is the QuotaExceededError that caused the abort); standard code uses `.cause`.
 */
function chain(error: unknown): { name: string; message: string }[] {
	const links: { name: string; message: string }[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
		const { name, message } = current as { name?: unknown; message?: unknown };
		links.push({ name: String(name ?? ''), message: String(message ?? '') });
		const next = current as { inner?: unknown; cause?: unknown };
		current = next.inner ?? next.cause;
	}
	return links;
}

/**
 * Which storage failure `error` is, or null when it is not a storage failure at all (a bug in our
 * code, which should keep its stack and surface as is).
 * `needsReload`: the database was closed because another tab upgraded it, so "closed" means
 * "version".
 */
export function classifyStorageError(error: unknown, needsReload = false): StorageErrorKind | null {
	if (error instanceof StorageError) return error.kind;
	const links = chain(error);
	if (!links.some((link) => STORAGE_ERROR_NAMES.has(link.name))) return null;
	const has = (name: string) => links.some((link) => link.name === name);
	if (has('QuotaExceededError')) return 'quota';
	if (needsReload || has('VersionChangeError') || has('VersionError')) return 'version';
	// Safari after backgrounding: "Connection to Indexed Database server lost".
	const lost = links.some((link) => /connection.*(lost|closed)/i.test(link.message));
	if (has('DatabaseClosedError') || has('InvalidStateError') || lost) return 'closed';
	return 'unknown';
}

export function toStorageError(error: unknown, needsReload = false): unknown {
	if (error instanceof StorageError) return error;
	const kind = classifyStorageError(error, needsReload);
	return kind ? new StorageError(kind, error) : error;
}
