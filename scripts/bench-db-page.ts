/**
 * The page side of `npm run bench:db`: bundled by `bench-db.ts` and run in Chromium, where
 * IndexedDB is the real one. Each run seeds its own database, so the answers `runDbBench` records
 * never leak into the next run.
 */
import { FactdeckDB } from '$lib/db/database';
import { runDbBench, seedBenchData, type BenchSize, type DbBenchResult } from '$lib/db/bench';

export interface BenchRun extends DbBenchResult {
	seedMs: number;
}

export interface PageBench {
	run(name: string, size: { cards: number; reviews: number; now: number }): Promise<BenchRun>;
}

async function run(name: string, size: { cards: number; reviews: number; now: number }) {
	await FactdeckDB.delete(name);
	const db = new FactdeckDB(name);
	const now = new Date(size.now);
	const benchSize: BenchSize = { ...size, now };
	const start = performance.now();
	await seedBenchData(db, benchSize);
	const seedMs = performance.now() - start;
	try {
		return { seedMs, ...(await runDbBench(db, now)) };
	} finally {
		db.close();
		await FactdeckDB.delete(name);
	}
}

const bench: PageBench = { run };
(globalThis as { factdeckBench?: PageBench }).factdeckBench = bench;
