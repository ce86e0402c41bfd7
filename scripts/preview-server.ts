/**
 * A private `vite preview` of the production build on a free port: for the e2e fixtures, the
 * bench's budget section and the Lighthouse run, so none of them collides with a server that
 * someone else on the machine started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface PreviewServer {
	/** Origin of a preview server of the production build that only its starter uses. */
	origin: string;
	/** Stops the server, so that only the service worker can answer afterwards. */
	stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`preview server at ${url} did not start within ${timeoutMs} ms`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
			return resolve();
		child.once('exit', () => resolve());
		// The server runs in its own process group (detached), so npx and vite stop together.
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			resolve();
		}
	});
}

/** Starts `vite preview` of the last build (run `npm run build` first) on a free port. */
export async function startPreview(): Promise<PreviewServer> {
	const port = await freePort();
	const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		detached: true,
		stdio: 'ignore'
	});
	const origin = `http://localhost:${port}`;
	try {
		await waitForHttp(origin, 30_000);
	} catch (error) {
		await stopProcess(child);
		throw error;
	}
	return { origin, stop: () => stopProcess(child) };
}
