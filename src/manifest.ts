import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest: what a phone needs to install Factdeck and open it from the home screen. */
export const manifest: Partial<ManifestOptions> = {
	id: '/',
	name: 'Factdeck',
	short_name: 'Factdeck',
	description:
		'Turn a news article into a study deck: quizzes and spaced-repetition flashcards from its facts, offline.',
	lang: 'en',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	theme_color: '#1f4e8c',
	background_color: '#ffffff',
	categories: ['education'],
	icons: [
		{ src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png', purpose: 'any' },
		{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	],
	shortcuts: [
		{
			name: 'Study due cards',
			short_name: 'Study',
			url: '/study',
			icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
		},
		{
			name: 'Add article',
			short_name: 'Add',
			url: '/add',
			icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
		}
	],
	share_target: {
		action: '/add',
		method: 'GET',
		params: { title: 'title', text: 'text', url: 'url' }
	}
};
