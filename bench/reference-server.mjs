// The reference server as `npm start` runs it (compiled, seeded), for benchmarks and screenshots:
// a child process with a throwaway data folder, on a port it picks itself. Run `npm run build &&
// npm run build:server` first.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts the server with extra environment; resolves to its URL and a `stop()` that also removes its data. */
export async function startReferenceServer(env = {}) {
  const main = join(root, 'dist/server-build/server/main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist/cdn/salon.iife.js'))) {
    throw new Error('Run `npm run build && npm run build:server` first.');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'salon-bench-'));
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, SALON_ADMIN_TOKEN: 'bench', ...env, PORT: '0', SALON_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // It names the port it bound when it starts.
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const started = /Salon: http:\/\/localhost:(\d+)\//.exec(out);
      if (started) resolve(started[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop() {
      child.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
