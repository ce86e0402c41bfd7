import { ensureSampleDeck } from '$lib/db';
import { getDb } from './db-instance';

/**
 * First launch: the sample article becomes a deck. The generator and the article text load only
 * when the deck is actually seeded, never on later launches.
 */
export function seedSampleDeck(): Promise<'seeded' | 'skipped'> {
	return ensureSampleDeck(
		getDb(),
		async () => (await import('$lib/sample')).buildSampleDeck(),
		new Date()
	);
}
