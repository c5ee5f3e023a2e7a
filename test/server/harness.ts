// Starts the real server (Hono on Node's HTTP server, on a loopback port) over a fresh database
// for each test file: SQLite in a temp folder, or a new PostgreSQL database when
// SALON_TEST_POSTGRES_URL is set (see test/server/run.mjs and .ci/run).
import { serve, type ServerType } from '@hono/node-server';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../../server/app.js';
import type { AppOptions } from '../../server/app.js';
import { openDatabase, type Db } from '../../server/db/open.js';
import { rateLimiter } from '../../server/http/rate-limit.js';
import type { Mail, Mailer } from '../../server/mail/mailer.js';
import { MailQueue } from '../../server/mail/queue.js';
import { seedDemo } from '../../server/seed.js';
import { SiteCache } from '../../server/sites/cache.js';

export const ADMIN_TOKEN = 'test-admin-token';
export const POSTGRES_URL = process.env.SALON_TEST_POSTGRES_URL;
export const DIALECT = POSTGRES_URL ? 'postgres' : 'sqlite';

export interface TestServer {
  url: string;
  db: Db;
  deps: AppOptions;
  /** Emails the server sent (through its queue), when no mailer was given. */
  mail: Mail[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  mailer?: Mailer;
  /** Rate limits are off unless asked for (then as the server has them: shared through PostgreSQL, in memory on SQLite). */
  rateLimits?: boolean;
  /** Proxies in front (TRUST_PROXY); none by default. */
  trustProxy?: number;
  minFillMs?: number;
  /** Who may create sites (SALON_NEW_SITES); open by default. */
  newSites?: AppOptions['newSites'];
  /** Serve the CDN build, the console and the demo pages from this root (see createApp). */
  files?: string;
  /** Reuse a database (e.g. after a restart); otherwise a fresh one is made. */
  database?: { url?: string; dataDir: string };
}

/** A fresh, empty database location: a temp folder, or a new PostgreSQL database. */
export async function freshDatabase(): Promise<{ url?: string; dataDir: string; drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'salon-test-'));
  if (!POSTGRES_URL) return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const name = `salon_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  const fresh = options.database ? undefined : await freshDatabase();
  const location = options.database ?? fresh!;
  const db = await openDatabase({ databaseUrl: location.url, dataDir: location.dataDir });
  await seedDemo(db, { adminToken: ADMIN_TOKEN });
  const mail: Mail[] = [];
  const deps: AppOptions = {
    db,
    mailer: new MailQueue(db, options.mailer ?? { send: async ({ id: _, ...message }) => void mail.push(message) }, { postgres: Boolean(location.url) }).start(),
    sites: new SiteCache(db),
    publicUrl: 'http://salon.test',
    secret: 'test-secret',
    limiter: options.rateLimits ? rateLimiter(db, Boolean(location.url)) : undefined,
    trustProxy: options.trustProxy ?? 0,
    postgres: Boolean(location.url),
    minFillMs: options.minFillMs ?? 1000,
    allowPrivateFeeds: true,
    newSites: options.newSites ?? 'open',
    files: options.files,
  };
  const app = createApp(deps);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    db,
    deps,
    mail,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await deps.mailer.stop();
      await db.destroy();
      await fresh?.drop();
    },
  };
}

/** fetch + JSON, for brevity in tests. */
export async function call(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(server.url + path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  // Mail is queued and sent by a worker: what an answer queued has gone out before the test looks.
  await server.deps.mailer.idle();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (an .ics file, a confirmation page): the text itself.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/**
 * Signs an author in as they would: asks for a link, takes it from the email, follows it.
 * Returns the session cookie and the headers a console request sends (cookie and its own origin).
 */
export async function signIn(server: TestServer, email: string): Promise<{ cookie: string; headers: Record<string, string> }> {
  const before = server.mail.length;
  const asked = await call(server, 'POST', '/v1/auth/sign-in/magic-link', { email }, { origin: 'http://salon.test' });
  if (asked.status !== 200) throw new Error(`sign-in link refused: ${asked.status} ${JSON.stringify(asked.body)}`);
  const mail = server.mail.slice(before).find((m) => m.to === email.toLowerCase());
  if (!mail?.link) throw new Error(`no sign-in email for ${email}`);
  const token = new URL(mail.link).searchParams.get('sign-in')!;
  const verified = await fetch(`${server.url}/v1/auth/magic-link/verify?token=${encodeURIComponent(token)}`, { redirect: 'manual' });
  if (verified.status !== 200) throw new Error(`sign-in link did not work: ${verified.status}`);
  const cookie = verified.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, headers: { cookie, origin: server.url } };
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Stops it (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * The real server as a process (`server/main.ts`), as an operator runs it, on a port it picks
 * itself (a probed "free" port can be taken before it binds). Rejects with its output if it exits.
 */
export async function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', SALON_RATE_LIMIT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const started = /Salon: http:\/\/localhost:(\d+)\//.exec(out);
      if (started) resolve(Number(started[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** An author signed in, with a site of their own made as the console makes it; the console's headers. */
export async function author(server: TestServer, email: string, site: string, settings: Record<string, unknown> = {}): Promise<Record<string, string>> {
  const { headers } = await signIn(server, email);
  const created = await call(server, 'POST', '/v1/sites', { id: site, name: `${site} books`, authorName: site, origins: [`https://${site}.example`], ...settings }, headers);
  if (created.status !== 201) throw new Error(`site ${site} not created: ${created.status} ${JSON.stringify(created.body)}`);
  return headers;
}
