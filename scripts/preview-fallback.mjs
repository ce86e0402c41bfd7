// adapter-static writes the app-shell fallback (200.html) into build/ only, but `vite preview`
// serves SvelteKit's output folder. The service worker precaches /200.html for deep links, so
// preview must serve it too, or the worker's install fails.
import { copyFileSync, existsSync } from 'node:fs';

const from = 'build/200.html';
const to = '.svelte-kit/output/client/200.html';
if (!existsSync(from)) {
	console.error(`${from} is missing: run vite build first.`);
	process.exit(1);
}
copyFileSync(from, to);
