// The real reference server for end-to-end browser tests: started as a child process (SQLite in
// a temp folder, a known admin token, no rate limits) when the test runner starts, on port 8789.
// Tests can stop and restart it — the same data — to play "the backend is down":
//   POST /__reference-server/stop   POST /__reference-server/start   (on the test runner's own server)
// The demo's pages and files (/examples/, /cdn/, /demo/vendor/) are passed through from it
// untouched, so a test can open them in a same-origin frame exactly as `npm start` serves them.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REFERENCE_PORT = 8789;
export const REFERENCE_TOKEN = 'e2e-admin-token';
const DEMO_PATHS = /^\/(examples|cdn|demo\/vendor)\//;

export function referenceServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'salon-e2e-'));
  let child;

  const start = () =>
    new Promise((resolve, reject) => {
      if (child) return resolve();
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: {
          ...process.env,
          PORT: String(REFERENCE_PORT),
          SALON_DATA_DIR: dataDir,
          SALON_ADMIN_TOKEN: REFERENCE_TOKEN,
          SALON_RATE_LIMIT: 'off',
          DATABASE_URL: '',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (chunk) => String(chunk).includes('Salon: http') && resolve());
      child.once('exit', (code) => {
        child = undefined;
        reject(new Error(`reference server exited with ${code}`));
      });
    });

  const stop = () =>
    new Promise((resolve) => {
      if (!child) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  return {
    plugin: {
      name: 'salon-reference-server',
      serverStart: start,
      async serverStop() {
        await stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    },
    middleware: async (ctx, next) => {
      if (ctx.method === 'GET' && DEMO_PATHS.test(ctx.path)) {
        const response = await fetch(`http://127.0.0.1:${REFERENCE_PORT}${ctx.url}`);
        ctx.status = response.status;
        ctx.type = response.headers.get('content-type') ?? '';
        ctx.body = Buffer.from(await response.arrayBuffer());
        return;
      }
      const action = /^\/__reference-server\/(start|stop)$/.exec(ctx.path)?.[1];
      if (!action || ctx.method !== 'POST') return next();
      await (action === 'start' ? start() : stop());
      ctx.status = 204;
    },
  };
}
