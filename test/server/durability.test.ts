// An acknowledged write survives `kill -9` right after the response: the real server runs as a
// child process, is killed the moment it answers, and the row is read back from the database.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../../server/db/open.js';
import { call, freshDatabase, POSTGRES_URL, startProcess, startServer } from './harness.js';

describe('durability', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  after(() => Promise.all(cleanups.map((f) => f())));

  it('keeps a signup acknowledged just before the process was killed with SIGKILL', async () => {
    const database = await freshDatabase();
    cleanups.push(database.drop);
    const env = { SALON_DATA_DIR: database.dataDir, DATABASE_URL: database.url ?? '', SALON_ADMIN_TOKEN: 't' };
    const { child, port } = await startProcess(env);
    const response = await fetch(`http://127.0.0.1:${port}/v1/sites/demo/groups/spring-mastermind/signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'kept@example.com',
        answers: { genre: 'epic', bring: ['craft'] },
        consentVersion: '2026-11-01',
        elapsedMs: 5000,
      }),
    });
    child.kill('SIGKILL');
    assert.equal(response.status, 201);
    await new Promise((resolve) => child.once('exit', resolve));

    const db = await openDatabase({ databaseUrl: database.url, dataDir: database.dataDir });
    const row = await db.selectFrom('signups').select(['status']).where('email', '=', 'kept@example.com').executeTakeFirst();
    await db.destroy();
    assert.deepEqual(row, { status: 'pending_confirmation' });

    // Its confirmation email was queued with it. Whatever the killed process was doing with it, a
    // minute later (when its lock runs out) the next process sends it.
    const later = await openDatabase({ databaseUrl: database.url, dataDir: database.dataDir });
    await later.updateTable('mail_queue').set({ locked_until: null }).where('sent_at', 'is', null).execute();
    await later.destroy();
    const restarted = await startProcess(env);
    const group = (await (await fetch(`http://127.0.0.1:${restarted.port}/v1/sites/demo/groups/spring-mastermind`)).json()) as { seatsLeft: number };
    assert.equal(group.seatsLeft, 7);
    for (let i = 0; i < 50 && !/Email to kept@example\.com/.test(restarted.output()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    restarted.child.kill('SIGTERM');
    const outbox = join(database.dataDir, 'outbox');
    const mails = readdirSync(outbox).filter((file) => file.endsWith('kept@example.com.eml'));
    assert.ok(mails.length >= 1, 'the confirmation was sent');
    assert.match(readFileSync(join(outbox, mails[0]!), 'utf8'), /\/v1\/confirm\//);
  });

  it('keeps serving when PostgreSQL ends its connections (a restart, a failover, an operator)', { skip: !POSTGRES_URL && 'PostgreSQL only' }, async () => {
    const server = await startServer();
    cleanups.push(() => server.close());
    assert.equal((await call(server, 'GET', '/v1/sites/demo/groups/readers')).status, 200);
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(server.db);
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    const ended = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [rows[0]!.name]);
    await admin.end();
    assert.ok(ended.rowCount! > 0, 'the server had connections to end');
    // The idle connections' errors must not bring the process down; the next request opens a new one.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await call(server, 'GET', '/v1/sites/demo/groups/readers');
    assert.equal(again.status, 200);
    assert.equal(again.body.id, 'readers');
  });
});
