// The reference server against a hostile internet (issue 13): each case was reproduced against
// the earlier server and must fail there — seats taken for good by made-up addresses, a form
// that tells members from strangers or bombs an inbox, a bot check skipped, a forged ledger,
// control characters stored (NUL broke PostgreSQL), writes from other websites, and mail lost.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Mail } from '../../server/mail/mailer.js';
import { call, startServer, type TestServer } from './harness.js';

const GROUP = '/v1/sites/demo/groups/readers';
const ORIGIN = { origin: 'http://localhost:5173' };
const signup = (email: string, extra: Record<string, unknown> = {}) => ({ email, consentVersion: '2026-11-01', elapsedMs: 4000, ...extra });
const confirmPath = (server: TestServer, email: string) => new URL(server.mail.filter((m) => m.to === email).at(-1)!.link!).pathname;

describe('signups on the open internet', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
    // A readers' group with two seats, double opt-in.
    await server.db.updateTable('groups').set({ seats: 2 }).where('site_id', '=', 'demo').where('id', '=', 'readers').execute();
  });
  after(() => server.close());

  it('answers a known address exactly as a new one, pending or confirmed', async () => {
    const fresh = await call(server, 'POST', `${GROUP}/signups`, signup('member@example.com'));
    await call(server, 'POST', confirmPath(server, 'member@example.com'));
    const member = await call(server, 'POST', `${GROUP}/signups`, signup('member@example.com'));
    const stranger = await call(server, 'POST', `${GROUP}/signups`, signup('stranger@example.com'));
    for (const answer of [member, stranger]) assert.deepEqual([answer.status, answer.body], [fresh.status, fresh.body]);
  });

  it('sends one address at most one email per group every ten minutes', async () => {
    for (let i = 0; i < 5; i++) await call(server, 'POST', '/v1/sites/demo/groups/newsletter/signups', signup('bombed@example.com'));
    assert.equal(server.mail.filter((m) => m.to === 'bombed@example.com').length, 1);
  });

  it('holds a seat for a pending reader only for a day; a confirmed one keeps it', async () => {
    // member@ confirmed, stranger@ pending: both seats taken.
    assert.equal((await call(server, 'GET', GROUP)).body.seatsLeft, 0);
    assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('late@example.com'))).body.status, 'waitlisted');
    await server.db.updateTable('signups').set({ hold_until: new Date(Date.now() - 1000).toISOString() }).where('status', '=', 'pending_confirmation').execute();
    assert.equal((await call(server, 'GET', GROUP)).body.seatsLeft, 1, 'the holds ran out; the confirmed seat stays');
    // The seat freed goes to late@, who was waiting, before the newcomer.
    assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('real@example.com'))).body.status, 'waitlisted');
    const late = await server.db.selectFrom('signups').select('status').where('email', '=', 'late@example.com').executeTakeFirstOrThrow();
    assert.equal(late.status, 'pending_confirmation');
    // stranger@ confirms after their hold ran out, with the group full again: the waitlist, said plainly.
    const page = await call(server, 'POST', confirmPath(server, 'stranger@example.com'));
    assert.match(page.body, /You’re on the waitlist/);
    const row = await server.db.selectFrom('signups').select('status').where('email', '=', 'stranger@example.com').executeTakeFirstOrThrow();
    assert.equal(row.status, 'waitlisted');
  });

  it('refuses a signup that does not say how long its form was on screen (no silent bot-check bypass)', async () => {
    const { elapsedMs: _, ...body } = signup('nobot@example.com');
    const answer = await call(server, 'POST', `${GROUP}/signups`, body);
    assert.equal(answer.status, 422);
    assert.equal(answer.body.error.field, 'elapsedMs');
    assert.equal(await server.db.selectFrom('signups').select('id').where('email', '=', 'nobot@example.com').executeTakeFirst(), undefined);
  });

  it('refuses control characters and bidirectional overrides in any text, with a 400 naming the field', async () => {
    for (const [body, field] of [
      [signup('nul@example.com', { name: 'Ada\u0000' }), 'name'],
      [signup('bidi@example.com', { name: 'Ada \u202Egpj.exe' }), 'name'],
      [signup('answer@example.com', { answers: { favorite: 'The \u2066hidden\u2069 one' } }), 'answers.favorite'],
      [signup('source@example.com', { source: 'https://x.example/\u0007' }), 'source'],
    ] as const) {
      const answer = await call(server, 'POST', `${GROUP}/signups`, body);
      assert.equal(answer.status, 400, field);
      assert.deepEqual([answer.body.error.code, answer.body.error.field], ['invalid_characters', field]);
    }
    // Line breaks and tabs stay (long answers have them), and so does right-to-left text itself.
    assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('rtl@example.com', { name: 'سارا\tعلي' }))).status, 201);
    const stored = await server.db.selectFrom('signups').select('email').where('email', 'in', ['nul@example.com', 'bidi@example.com', 'answer@example.com', 'source@example.com']).execute();
    assert.deepEqual(stored, []);
  });

  it('answers 400, not 500, to NUL and control characters in a path or query', async () => {
    for (const path of ['/v1/sites/de%00mo/groups/readers', '/v1/sites/demo/groups/read%00ers', '/v1/sites/demo/events?from=2026-01-01T00:00:00Z%00&to=2026-02-01T00:00:00Z', '/v1/sites/demo/groups/%E0%A4%A']) {
      const answer = await call(server, 'GET', path);
      assert.equal(answer.status, 400, path);
      assert.equal(answer.body.error.code, 'invalid_characters', path);
    }
  });

  it('stores no reader data sent from a website the site has not registered, whatever its content type', async () => {
    const evil = { origin: 'https://evil.example', 'content-type': 'text/plain' };
    const start = (await call(server, 'GET', `/v1/sites/demo/events?from=${new Date().toISOString()}&to=${new Date(Date.now() + 30 * 86400_000).toISOString()}`)).body.occurrences.find(
      (o: { event: string }) => o.event === 'mastermind-weekly',
    ).start;
    const rsvp = await call(server, 'POST', '/v1/sites/demo/events/mastermind-weekly/rsvps', JSON.stringify({ start, name: 'Eve', email: 'csrf@example.com' }), evil);
    assert.equal(rsvp.status, 403);
    const recs = await call(server, 'GET', '/v1/sites/demo/recommendations', undefined, ORIGIN);
    const swap = recs.body.items[0].swap;
    const swapped = await call(server, 'POST', `/v1/swaps/${swap}/signups`, JSON.stringify({ token: recs.body.token, email: 'csrf@example.com', consentVersion: '2026-11-01' }), evil);
    assert.equal(swapped.status, 403);
    assert.equal(await server.db.selectFrom('rsvps').select('id').where('email', '=', 'csrf@example.com').executeTakeFirst(), undefined);
    assert.equal(await server.db.selectFrom('signups').select('id').where('email', '=', 'csrf@example.com').executeTakeFirst(), undefined);
  });
});

describe('the swap ledger on the open internet', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('counts a token once per swap and kind, however often it is sent; replays show as such', async () => {
    const { body } = await call(server, 'GET', '/v1/sites/demo/recommendations?limit=1', undefined, ORIGIN);
    const swap = body.items[0].swap as string;
    for (let i = 0; i < 100; i++) {
      const sent = await call(server, 'POST', '/v1/swaps/events', JSON.stringify({ token: body.token, events: [{ type: 'click', swap }, { type: 'click', swap }] }), { 'content-type': 'text/plain' });
      assert.equal(sent.status, 204);
    }
    const { body: ledger } = await call(server, 'GET', '/v1/sites/demo/admin/ledger', undefined, { authorization: 'Bearer test-admin-token' });
    const entry = ledger.find((e: { swap: string }) => e.swap === swap);
    assert.equal(entry.sent.clicks, 1);
    assert.equal(entry.replayed.sent.clicks, 99);
    // A new page view (a new token) counts again.
    const next = (await call(server, 'GET', '/v1/sites/demo/recommendations?limit=1', undefined, ORIGIN)).body;
    if (next.items[0].swap === swap) {
      await call(server, 'POST', '/v1/swaps/events', JSON.stringify({ token: next.token, events: [{ type: 'click', swap }] }), { 'content-type': 'text/plain' });
      const again = (await call(server, 'GET', '/v1/sites/demo/admin/ledger', undefined, { authorization: 'Bearer test-admin-token' })).body;
      assert.equal(again.find((e: { swap: string }) => e.swap === swap).sent.clicks, 2);
    }
  });
});

describe('mail that is never lost', () => {
  let server: TestServer;
  let down = true;
  const delivered: Mail[] = [];
  before(async () => {
    server = await startServer({
      mailer: {
        async send(mail) {
          if (down) throw new Error('SMTP 421 service not available');
          delivered.push(mail);
        },
      },
    });
  });
  after(() => server.close());

  it('keeps a message its server could not send, retries it, and sends it once when the server is back', async () => {
    const answer = await call(server, 'POST', `${GROUP}/signups`, signup('patient@example.com'));
    assert.equal(answer.status, 201, 'the reader is answered whatever the mail server does');
    const queued = await server.db.selectFrom('mail_queue').selectAll().where('to_address', '=', 'patient@example.com').executeTakeFirstOrThrow();
    assert.equal(queued.sent_at, null);
    assert.equal(queued.attempts, 1);
    assert.match(queued.last_error!, /SMTP 421/);
    assert.ok(queued.next_attempt_at > new Date().toISOString(), 'retried later, with backoff');

    down = false;
    // Due now, as it would be after the backoff.
    await server.db.updateTable('mail_queue').set({ next_attempt_at: new Date().toISOString() }).where('id', '=', queued.id).execute();
    server.deps.mailer.wake();
    await server.deps.mailer.idle();
    server.deps.mailer.wake();
    await server.deps.mailer.idle();
    assert.deepEqual(delivered.map((m) => m.to), ['patient@example.com']);
    const sent = await server.db.selectFrom('mail_queue').select(['sent_at', 'last_error']).where('id', '=', queued.id).executeTakeFirstOrThrow();
    assert.ok(sent.sent_at);
  });

  it('keeps a message that failed every attempt for the operator, with its error', async () => {
    down = true;
    await call(server, 'POST', `${GROUP}/signups`, signup('unlucky@example.com'));
    for (let attempt = 2; attempt <= 8; attempt++) {
      await server.db.updateTable('mail_queue').set({ next_attempt_at: new Date().toISOString() }).where('to_address', '=', 'unlucky@example.com').execute();
      server.deps.mailer.wake();
      await server.deps.mailer.idle();
    }
    const row = await server.db.selectFrom('mail_queue').selectAll().where('to_address', '=', 'unlucky@example.com').executeTakeFirstOrThrow();
    assert.equal(row.attempts, 8);
    assert.ok(row.failed_at, 'given up on, and kept');
    assert.match(row.last_error!, /SMTP 421/);
  });
});

describe('sign-in links on the open internet', () => {
  it('are mail too: queued, and sent once the mail server is back', async () => {
    let down = true;
    const delivered: string[] = [];
    const server = await startServer({
      mailer: {
        async send(mail) {
          if (down) throw new Error('connection refused');
          delivered.push(mail.to);
        },
      },
    });
    try {
      const asked = await call(server, 'POST', '/v1/auth/sign-in/magic-link', { email: 'author@example.com' }, { origin: 'http://salon.test' });
      assert.equal(asked.status, 200);
      down = false;
      await server.db.updateTable('mail_queue').set({ next_attempt_at: new Date().toISOString() }).execute();
      server.deps.mailer.wake();
      await server.deps.mailer.idle();
      assert.deepEqual(delivered, ['author@example.com']);
    } finally {
      await server.close();
    }
  });
});
