import type { Environment } from 'vitest/environments';

/**
 * Node, with modules transformed by Vite's client pipeline rather than its `ssr` one (which
 * Vitest's own `node` environment uses): there, Svelte compiles `*.svelte.ts` for the server and
 * `$effect` never runs. No DOM globals: the runes tests need Svelte's runtime, not a document.
 */
export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
