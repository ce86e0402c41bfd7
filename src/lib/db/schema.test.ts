/**
 * Schema guard. IndexedDB cannot drop or rename an index in place: that needs a new
 * `db.version(n)` with an `.upgrade()`, or existing users' data stops matching the code. This
 * test compares the declared versions and the live Dexie schema with `schema.snapshot.json`.
 * After *adding* a table, index or version, refresh the snapshot:
 *   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run src/lib/db
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS, LATEST_VERSION } from './schema';
import { openTestDb } from './testing';
import { UPGRADES } from './upgrades';

type Stores = Record<string, string>;
interface TableShape {
	primKey: string;
	indexes: string[];
}
interface Snapshot {
	versions: Record<string, Stores>;
	live: Record<string, TableShape>;
}

const SNAPSHOT_URL = new URL('./schema.snapshot.json', import.meta.url);
const UPDATE = process.env.UPDATE_SCHEMA_SNAPSHOT === '1';
const HOW = 'If you only added something, run: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run src/lib/db';

/** Table → primary key and index sources, as Dexie parses a stores() spec. */
function shapeOf(stores: Stores): Record<string, TableShape> {
	const probe = new Dexie('schema-probe');
	probe.version(1).stores(stores);
	return Object.fromEntries(
		probe.tables.map((t) => [
			t.name,
			{ primKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src) }
		])
	);
}

/** What `to` lost compared to `from`: tables, primary keys and indexes that are gone. */
function removals(from: Record<string, TableShape>, to: Record<string, TableShape>): string[] {
	const lost: string[] = [];
	for (const [table, shape] of Object.entries(from)) {
		const next = to[table];
		if (!next) lost.push(`table ${table}`);
		else {
			if (next.primKey !== shape.primKey) lost.push(`${table} primary key ${shape.primKey}`);
			for (const index of shape.indexes)
				if (!next.indexes.includes(index)) lost.push(`${table}.${index}`);
		}
	}
	return lost;
}

function liveShape(): Record<string, TableShape> {
	const { db } = openTestDb('schema-live');
	return Object.fromEntries(
		db.tables.map((t) => [
			t.name,
			{ primKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src) }
		])
	);
}

const current: Snapshot = {
	versions: Object.fromEntries(Object.entries(SCHEMA_VERSIONS).map(([v, s]) => [v, { ...s }])),
	live: liveShape()
};

describe('schema snapshot', () => {
	const saved = JSON.parse(readFileSync(SNAPSHOT_URL, 'utf8')) as Partial<Snapshot>;

	it('never removes or renames a table or index without a new version and upgrade', () => {
		const versions = Object.keys(SCHEMA_VERSIONS).map(Number);
		for (const version of versions.filter((v) => v > 1)) {
			const lost = removals(
				shapeOf(SCHEMA_VERSIONS[version - 1] ?? {}),
				shapeOf(SCHEMA_VERSIONS[version] ?? {})
			);
			if (lost.length) {
				expect(
					UPGRADES[version],
					`v${version} drops ${lost.join(', ')}: it needs an upgrade in upgrades.ts`
				).toBeTypeOf('function');
			}
		}
	});

	it('leaves shipped versions exactly as they were', () => {
		for (const [version, stores] of Object.entries(saved.versions ?? {})) {
			const lost = removals(shapeOf(stores), shapeOf(SCHEMA_VERSIONS[Number(version)] ?? {}));
			expect(
				lost,
				`v${version} lost ${lost.join(', ')}. Don't edit a shipped version: add db.version(${LATEST_VERSION + 1}) with an upgrade.`
			).toEqual([]);
		}
		const lostLive = removals(saved.live ?? {}, current.live);
		expect(lostLive, `The live schema lost ${lostLive.join(', ')} without a new version.`).toEqual(
			[]
		);
	});

	it('matches the committed snapshot', () => {
		if (UPDATE) writeFileSync(SNAPSHOT_URL, JSON.stringify(current, null, '\t') + '\n');
		const fresh = UPDATE ? (JSON.parse(readFileSync(SNAPSHOT_URL, 'utf8')) as Snapshot) : saved;
		expect(fresh, `schema.snapshot.json is out of date. ${HOW}`).toEqual(current);
	});
});
