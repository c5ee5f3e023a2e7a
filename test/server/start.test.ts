// The server as an operator starts it (`server/main.ts`, a real process): configuration that tells
// the truth, links with the port actually bound, SALON_ADMIN_TOKEN applied on every start, and a
// demo seed that never overwrites what an author changed and can be turned off.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freshDatabase, startProcess } from './harness.js';

const cleanups: Array<() => Promise<unknown>> = [];
after(() => Promise.all(cleanups.map((f) => f())));

async function database() {
  const db = await freshDatabase();
  cleanups.push(db.drop);
  return { SALON_DATA_DIR: db.dataDir, DATABASE_URL: db.url ?? '' };
}

describe('starting the server', () => {
  it('with PORT=0 and no PUBLIC_URL, prints and emails links with the port it bound', async () => {
    const env = await database();
    const server = await startProcess(env);
    cleanups.push(server.stop);
    assert.match(server.output(), new RegExp(`Console: +http://localhost:${server.port}/console/`));
    assert.match(server.output(), /Builder: +http:\/\/localhost:\d+\/builder\//);
    assert.match(server.output(), /New sites: anyone who signs in may create a site \(SALON_NEW_SITES\)/);
    const asked = await fetch(`${server.url}/v1/auth/sign-in/magic-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://localhost:${server.port}` },
      body: JSON.stringify({ email: 'port@example.com' }),
    });
    assert.equal(asked.status, 200);
    // Mail goes through the queue: its worker writes the file a moment after the answer.
    const outbox = join(env.SALON_DATA_DIR, 'outbox');
    for (let i = 0; i < 50 && !/link: http/.test(server.output()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const mail = readFileSync(join(outbox, readdirSync(outbox)[0]!), 'utf8');
    assert.match(mail, new RegExp(`http://localhost:${server.port}/console/\\?sign-in=`));
    assert.match(server.output(), new RegExp(`link: http://localhost:${server.port}/console/\\?sign-in=`), 'and the log shows it');
    await server.stop();
  });

  it('applies SALON_ADMIN_TOKEN on every start: a changed value replaces the old token', async () => {
    const env = await database();
    const groups = (url: string, token: string) => fetch(`${url}/v1/sites/demo/admin/groups`, { headers: { authorization: `Bearer ${token}` } });
    let server = await startProcess({ ...env, SALON_ADMIN_TOKEN: 'first-token-value' });
    assert.equal((await groups(server.url, 'first-token-value')).status, 200);
    assert.doesNotMatch(server.output(), /admin token \(shown once\)/, 'a given token is not printed');
    await server.stop();
    server = await startProcess({ ...env, SALON_ADMIN_TOKEN: 'second-token-value' });
    cleanups.push(server.stop);
    assert.equal((await groups(server.url, 'first-token-value')).status, 401);
    assert.equal((await groups(server.url, 'second-token-value')).status, 200);
    await server.stop();
  });

  it('seeds the demo once and never overwrites what its author changed', async () => {
    const env = { ...(await database()), SALON_ADMIN_TOKEN: 'demo-token-value' };
    const auth = { authorization: 'Bearer demo-token-value', 'content-type': 'application/json' };
    let server = await startProcess(env);
    const settings = (await (await fetch(`${server.url}/v1/sites/demo/admin/settings`, { headers: auth })).json()) as Record<string, unknown>;
    const saved = await fetch(`${server.url}/v1/sites/demo/admin/settings`, { method: 'PUT', headers: auth, body: JSON.stringify({ ...settings, name: 'Mine now' }) });
    assert.equal(saved.status, 200);
    await fetch(`${server.url}/v1/sites/demo/admin/groups/readers`, { method: 'DELETE', headers: auth });
    await server.stop();
    server = await startProcess(env);
    cleanups.push(server.stop);
    assert.equal(((await (await fetch(`${server.url}/v1/sites/demo/admin/settings`, { headers: auth })).json()) as { name: string }).name, 'Mine now');
    assert.equal((await fetch(`${server.url}/v1/sites/demo/groups/readers`)).status, 404, 'a removed group stays removed');
    await server.stop();
  });

  it('leaves the demo out with SALON_DEMO=off, and says SALON_ADMIN_TOKEN is then ignored', async () => {
    const server = await startProcess({ ...(await database()), SALON_DEMO: 'off', SALON_ADMIN_TOKEN: 'ignored-token' });
    cleanups.push(server.stop);
    assert.equal((await fetch(`${server.url}/v1/sites/demo/groups/readers`)).status, 404);
    assert.match(server.output(), /SALON_ADMIN_TOKEN is ignored: it is the demo site’s token, and SALON_DEMO=off/);
    assert.doesNotMatch(server.output(), /Demo: /);
    await server.stop();
  });

  it('refuses to start on a value it cannot use, naming the variable', () => {
    for (const [name, value, said] of [
      ['SALON_NEW_SITES', 'maybe', /SALON_NEW_SITES="maybe" is not understood: use open, invite or closed/],
      ['PUBLIC_URL', 'ftp://salon.example', /PUBLIC_URL="ftp:\/\/salon\.example" is not an http\(s\) URL/],
      ['PORT', 'eighty', /PORT="eighty" is not a port number/],
      ['TRUST_PROXY', 'yes', /TRUST_PROXY="yes" is not a number of proxies: use a whole number from 0/],
      ['DATABASE_URL', 'mysql://x', /DATABASE_URL must be a postgres:\/\/ URL/],
    ] as const) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, [name]: value }, encoding: 'utf8', timeout: 20_000 });
      assert.equal(run.status, 1, name);
      assert.match(run.stderr, /^Salon cannot start:/, name);
      assert.match(run.stderr, said, name);
    }
  });
});
