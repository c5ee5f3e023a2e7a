import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, call, startServer, type TestServer } from './harness.js';

const PATH = '/v1/sites/demo/groups/spring-mastermind';
const signup = (email: string, extra: object = {}) => ({
  email,
  name: 'Ada',
  answers: { genre: 'epic', bring: ['craft'] },
  consentVersion: '2026-11-01',
  elapsedMs: 5000,
  ...extra,
});

describe('groups and signups', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('describes a group without personal data', async () => {
    const { status, body, headers } = await call(server, 'GET', PATH);
    assert.equal(status, 200);
    assert.equal(body.name, 'Spring Fantasy Mastermind');
    assert.equal(body.seats, 8);
    assert.equal(body.seatsLeft, 8);
    assert.deepEqual(body.consent, {
      text: 'I agree that Jane Doe may email me about my application and the mastermind’s meetings.',
      version: '2026-11-01',
    });
    assert.match(headers.get('cache-control')!, /max-age/);
    assert.ok(headers.get('etag'));
  });

  it('stores a signup pending confirmation and emails a link that works once', async () => {
    const { status, body } = await call(server, 'POST', `${PATH}/signups`, signup(' Ada@Example.COM '));
    assert.equal(status, 201);
    assert.equal(body.status, 'pending_confirmation');
    const row = await server.db.selectFrom('signups').selectAll().where('email', '=', 'ada@example.com').executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending_confirmation');
    assert.equal(row.consent_version, '2026-11-01');
    assert.deepEqual(JSON.parse(row.answers), { genre: 'epic', bring: ['craft'] });

    const mail = server.mail.find((m) => m.to === 'ada@example.com')!;
    const path = new URL(mail.link!).pathname;
    assert.match(mail.text, new RegExp(path));
    // Opening the link (a mail scanner, a preview: GET or HEAD) shows a button and confirms nothing.
    const opened = await call(server, 'GET', path);
    assert.equal(opened.status, 200);
    assert.match(opened.body, /<form method="post"><button type="submit">Confirm my address<\/button><\/form>/);
    assert.equal((await fetch(server.url + path, { method: 'HEAD' })).status, 200);
    const still = await server.db.selectFrom('signups').select('status').where('id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(still.status, 'pending_confirmation');
    // The button confirms, once.
    const confirmed = await call(server, 'POST', path);
    assert.equal(confirmed.status, 200);
    assert.match(confirmed.body, /You’re in/);
    const after = await server.db.selectFrom('signups').select(['status', 'confirmed_at']).where('id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(after.status, 'confirmed');
    assert.ok(after.confirmed_at);
    assert.match((await call(server, 'POST', path)).body, /Already confirmed/);
    assert.equal((await call(server, 'GET', '/v1/confirm/not-a-token')).status, 404);
  });

  it('does not store a second row for the same reader, and answers as for a new one', async () => {
    const first = await call(server, 'POST', `${PATH}/signups`, signup('bo@example.com'));
    const again = await call(server, 'POST', `${PATH}/signups`, signup('BO@example.com '));
    assert.deepEqual([again.status, again.body], [first.status, first.body], 'a form cannot tell a member from a stranger');
    const rows = await server.db.selectFrom('signups').select('id').where('email', '=', 'bo@example.com').execute();
    assert.equal(rows.length, 1);
  });

  it('answers a retried request with the first answer and writes nothing (Idempotency-Key)', async () => {
    const headers = { 'idempotency-key': 'retry-1' };
    const first = await call(server, 'POST', `${PATH}/signups`, signup('cy@example.com'), headers);
    const second = await call(server, 'POST', `${PATH}/signups`, signup('cy@example.com'), headers);
    assert.deepEqual([first.status, first.body], [second.status, second.body]);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(server.mail.filter((m) => m.to === 'cy@example.com').length, 1);
    const reused = await call(server, 'POST', '/v1/sites/demo/groups/readers/signups', signup('cy@example.com'), headers);
    assert.equal(reused.status, 422);
    assert.equal(reused.body.error.code, 'idempotency_key_reused');
  });

  it('forgets an Idempotency-Key after 24 hours', async () => {
    const headers = { 'idempotency-key': 'old-key' };
    await call(server, 'POST', '/v1/sites/demo/groups/readers/signups', signup('old@example.com', { answers: {} }), headers);
    await server.db.updateTable('idempotency').set({ created_at: new Date(Date.now() - 25 * 3600_000).toISOString() }).where('key', '=', 'old-key').execute();
    const later = await call(server, 'POST', '/v1/sites/demo/groups/readers/signups', signup('new@example.com', { answers: {} }), headers);
    assert.equal(later.headers.get('idempotent-replayed'), null);
    const rows = await server.db.selectFrom('signups').select('email').where('email', 'in', ['old@example.com', 'new@example.com']).execute();
    assert.equal(rows.length, 2);
  });

  it('waitlists once the seats are taken', async () => {
    for (let i = 0; i < 8; i++) await call(server, 'POST', `${PATH}/signups`, signup(`seat${i}@example.com`));
    const { body } = await call(server, 'GET', PATH);
    assert.equal(body.seatsLeft, 0);
    const late = await call(server, 'POST', `${PATH}/signups`, signup('late@example.com'));
    assert.equal(late.body.status, 'waitlisted');
  });

  it('refuses bad input with the field named, and never a stack trace', async () => {
    const cases: Array<[unknown, number, string, string?]> = [
      [signup('not-an-email'), 422, 'invalid_email', 'email'],
      // Passes a browser's own check (and the widget's), not the contract's.
      [signup('jö@exämple.de'), 422, 'invalid_email', 'email'],
      [signup(`${'a'.repeat(300)}@example.com`), 422, 'too_long', 'email'],
      [signup('dee@example.com', { name: 'x'.repeat(201) }), 422, 'too_long', 'name'],
      [signup('dee@example.com', { name: 'Dee\u202Eeed' }), 400, 'invalid_characters', 'name'],
      [signup('dee@example.com', { answers: { bring: ['craft'] } }), 422, 'required', 'genre'],
      [signup('dee@example.com', { answers: { genre: 'horror', bring: ['craft'] } }), 422, 'invalid', 'genre'],
      [signup('dee@example.com', { answers: { genre: 'epic', bring: 'craft' } }), 422, 'invalid', 'bring'],
      [signup('dee@example.com', { consentVersion: '2020-01-01' }), 409, 'consent_outdated', 'consent'],
      ['{"email": ', 400, 'invalid_json'],
      [{ ...signup('dee@example.com'), name: 'x'.repeat(17_000) }, 413, 'too_large'],
    ];
    for (const [input, status, code, field] of cases) {
      const { status: got, body } = await call(server, 'POST', `${PATH}/signups`, input);
      assert.equal(got, status, JSON.stringify(body));
      assert.equal(body.error.code, code);
      assert.equal(body.error.field, field);
      assert.ok(!JSON.stringify(body).includes('    at '), 'no stack trace');
    }
    assert.equal((await call(server, 'GET', '/v1/sites/demo/groups/nope')).status, 404);
    assert.equal((await call(server, 'GET', '/v1/sites/nope/groups/readers')).status, 404);
    assert.equal((await call(server, 'GET', '/v1/nowhere')).body.error.code, 'not_found');
  });

  it('names an email question the address it refuses is for', async () => {
    const group = {
      name: 'Beta readers',
      kind: 'readers',
      fields: [{ name: 'kindle', label: 'Your Kindle address', type: 'email', required: true }],
      consentText: 'I agree.',
      consentVersion: '1',
    };
    assert.equal((await call(server, 'PUT', '/v1/sites/demo/admin/groups/beta', group, admin)).status, 201);
    const { status, body } = await call(server, 'POST', '/v1/sites/demo/groups/beta/signups', signup('bea@example.com', { answers: { kindle: 'bea@kindle' }, consentVersion: '1' }));
    assert.equal(status, 422);
    assert.deepEqual([body.error.code, body.error.field], ['invalid_email', 'kindle']);
  });

  it('quietly drops bots: a filled honeypot or a form filled too fast', async () => {
    const bot = await call(server, 'POST', '/v1/sites/demo/groups/readers/signups', {
      ...signup('bot@example.com'),
      answers: {},
      consentVersion: '2026-11-01',
      honeypot: 'http://spam.example',
    });
    const fast = await call(server, 'POST', '/v1/sites/demo/groups/readers/signups', {
      ...signup('fast@example.com'),
      answers: {},
      elapsedMs: 200,
    });
    assert.equal(bot.status, 201);
    assert.equal(fast.status, 201);
    const rows = await server.db.selectFrom('signups').select('email').where('email', 'in', ['bot@example.com', 'fast@example.com']).execute();
    assert.deepEqual(rows, []);
  });

  it('answers CORS only for the site’s registered origins, and tells any other origin so, readably', async () => {
    const allowed = await call(server, 'OPTIONS', `${PATH}/signups`, undefined, {
      origin: 'http://localhost:5173',
      'access-control-request-method': 'POST',
    });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.match(allowed.headers.get('access-control-allow-headers')!, /idempotency-key/);
    for (const origin of ['https://evil.example', 'http://localhost:80.evil.example', 'null']) {
      const refused = await call(server, 'GET', PATH, undefined, { origin });
      assert.equal(refused.status, 403, origin);
      assert.equal(refused.body.error.code, 'origin_not_allowed');
      assert.match(refused.body.error.message, new RegExp(`^${origin.replace(/\./g, '\\.')} is not one of the website addresses registered for the site "demo"\\. Add it in the Salon console \\(http://salon\\.test/console/\\)`));
      // Readable by the page, so its widgets can say so: the refusal carries the origin back.
      assert.equal(refused.headers.get('access-control-allow-origin'), origin);
      assert.equal(refused.body.seatsLeft, undefined, 'no data for an unregistered origin');
    }
    // A write from an unregistered origin is refused before anything is stored, whatever its type.
    const write = await call(server, 'POST', `${PATH}/signups`, JSON.stringify({ email: 'cors@example.com', consentVersion: '2026-11-01', elapsedMs: 4000 }), {
      origin: 'https://evil.example',
      'content-type': 'text/plain',
    });
    assert.equal(write.status, 403);
    assert.equal(await server.db.selectFrom('signups').select('id').where('email', '=', 'cors@example.com').executeTakeFirst(), undefined);
  });

  it('serves a repeat GET as 304 with its ETag', async () => {
    const first = await call(server, 'GET', '/v1/sites/demo/groups/readers');
    const again = await fetch(server.url + '/v1/sites/demo/groups/readers', { headers: { 'if-none-match': first.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });
});

describe('rate limits', () => {
  let server: TestServer;
  before(async () => (server = await startServer({ rateLimits: true })));
  after(() => server.close());

  it('answers 429 with Retry-After past the write limit', async () => {
    let last = { status: 0, headers: new Headers(), body: undefined as any };
    for (let i = 0; i < 21; i++) {
      last = await call(server, 'POST', `${PATH}/signups`, signup(`rl${i}@example.com`));
    }
    assert.equal(last.status, 429);
    assert.equal(last.body.error.code, 'rate_limited');
    assert.ok(Number(last.headers.get('retry-after')) > 0);
    assert.equal((await call(server, 'GET', PATH)).status, 200, 'reads have their own budget');
  });
});
