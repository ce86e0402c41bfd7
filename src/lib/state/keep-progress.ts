import { requestPersistentStorage } from '$lib/db';

let asked = false;

/**
 * Called when the learner has made progress worth keeping (a saved deck, an answer): asks the
 * browser, once per visit, not to evict Factdeck's storage. Settings shows the outcome.
 */
export function keepProgress(): void {
	if (asked) return;
	asked = true;
	void requestPersistentStorage();
}
