// Idempotency-Key on the open internet: a key is claimed before anything runs, so concurrent
// duplicates (a double tap, an outbox retrying on a flaky network, an attacker racing) wait for
// the first answer and get it again; a key reused for another request is refused; an answer that
// a retry should not get again (401, 429, 5xx) is not kept. SQLite and PostgreSQL alike.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, call, startServer, type TestServer } from './harness.js';

const PATH = '/v1/sites/demo/groups/readers/signups';
const signup = (email: string) => ({ email, name: 'Ada', answers: {}, consentVersion: '2026-11-01', elapsedMs: 5000 });

describe('Idempotency-Key', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  const signups = (email: string) => server.db.selectFrom('signups').select('id').where('email', '=', email).execute();

  it('runs 30 concurrent requests with one key once: one signup, one email, the same answer 30 times', async () => {
    const headers = { 'idempotency-key': 'race-same-body' };
    const answers = await Promise.all(Array.from({ length: 30 }, () => call(server, 'POST', PATH, signup('race@example.com'), headers)));
    assert.equal((await signups('race@example.com')).length, 1);
    assert.equal(server.mail.filter((m) => m.to === 'race@example.com').length, 1);
    const first = answers.find((a) => a.headers.get('idempotent-replayed') === null)!;
    assert.equal(first.status, 201);
    for (const answer of answers) assert.deepEqual([answer.status, answer.body], [first.status, first.body]);
    assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length, 29);
  });

  it('runs one of 30 concurrent requests with one key and different bodies; the others are told the key was reused', async () => {
    const headers = { 'idempotency-key': 'race-other-bodies' };
    const emails = Array.from({ length: 30 }, (_, i) => `racer${i}@example.com`);
    const answers = await Promise.all(emails.map((email) => call(server, 'POST', PATH, signup(email), headers)));
    const rows = await server.db.selectFrom('signups').select('email').where('email', 'in', emails).execute();
    assert.equal(rows.length, 1);
    assert.deepEqual(answers.map((a) => a.status).sort(), [201, ...Array(29).fill(422)]);
    for (const refused of answers.filter((a) => a.status === 422)) assert.equal(refused.body.error.code, 'idempotency_key_reused');
  });

  it('refuses the same key with another body (422), and still replays the first', async () => {
    const headers = { 'idempotency-key': 'reused-body' };
    assert.equal((await call(server, 'POST', PATH, signup('first@example.com'), headers)).status, 201);
    const other = await call(server, 'POST', PATH, signup('second@example.com'), headers);
    assert.equal(other.status, 422);
    assert.equal(other.body.error.code, 'idempotency_key_reused');
    assert.equal((await signups('second@example.com')).length, 0);
    const again = await call(server, 'POST', PATH, signup('first@example.com'), headers);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
  });

  it('does not keep a 401: the retry with the right credentials runs', async () => {
    const headers = { 'idempotency-key': 'after-401' };
    const path = '/v1/sites/demo/admin/swaps';
    // A book of its own: the seed's books are already in a swap, and the same two are in one at most.
    const book = { title: 'The Ember Road', blurb: 'A map that redraws itself.', genres: ['fantasy'], links: [] };
    assert.equal((await call(server, 'PUT', '/v1/sites/demo/admin/books/ember-road', book, admin)).status, 201);
    const proposal = { partner: 'mara-quill', book: 'ember-road', partnerBook: 'the-salt-archive' };
    const refused = await call(server, 'POST', path, proposal, { ...headers, authorization: 'Bearer wrong-token' });
    assert.equal(refused.status, 401);
    const made = await call(server, 'POST', path, proposal, { ...headers, ...admin });
    assert.equal(made.status, 201);
    assert.equal(made.headers.get('idempotent-replayed'), null);
    assert.equal(made.body.status, 'proposed');
    const replayed = await call(server, 'POST', path, proposal, { ...headers, ...admin });
    assert.deepEqual([replayed.status, replayed.body], [201, made.body]);
    assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
  });

  it('replays an answer only to the credentials it was given to: a stolen key opens nothing', async () => {
    const headers = { 'idempotency-key': 'leaked-key' };
    const path = '/v1/sites/demo/admin/tokens';
    const made = await call(server, 'POST', path, { name: 'CI' }, { ...headers, ...admin });
    assert.equal(made.status, 201);
    for (const credentials of [{}, { authorization: 'Bearer someone-else' }] as Array<Record<string, string>>) {
      const stolen = await call(server, 'POST', path, { name: 'CI' }, { ...headers, ...credentials });
      assert.notEqual(stolen.status, 201);
      assert.ok(!JSON.stringify(stolen.body).includes(made.body.token), 'the token is not handed out again');
    }
  });

  it('answers 409 with Retry-After while the first request still runs, and runs again once its instance is gone a minute', async () => {
    const headers = { 'idempotency-key': 'in-flight' };
    assert.equal((await call(server, 'POST', PATH, signup('flight@example.com'), headers)).status, 201);
    // As it looks while another instance is still working on the first request.
    await server.db.updateTable('idempotency').set({ state: 'claimed' }).where('key', '=', 'in-flight').execute();
    const started = Date.now();
    const waiting = await call(server, 'POST', PATH, signup('flight@example.com'), headers);
    assert.equal(waiting.status, 409);
    assert.equal(waiting.body.error.code, 'idempotency_in_progress');
    assert.ok(Number(waiting.headers.get('retry-after')) >= 1);
    assert.ok(Date.now() - started >= 1000, 'it waited for the first answer before giving up');

    // That instance died mid-request: after a minute the claim is abandoned and a retry runs.
    await server.db.updateTable('idempotency').set({ created_at: new Date(Date.now() - 2 * 60_000).toISOString() }).where('key', '=', 'in-flight').execute();
    const retried = await call(server, 'POST', PATH, signup('flight@example.com'), headers);
    assert.equal(retried.status, 201);
    assert.equal(retried.headers.get('idempotent-replayed'), null);
    assert.equal((await signups('flight@example.com')).length, 1);
  });
});
