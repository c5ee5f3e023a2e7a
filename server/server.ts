// Starting and stopping the reference server (main.ts and the `salon-server start` command run
// it). Every environment variable is read in config.ts and listed in the README.
import { serve } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { type Config, ConfigError, readConfig } from './config.js';
import { type Db, openDatabase } from './db/open.js';
import type { Env } from './deps.js';
import { pruneIdempotency } from './http/idempotency.js';
import { rateLimiter } from './http/rate-limit.js';
import { createMailer } from './mail/mailer.js';
import { MailQueue } from './mail/queue.js';
import { root } from './paths.js';
import { seedDemo } from './seed.js';
import { SiteCache } from './sites/cache.js';
import { startSweeping } from './waitlists.js';

/**
 * The signing secret: SALON_SECRET, else one kept in the database, so every instance on it signs
 * and checks alike and it survives restarts. The first instance to ask stores it (the others'
 * inserts do nothing), and each reads back the one stored; a secret an earlier version kept in
 * the data folder is the one stored, so tokens already given out stay good.
 */
async function secret(config: Config, db: Db): Promise<string> {
  if (config.secret) return config.secret;
  const file = join(config.dataDir, 'secret');
  const candidate = existsSync(file) ? readFileSync(file, 'utf8').trim() : randomBytes(32).toString('base64url');
  await db
    .insertInto('server_settings')
    .values({ key: 'secret', value: candidate })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await db.selectFrom('server_settings').select('value').where('key', '=', 'secret').executeTakeFirstOrThrow();
  return stored.value;
}

/** Starts the server; resolves once it listens, with a way to stop it. */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<{ url: string; close(): Promise<void> }> {
  const { config, notes } = readConfig(env);
  for (const note of notes) console.warn(`Note: ${note}`);
  const postgres = config.databaseUrl !== undefined;
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (config.demo) {
    const seeded = await seedDemo(db, { adminToken: config.adminToken });
    if (seeded.generatedToken) {
      console.log(`Seeded the demo site "demo". Its admin token (shown once): ${seeded.generatedToken}`);
    }
  }

  const signing = await secret(config, db);

  // Listen first: with PORT=0 the public URL (links in emails, the console's address) is only
  // known once a port is bound. Requests in that instant are asked to retry.
  let app: Hono<Env> | undefined;
  const server = serve({ fetch: (request, bindings) => app?.fetch(request, bindings) ?? new Response('Starting', { status: 503 }), port: config.port });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('listening', () => resolve((server.address() as { port: number }).port));
    server.once('error', reject);
  });
  const publicUrl = config.publicUrl ?? `http://localhost:${port}`;
  const mailer = new MailQueue(db, createMailer({ smtpUrl: config.smtpUrl, outboxDir: join(config.dataDir, 'outbox'), from: config.mailFrom }), {
    postgres,
  }).start();
  app = createApp({
    db,
    mailer,
    sites: new SiteCache(db),
    publicUrl,
    secret: signing,
    // Counted together through PostgreSQL by every instance; in memory on SQLite (one instance).
    limiter: config.rateLimit ? rateLimiter(db, postgres) : undefined,
    trustProxy: config.trustProxy,
    postgres,
    minFillMs: 1000,
    allowPrivateFeeds: config.allowPrivateFeeds,
    newSites: config.newSites,
    // The CDN build, the console and the demo pages beside the API.
    files: root,
  });

  const pruning = setInterval(() => void pruneIdempotency(db).catch(console.error), 3600_000);
  pruning.unref();
  // Seats whose holds ran out go to the waitlists (see waitlists.ts).
  const sweeping = startSweeping({ db, mailer, publicUrl, postgres });

  // One write, so whoever waits for the first line has the rest too.
  console.log(
    [
      `Salon: http://localhost:${port}/ (API under /v1/, ${postgres ? 'PostgreSQL' : `SQLite in ${config.dataDir}`})`,
      `  Console:  ${publicUrl}/console/   sign in with your email; ${config.smtpUrl ? 'links are emailed' : 'the link is printed here and written to the outbox folder'}`,
      `  Builder:  ${publicUrl}/builder/`,
      ...(config.demo ? [`  Demo:     ${publicUrl}/   (the demo author's site; SALON_DEMO=off leaves it out)`] : []),
      `  New sites: ${describeNewSites[config.newSites]} (SALON_NEW_SITES)`,
    ].join('\n'),
  );
  return {
    url: publicUrl,
    async close() {
      clearInterval(pruning);
      sweeping();
      await new Promise((resolve) => server.close(resolve));
      await mailer.stop();
      await db.destroy();
    },
  };
}

const describeNewSites = {
  open: 'anyone who signs in may create a site',
  invite: 'only emails invited with `salon-server invite` may create sites',
  closed: 'only the operator creates sites (`salon-server create-site`)',
};

/** Runs until SIGINT or SIGTERM; a configuration problem is said plainly and exits with 1. */
export async function main(): Promise<void> {
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void running.close().finally(() => process.exit(0)));
  }
}
