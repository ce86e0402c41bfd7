// Makes a Chromium available for `npm test`, or says exactly how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const found = await findChromium();
if (found) {
	process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log(
		'No Chromium found: installing Debian’s chromium package (apt-get install -y chromium)…'
	);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (await findChromium()) process.exit(0);
}

console.error(`No Chromium found for the end-to-end tests. Install one, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
  any system:     npx playwright install chromium
or point CHROMIUM_PATH at a Chromium or Chrome executable.`);
process.exit(1);
