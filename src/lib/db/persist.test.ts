import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, storageEstimate } from './persist';

afterEach(() => vi.unstubAllGlobals());

// navigator.storage is the boundary here, so it is stubbed; Node has no StorageManager.
describe('persistent storage helpers', () => {
	it('report false / null where the API is missing', async () => {
		vi.stubGlobal('navigator', {});
		expect(await requestPersistentStorage()).toBe(false);
		expect(await storageEstimate()).toBeNull();
	});

	it('ask only when not yet persisted, and pass the estimate through', async () => {
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', {
			storage: {
				persisted: async () => false,
				persist,
				estimate: async () => ({ usage: 1024, quota: 4096 })
			}
		});
		expect(await requestPersistentStorage()).toBe(true);
		expect(persist).toHaveBeenCalledOnce();
		expect(await storageEstimate()).toEqual({ usageBytes: 1024, quotaBytes: 4096 });
	});

	it('treat a refusal that throws as "not persisted"', async () => {
		vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('no')) } });
		expect(await requestPersistentStorage()).toBe(false);
	});
});
