import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { manifest } from './src/manifest.ts';
import { sampleDeckPlugin } from './src/lib/sample/build-plugin.ts';

export default defineConfig({
	plugins: [
		sampleDeckPlugin(),
		sveltekit(),
		SvelteKitPWA({
			// 'prompt': a waiting worker never takes over by itself; the learner reloads from the banner.
			registerType: 'prompt',
			injectRegister: false,
			// Absolute, not Vite's relative base: the app shell (200.html) also serves deep links such
			// as /decks/<id>/read, where './sw.js' would mean /decks/<id>/sw.js (a 404), so a first
			// visit through a deep link never installed the offline worker.
			buildBase: '/',
			scope: '/',
			manifest,
			workbox: {
				// Everything the app can ever need offline: routes, lazily loaded chunks, workers, data.
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,txt,json,wasm}',
					'prerendered/**/*.html'
				],
				maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
				navigateFallbackDenylist: [/^\/_app\//],
				// The very first install takes control at once (nothing to disrupt yet); later versions
				// wait for the learner's Reload, because registerType is 'prompt' (no skipWaiting).
				clientsClaim: true
			},
			kit: { adapterFallback: '200.html', spa: true, includeVersionFile: true }
		})
	],
	worker: { format: 'es' },
	preview: { port: 4173, strictPort: true },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.{test,spec}.ts', 'scripts/**/*.{test,spec}.ts'],
					exclude: ['src/**/*.svelte.{test,spec}.ts'],
					environment: 'node'
				}
			},
			{
				// Runes state (`*.svelte.ts`) is tested as the browser runs it: compiled for the client
				// (the environment) against Svelte's browser runtime (the condition). Either alone
				// leaves `$effect` inert.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.{test,spec}.ts'],
					environment: './scripts/vitest-client-environment.ts'
				}
			}
		]
	}
});
