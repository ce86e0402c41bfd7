import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every static route is prerendered; deck pages (/decks/<id>/…) are served by the
		// app-shell fallback, which the service worker also precaches so deep links work offline.
		adapter: adapter({ fallback: '200.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		csp: {
			// Hash mode: prerendered pages cannot carry a per-request nonce.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes inline style attributes for transitions; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		},
		version: { pollInterval: 0 }
	}
};

export default config;
