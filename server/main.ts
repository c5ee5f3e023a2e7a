// The reference server: `npm start` (builds the browser bundles and this server, then runs it) or
// `tsx server/main.ts` from source.
//   PORT               listen port (8787; 0 for any free one, printed on start: set PUBLIC_URL then)
//   SALON_DATA_DIR     SQLite file and email outbox (.salon)
//   DATABASE_URL       postgres://… to use PostgreSQL instead of SQLite
//   SALON_ADMIN_TOKEN  the demo site's admin token (otherwise generated and printed once)
//   SALON_SECRET       signs swap attribution tokens (otherwise generated and kept in the data dir)
//   SMTP_URL           smtp://… to send email; otherwise it is written to <data dir>/outbox
//   PUBLIC_URL         the server's public base URL, for links in emails (http://localhost:PORT)
//   TRUST_PROXY=1      take the client address from X-Forwarded-For (behind a load balancer)
//   SALON_RATE_LIMIT=off  no rate limits (benchmarks)
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createApp } from './app.js';
import { openDatabase } from './db/open.js';
import { pruneIdempotency } from './http/idempotency.js';
import { MemoryRateLimiter } from './http/rate-limit.js';
import { createMailer } from './mail/mailer.js';
import { root } from './paths.js';
import { seedDemo } from './seed.js';
import { SiteCache } from './sites.js';

const env = process.env;
const port = Number(env.PORT ?? 8787);
const dataDir = resolve(env.SALON_DATA_DIR ?? '.salon');
const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');

/** A secret that survives restarts: from the environment, else made once and kept beside the data. */
function secret(): string {
  if (env.SALON_SECRET) return env.SALON_SECRET;
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const made = randomBytes(32).toString('base64url');
  writeFileSync(file, made, { mode: 0o600 });
  return made;
}

const postgres = env.DATABASE_URL?.startsWith('postgres') ?? false;
const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
const seeded = await seedDemo(db, { adminToken: env.SALON_ADMIN_TOKEN });
if (seeded.generatedToken) {
  console.log(`Seeded the demo site "demo". Its admin token (shown once): ${seeded.generatedToken}`);
}

const api = createApp({
  db,
  mailer: createMailer({ smtpUrl: env.SMTP_URL, outboxDir: join(dataDir, 'outbox'), from: env.MAIL_FROM ?? 'Salon <salon@localhost>' }),
  sites: new SiteCache(db),
  publicUrl,
  secret: secret(),
  limiter: env.SALON_RATE_LIMIT === 'off' ? undefined : new MemoryRateLimiter(),
  trustProxy: env.TRUST_PROXY === '1',
  postgres,
  minFillMs: 1000,
  allowPrivateFeeds: env.SALON_ALLOW_PRIVATE_FEEDS === '1',
});

// The demo pages and the CDN build beside the API, so the demo uses the script an author pastes.
api.use('/cdn/*', serveStatic({ root: relative(process.cwd(), join(root, 'dist')) }));
api.use('/demo/*', serveStatic({ root: relative(process.cwd(), join(root, 'dist')) }));
api.use('/*', serveStatic({ root: relative(process.cwd(), join(root, 'demo')) }));

const server = serve({ fetch: api.fetch, port }, (info) => {
  console.log(`Salon: http://localhost:${info.port}/ (API under /v1/, ${postgres ? 'PostgreSQL' : `SQLite in ${dataDir}`})`);
});

const pruning = setInterval(() => void pruneIdempotency(db).catch(console.error), 3600_000);
pruning.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void db.destroy().finally(() => process.exit(0));
  });
}

