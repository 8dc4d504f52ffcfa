/**
 * Builds the app and serves the production build with `vite preview` on a free local port,
 * for the browser tests. The server's PID is vite's own (started with node directly).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

export default async function setup(project: TestProject) {
  const vite = 'node_modules/vite/bin/vite.js';
  // vitest sets NODE_ENV=test; the browser tests must run on the real production build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill('SIGTERM');
  };
}
