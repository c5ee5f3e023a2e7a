// The real reference server for end-to-end browser tests: started as a child process (SQLite in
// a temp folder, a known admin token, no rate limits) when the test runner starts, on port 8789.
// Tests can stop and restart it — the same data — to play "the backend is down":
//   POST /__reference-server/stop   POST /__reference-server/start   (on the test runner's own server)
// The demo's pages and files (/examples/, /cdn/, /demo/vendor/) are passed through from it
// untouched, so a test can open them in a same-origin frame exactly as `npm start` serves them.
// So is the API under /v1/ (cookies included), with the server's PUBLIC_URL set to the test
// runner's own origin: the console's screens, imported from source into a test page, talk to the
// real server as the console does on its own origin. The links the server "emails" are kept:
//   GET /__reference-server/link?to=<email>   the last link sent to that address (404 if none)
//   GET /__reference-server/from?origin=<origin>&path=<path>   the status of a GET of <path> sent
//       with that Origin, as from a page on another website (a browser test cannot set Origin)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REFERENCE_PORT = 8789;
/** The test runner's own port (web-test-runner.config.mjs), the reference server's public URL. */
export const RUNNER_PORT = 8000;
export const REFERENCE_TOKEN = 'e2e-admin-token';
const DEMO_PATHS = /^\/(examples|cdn|demo\/vendor)\//;

export function referenceServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'salon-e2e-'));
  let child;
  /** email → the last link the server logged for it. */
  const links = new Map();
  let log = '';

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
          PUBLIC_URL: `http://localhost:${RUNNER_PORT}`,
          SALON_ALLOW_PRIVATE_FEEDS: '1',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (chunk) => {
        log += chunk;
        // "Email to <address> written to <file>\n  link: <url>"
        for (const [, to, link] of log.matchAll(/Email to (\S+) written to \S+\n\s+link: (\S+)/g)) links.set(to, link);
        log = log.slice(-4000);
        if (String(chunk).includes('Salon: http')) resolve();
      });
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
      if (ctx.path.startsWith('/v1/')) return proxyApi(ctx);
      if (ctx.path === '/__reference-server/from') {
        const response = await fetch(`http://127.0.0.1:${REFERENCE_PORT}${ctx.query.path}`, { headers: { origin: String(ctx.query.origin) } });
        ctx.body = { status: response.status, body: await response.json().catch(() => null) };
        return;
      }
      if (ctx.path === '/__reference-server/link') {
        const link = links.get(String(ctx.query.to).toLowerCase());
        ctx.status = link ? 200 : 404;
        ctx.body = link ?? '';
        return;
      }
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

/** Passes an API request to the reference server and its answer back, headers and cookies included. */
async function proxyApi(ctx) {
  const headers = Object.fromEntries(Object.entries(ctx.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)));
  const body = ['GET', 'HEAD'].includes(ctx.method)
    ? undefined
    : await new Promise((resolve) => {
        const chunks = [];
        ctx.req.on('data', (chunk) => chunks.push(chunk));
        ctx.req.on('end', () => resolve(Buffer.concat(chunks)));
      });
  const response = await fetch(`http://127.0.0.1:${REFERENCE_PORT}${ctx.url}`, { method: ctx.method, headers, body, redirect: 'manual' });
  ctx.status = response.status;
  for (const [name, value] of response.headers) {
    if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'set-cookie'].includes(name)) ctx.set(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) ctx.set('set-cookie', cookies);
  ctx.body = Buffer.from(await response.arrayBuffer());
}
