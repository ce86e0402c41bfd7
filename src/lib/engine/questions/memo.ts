/** A function of a string, remembered; `forget` empties the memory. */
export interface Memoized<T> {
	(key: string): T;
	forget(): void;
}

/**
 * `fn` remembered by its argument, forgetting everything once `limit` entries are held, so a
 * large article's strings are not kept forever. `fn` must be pure: what is remembered never
 * changes a result, only how fast it comes.
 */
export function memoized<T>(fn: (key: string) => T, limit: number): Memoized<T> {
	const memory = new Map<string, T>();
	const remembered = (key: string): T => {
		const known = memory.get(key);
		if (known !== undefined || memory.has(key)) return known as T;
		if (memory.size > limit) memory.clear();
		const value = fn(key);
		memory.set(key, value);
		return value;
	};
	return Object.assign(remembered, { forget: () => memory.clear() });
}
