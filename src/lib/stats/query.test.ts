import { describe, expect, it } from 'vitest';
import { cardIdFor } from '$lib/db';
import { openTestDb } from '$lib/db/testing';
import { fillSmall, fixedNow } from '$lib/backup/testing';
import { loadProgress } from './query';
import { progressStats } from './progress';

describe('loadProgress', () => {
	it('reads every deck, or one deck, with the kind of each card', async () => {
		const { db } = openTestDb();
		const { a, b } = await fillSmall(db);
		const now = new Date(fixedNow.getTime() + 60_000);

		const all = await loadProgress(db, now);
		expect(all.decks.map((d) => d.id).sort()).toEqual([a, b].sort());
		expect(all.schedules).toHaveLength(7);
		expect(all.reviews).toHaveLength(3);
		expect(all.kindOf.get(cardIdFor(a, 'q1'))).toBe('date');

		const one = await loadProgress(db, now, b);
		expect(one.decks).toHaveLength(2);
		expect(one.schedules).toHaveLength(3);
		expect(one.reviews).toHaveLength(1);
		expect([...one.kindOf.keys()].every((id) => id.startsWith(`${b}:`))).toBe(true);

		const stats = progressStats(one, now);
		expect(stats.counts).toMatchObject({ total: 3, new: 1, suspended: 1 });
		expect(stats.accuracy).toEqual([
			{ kind: 'person', label: 'people', answers: 1, correct: 1, rate: 1 }
		]);
		db.close();
	});

	it('leaves out answers older than the history window', async () => {
		const { db } = openTestDb();
		await fillSmall(db);
		const muchLater = new Date(fixedNow.getTime() + 500 * 86_400_000);
		expect((await loadProgress(db, muchLater)).reviews).toHaveLength(0);
		db.close();
	});
});
