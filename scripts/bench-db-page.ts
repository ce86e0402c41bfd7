/**
 * The page side of `npm run bench:db`: bundled by `bench-db.ts` and run in Chromium, where
 * IndexedDB is the real one.
 */
import { FactdeckDB } from '$lib/db/database';
import { runDbBench, seedBenchData, type DbBenchResult } from '$lib/db/bench';

export interface BenchSize {
	cards: number;
	reviews: number;
	/** Epoch ms: the bench's "now", fixed so every run sees the same due cards. */
	now: number;
}

export interface PageBench {
	/** Seeds a fresh database `name`; returns the time it took in ms. */
	seed(name: string, size: BenchSize): Promise<number>;
	/** One `runDbBench` on the seeded database; it records answers, so each run sees fewer due. */
	run(name: string, now: number): Promise<DbBenchResult>;
	drop(name: string): Promise<void>;
}

const bench: PageBench = {
	async seed(name, size) {
		await FactdeckDB.delete(name);
		const db = new FactdeckDB(name);
		const start = performance.now();
		await seedBenchData(db, { ...size, now: new Date(size.now) });
		const ms = performance.now() - start;
		db.close();
		return ms;
	},
	async run(name, now) {
		// A new connection per run, as when the app is opened.
		const db = new FactdeckDB(name);
		try {
			return await runDbBench(db, new Date(now));
		} finally {
			db.close();
		}
	},
	async drop(name) {
		await FactdeckDB.delete(name);
	}
};
(globalThis as { factdeckBench?: PageBench }).factdeckBench = bench;
