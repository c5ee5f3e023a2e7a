// `salon-server`, the operator's command line (the bin of the server workspace): create a site,
// add an address and an owner, invite an author, rotate a token — against the same database the
// server uses, which sees the change at once.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freshDatabase, startProcess, type ServerProcess } from './harness.js';

describe('salon-server, the command line', () => {
  let env: Record<string, string>;
  let server: ServerProcess;
  let drop: () => Promise<void>;
  before(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    env = { SALON_DATA_DIR: db.dataDir, DATABASE_URL: db.url ?? '', SALON_DEMO: 'off' };
    server = await startProcess(env);
  });
  after(async () => {
    await server.stop();
    await drop();
  });

  const cli = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['server/bin/salon-server.js', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
    return { status: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
  };

  it('creates a site with an address and an owner, who is emailed', () => {
    const made = cli('create-site', 'jane', '--name', 'Jane Doe', '--origin', 'janedoe.example/', '--owner', 'Jane@Example.com');
    assert.equal(made.status, 0, made.err);
    assert.match(made.out, /Created the site "jane", owned by jane@example\.com \(emailed\)\./);
    assert.ok(readdirSync(join(env.SALON_DATA_DIR!, 'outbox')).some((f) => f.includes('jane@example.com')));
    const listed = cli('sites');
    assert.match(listed.out, /jane {2}"Jane Doe"\n {2}addresses: https:\/\/janedoe\.example\n {2}owners: {4}jane@example\.com/);
  });

  it('adds and removes a website address; the running server allows it at once', async () => {
    const path = `/v1/sites/jane/events?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`;
    const from = (origin: string) => fetch(server.url + path, { headers: { origin } }).then((r) => r.status);
    assert.equal(await from('http://jane.test:5000'), 403);
    assert.equal(cli('add-origin', 'jane', 'http://jane.test:5000').status, 0);
    await new Promise((resolve) => setTimeout(resolve, 5_100)); // the server's site cache lasts 5 s
    assert.equal(await from('http://jane.test:5000'), 200);
    const removed = cli('remove-origin', 'jane', 'http://jane.test:5000');
    assert.match(removed.out, /"jane" allows: https:\/\/janedoe\.example\./);
  });

  it('makes a token printed once, and rotates it under the same name', async () => {
    const first = cli('token', 'jane', '--name', 'CI').out.split('\n').pop()!;
    const second = cli('token', 'jane', '--name', 'CI').out.split('\n').pop()!;
    const groups = (token: string) => fetch(`${server.url}/v1/sites/jane/admin/groups`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    assert.equal(await groups(first), 401, 'the rotated token is revoked');
    assert.equal(await groups(second), 200);
  });

  it('invites an author and adds an owner, emailing both', () => {
    assert.match(cli('invite', 'new@example.com').out, /new@example\.com may create sites \(emailed\) \(SALON_NEW_SITES is open/);
    assert.match(cli('add-owner', 'jane', 'sam@example.com').out, /sam@example\.com now owns "jane" \(emailed\)\./);
    assert.match(cli('add-owner', 'jane', 'sam@example.com').out, /already owns/);
  });

  it('says plainly what is wrong, and exits with 1', () => {
    for (const [args, said] of [
      [['add-origin', 'nope', 'https://x.example'], /There is no site "nope"\./],
      [['create-site', 'Bad Id', '--name', 'x'], /Site \(id\): Use lower-case letters, digits and dashes\./],
      [['create-site', 'jane', '--name', 'again'], /The site id "jane" is taken/],
      [['add-origin', 'jane', 'javascript:alert(1)'], /is not a website address/],
      [['frob'], /Unknown command "frob"/],
    ] as const) {
      const run = cli(...args);
      assert.equal(run.status, 1, args.join(' '));
      assert.match(run.err, said, args.join(' '));
    }
  });
});
