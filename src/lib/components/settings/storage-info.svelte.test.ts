import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageInfo } from './storage-info.svelte';

/** The browser's storage manager, faked at the boundary: persisted until `persist` is granted. */
function fakeStorage(grant: boolean, estimate = { usage: 1_400_000, quota: 2_000_000_000 }) {
	let persisted = false;
	const storage = {
		persisted: vi.fn(async () => persisted),
		persist: vi.fn(async () => (persisted = grant)),
		estimate: vi.fn(async () => estimate)
	};
	vi.stubGlobal('navigator', { storage });
	return storage;
}

afterEach(() => vi.unstubAllGlobals());

describe('StorageInfo', () => {
	it('reads whether storage is persistent and how much is used', async () => {
		fakeStorage(true);
		const info = new StorageInfo();
		expect(info.checked).toBe(false);
		await info.refresh();
		expect(info).toMatchObject({
			checked: true,
			persisted: false,
			estimate: { usageBytes: 1_400_000, quotaBytes: 2_000_000_000 }
		});
	});

	it('says what happened when the learner asks to keep the data', async () => {
		fakeStorage(true);
		const granted = new StorageInfo();
		await granted.keep();
		expect(granted.persisted).toBe(true);
		expect(granted.outcome).toMatch(/^Done/);

		fakeStorage(false);
		const refused = new StorageInfo();
		await refused.keep();
		expect(refused.persisted).toBe(false);
		expect(refused.outcome).toMatch(/^Your browser said no for now/);
	});

	it('copes with a browser that has no storage manager', async () => {
		vi.stubGlobal('navigator', {});
		const info = new StorageInfo();
		await info.refresh();
		expect(info).toMatchObject({ checked: true, persisted: null, estimate: null });
	});
});
