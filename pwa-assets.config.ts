import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// `npm run icons` turns the one SVG source into every icon the manifest and the HTML head use.
export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		maskable: {
			...minimal2023Preset.maskable,
			padding: 0.25,
			resizeOptions: { background: '#1f4e8c' }
		},
		apple: { ...minimal2023Preset.apple, padding: 0.2, resizeOptions: { background: '#1f4e8c' } }
	},
	images: ['static/icon.svg']
});
