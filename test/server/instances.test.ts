// Salon as it runs on the open internet: behind a proxy whose X-Forwarded-For only partly comes
// from the client, and as several instances (real processes) on one PostgreSQL that start at the
// same moment, count one client's requests together and sign with one secret.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../server/config.js';
import { openDatabase, type Db } from '../../server/db/open.js';
import { SharedRateLimiter } from '../../server/http/rate-limit.js';
import { seedDemo } from '../../server/seed.js';
import { signToken } from '../../server/swaps/tokens.js';
import { call, freshDatabase, POSTGRES_URL, startProcess, startServer, type ServerProcess, type TestServer } from './harness.js';

const SIGNUPS = '/v1/sites/demo/groups/readers/signups';
const signup = (email: string) => ({ email, name: 'Ada', answers: {}, consentVersion: '2026-11-01', elapsedMs: 5000 });
const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cleanups: Array<() => Promise<unknown>> = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'salon-instance-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('a client behind a proxy (TRUST_PROXY)', () => {
  let server: TestServer;
  before(async () => (server = await startServer({ rateLimits: true, trustProxy: 1 })));
  after(() => server.close());

  it('reads the address the proxy added, so a client rotating the first X-Forwarded-For entry is still limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      // The client wrote the first entry; the proxy (this test, on the socket) appended the address it saw.
      const sent = await call(server, 'POST', SIGNUPS, signup(`rotate${i}@example.com`), { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` });
      statuses.push(sent.status);
    }
    assert.deepEqual(statuses, [...Array(20).fill(201), ...Array(5).fill(429)]);
    const other = await call(server, 'POST', SIGNUPS, signup('neighbour@example.com'), { 'x-forwarded-for': '198.51.100.1, 203.0.113.8' });
    assert.equal(other.status, 201, 'another client behind the same proxy has its own budget');
  });

  it('takes TRUST_PROXY as a number of proxies, 0 to 10, and says what it wants otherwise', () => {
    assert.equal(readConfig({}).config.trustProxy, 0);
    assert.equal(readConfig({ TRUST_PROXY: '1' }).config.trustProxy, 1);
    assert.equal(readConfig({ TRUST_PROXY: '2' }).config.trustProxy, 2);
    for (const value of ['yes', 'true', '-1', '1.5', '11']) {
      assert.throws(() => readConfig({ TRUST_PROXY: value }), new RegExp(`TRUST_PROXY="${value.replace('.', '\\.')}" is not a number of proxies: use a whole number from 0`));
    }
  });
});

describe('the signing secret without SALON_SECRET', () => {
  it('carries over the secret an earlier version kept in the data folder', async () => {
    const database = await freshDatabase();
    cleanups.push(database.drop);
    writeFileSync(join(database.dataDir, 'secret'), 'the-secret-from-the-data-folder\n');
    const server = await startProcess({ SALON_DATA_DIR: database.dataDir, DATABASE_URL: database.url ?? '', SALON_SECRET: '' });
    cleanups.push(server.stop);
    const token = signToken('the-secret-from-the-data-folder', { site: 'demo', swaps: ['demo-mara-quill'], iat: Math.floor(Date.now() / 1000) });
    const sent = await post(server.url, '/v1/swaps/events', { token, events: [{ type: 'impression', swap: 'demo-mara-quill' }] });
    assert.equal(sent.status, 204);
    await server.stop();
  });
});

describe('rate-limit counters kept in the database', () => {
  it('opens a new window once one ends, and deletes windows that ended instead of keeping them', async () => {
    const database = await freshDatabase();
    cleanups.push(database.drop);
    const db = await openDatabase({ databaseUrl: database.url, dataDir: database.dataDir });
    try {
      const limiter = new SharedRateLimiter(db, { longestWindowMs: 400, pruneEveryMs: 0 });
      const allowed = async (key: string, times: number) => {
        const said: boolean[] = [];
        for (let i = 0; i < times; i++) said.push((await limiter.hit(key, 2, 200)).allowed);
        return said;
      };
      assert.deepEqual(await allowed('write:203.0.113.7', 3), [true, true, false]);
      const refused = await limiter.hit('write:203.0.113.7', 2, 200);
      assert.ok(refused.retryAfter >= 1);
      await pause(250);
      assert.deepEqual(await allowed('write:203.0.113.7', 1), [true], 'a new window');
      assert.deepEqual(await allowed('write:203.0.113.8', 1), [true]);
      await pause(450);
      await limiter.hit('write:203.0.113.9', 2, 200);
      let keys: string[] = [];
      for (let i = 0; i < 20; i++) {
        keys = (await db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key);
        if (keys.length === 1) break;
        await pause(50);
      }
      assert.deepEqual(keys, ['write:203.0.113.9']);
    } finally {
      await db.destroy();
    }
  });
});

describe('seeding from several instances at once', () => {
  it('leaves one demo and one live SALON_ADMIN_TOKEN, whoever comes first', async () => {
    const database = await freshDatabase();
    cleanups.push(database.drop);
    const db = await openDatabase({ databaseUrl: database.url, dataDir: database.dataDir });
    try {
      await Promise.all(Array.from({ length: 6 }, () => seedDemo(db, { adminToken: 'racing-admin-token' })));
      const groups = await db.selectFrom('groups').select('id').where('site_id', '=', 'demo').execute();
      assert.equal(groups.length, 3);
      const tokens = await db.selectFrom('api_tokens').select('id').where('site_id', '=', 'demo').where('revoked_at', 'is', null).execute();
      assert.equal(tokens.length, 1);
    } finally {
      await db.destroy();
    }
  });
});

describe('several instances on one PostgreSQL', { skip: !POSTGRES_URL && 'set SALON_TEST_POSTGRES_URL' }, () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let db: Db;
  before(async () => {
    const database = await freshDatabase();
    cleanups.push(database.drop);
    // Two machines: each its own data folder, no SALON_SECRET, rate limits on, started at the same moment.
    const env = { DATABASE_URL: database.url!, SALON_ADMIN_TOKEN: 'shared-admin-token', SALON_RATE_LIMIT: 'on', SALON_SECRET: '' };
    const started = await Promise.allSettled([startProcess({ ...env, SALON_DATA_DIR: database.dataDir }), startProcess({ ...env, SALON_DATA_DIR: tempDir() })]);
    // One that started is stopped even when the other did not, or it would keep the test run alive.
    for (const s of started) if (s.status === 'fulfilled') cleanups.push(s.value.stop);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    [a, b] = started.map((s) => (s as PromiseFulfilledResult<ServerProcess>).value) as [ServerProcess, ServerProcess];
    db = await openDatabase({ databaseUrl: database.url, dataDir: database.dataDir });
    cleanups.push(() => db.destroy());
  });

  it('both start on a fresh database at the same moment; migrations run once and the demo is seeded once', async () => {
    for (const instance of [a, b]) assert.match(instance.output(), /Salon: http:\/\/localhost:\d+\/ \(API under \/v1\/, PostgreSQL\)/);
    const migrations = await db.selectFrom('kysely_migration' as never).select('name' as never).execute();
    assert.equal(migrations.length, 6);
    const groups = await db.selectFrom('groups').select('id').where('site_id', '=', 'demo').orderBy('id').execute();
    assert.deepEqual(groups.map((g) => g.id), ['newsletter', 'readers', 'spring-mastermind']);
    const tokens = await db.selectFrom('api_tokens').select('id').where('site_id', '=', 'demo').where('name', '=', 'SALON_ADMIN_TOKEN').where('revoked_at', 'is', null).execute();
    assert.equal(tokens.length, 1);
    for (const instance of [a, b]) {
      const listed = await fetch(`${instance.url}/v1/sites/demo/admin/groups`, { headers: { authorization: 'Bearer shared-admin-token' } });
      assert.equal(listed.status, 200);
    }
  });

  it('accepts on one instance the attribution token another signed', async () => {
    const shown = (await (await fetch(`${a.url}/v1/sites/demo/recommendations?limit=2`)).json()) as { token: string; items: Array<{ swap: string }> };
    const swap = shown.items[0]!.swap;
    const sent = await post(b.url, '/v1/swaps/events', { token: shown.token, events: [{ type: 'click', swap }] });
    assert.equal(sent.status, 204);
    const counted = await db.selectFrom('swap_events').select('type').where('swap_id', '=', swap).where('type', '=', 'click').execute();
    assert.equal(counted.length, 1);
  });

  it('holds the write limit per client (20 a minute) across both instances together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await post(i % 2 ? b.url : a.url, SIGNUPS, signup(`both${i}@example.com`))).status);
    assert.deepEqual(statuses, [...Array(20).fill(201), ...Array(10).fill(429)]);
    const stored = await db.selectFrom('signups').select('id').where('email', 'like', 'both%').execute();
    assert.equal(stored.length, 20);
  });
});
