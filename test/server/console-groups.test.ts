// What the console's Groups screen reads and changes: the groups with their signups counted by
// status, the signups with their proof of consent (by group and status), and removing a reader
// who asks to be forgotten (the signup and its confirmation link gone; another site's reader
// out of reach). With an owner's session, as the console calls them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { author, call, startServer, type TestServer } from './harness.js';

const ORIGIN = 'https://ada.example';

const group = (extra: Record<string, unknown> = {}) => ({
  name: 'Spring Mastermind',
  description: '',
  kind: 'mastermind',
  fields: [{ name: 'genre', label: 'Genre', type: 'select', required: true, options: [{ value: 'epic', label: 'Epic fantasy' }] }],
  seats: null,
  consentText: 'Ada may email me about the mastermind.',
  consentVersion: 'v1',
  doubleOptIn: true,
  ...extra,
});

describe('console: groups and signups', () => {
  let server: TestServer;
  let ada: Record<string, string>;
  let bea: Record<string, string>;
  /** Signup ids by reader. */
  const ids: Record<string, string> = {};

  const signup = async (site: string, groupId: string, email: string) => {
    const answer = await call(
      server,
      'POST',
      `/v1/sites/${site}/groups/${groupId}/signups`,
      { email, name: email.split('@')[0], answers: { genre: 'epic' }, consentVersion: 'v1', source: `${ORIGIN}/join`, elapsedMs: 4000 },
      { origin: ORIGIN },
    );
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const row = await server.db.selectFrom('signups').select('id').where('site_id', '=', site).where('email', '=', email).executeTakeFirstOrThrow();
    ids[email] = row.id;
  };

  before(async () => {
    server = await startServer();
    ada = await author(server, 'ada@example.com', 'ada', { origins: [ORIGIN] });
    bea = await author(server, 'bea@example.com', 'bea', { origins: [ORIGIN] });
    // A mastermind with double opt-in (pending), and a one-seat readers' group without it (confirmed, then waitlisted).
    assert.equal((await call(server, 'PUT', '/v1/sites/ada/admin/groups/spring', group(), ada)).status, 201);
    assert.equal((await call(server, 'PUT', '/v1/sites/ada/admin/groups/club', group({ name: 'Club', kind: 'readers', seats: 1, doubleOptIn: false }), ada)).status, 201);
    assert.equal((await call(server, 'PUT', '/v1/sites/bea/admin/groups/news', group({ name: 'News', kind: 'newsletter', fields: [] }), bea)).status, 201);
    await signup('ada', 'spring', 'pat@example.com');
    await signup('ada', 'club', 'cy@example.com');
    await signup('ada', 'club', 'wes@example.com');
    const news = await call(server, 'POST', '/v1/sites/bea/groups/news/signups', { email: 'nia@example.com', answers: {}, consentVersion: 'v1', elapsedMs: 4000 }, { origin: ORIGIN });
    assert.equal(news.status, 201);
    ids['nia@example.com'] = (await server.db.selectFrom('signups').select('id').where('email', '=', 'nia@example.com').executeTakeFirstOrThrow()).id;
  });
  after(() => server.close());

  it('counts each group’s signups by status', async () => {
    const { status, body } = await call(server, 'GET', '/v1/sites/ada/admin/groups', undefined, ada);
    assert.equal(status, 200);
    const counts = Object.fromEntries(body.groups.map((g: { id: string; signups: unknown }) => [g.id, g.signups]));
    assert.deepEqual(counts, {
      club: { pending_confirmation: 0, confirmed: 1, waitlisted: 1 },
      spring: { pending_confirmation: 1, confirmed: 0, waitlisted: 0 },
    });
    const spring = body.groups.find((g: { id: string }) => g.id === 'spring');
    assert.deepEqual(spring.consent, { text: 'Ada may email me about the mastermind.', version: 'v1' });
    assert.equal('seatsLeft' in spring, false);
  });

  it('lists signups with their proof of consent, by group and by status', async () => {
    const all = await call(server, 'GET', '/v1/sites/ada/admin/signups', undefined, ada);
    assert.equal(all.status, 200);
    assert.deepEqual(all.body.signups.map((s: { email: string }) => s.email).sort(), ['cy@example.com', 'pat@example.com', 'wes@example.com']);

    const spring = await call(server, 'GET', '/v1/sites/ada/admin/signups?group=spring', undefined, ada);
    assert.equal(spring.body.signups.length, 1);
    const [pat] = spring.body.signups;
    assert.equal(pat.id, ids['pat@example.com']);
    assert.equal(pat.group, 'spring');
    assert.equal(pat.name, 'pat');
    assert.equal(pat.status, 'pending_confirmation');
    assert.deepEqual(pat.answers, { genre: 'epic' });
    assert.equal(pat.consent.text, 'Ada may email me about the mastermind.');
    assert.equal(pat.consent.version, 'v1');
    assert.ok(!Number.isNaN(Date.parse(pat.consent.at)), 'when the reader agreed');
    assert.equal(pat.source, `${ORIGIN}/join`);
    assert.equal(pat.swap, null);
    assert.equal(pat.confirmedAt, null);

    const waitlisted = await call(server, 'GET', '/v1/sites/ada/admin/signups?group=club&status=waitlisted', undefined, ada);
    assert.deepEqual(waitlisted.body.signups.map((s: { email: string }) => s.email), ['wes@example.com']);
    const confirmed = await call(server, 'GET', '/v1/sites/ada/admin/signups?status=confirmed', undefined, ada);
    assert.deepEqual(confirmed.body.signups.map((s: { email: string }) => s.email), ['cy@example.com']);
    assert.ok(confirmed.body.signups[0].confirmedAt);
    const none = await call(server, 'GET', '/v1/sites/ada/admin/signups?group=spring&status=confirmed', undefined, ada);
    assert.deepEqual(none.body.signups, []);

    const bad = await call(server, 'GET', '/v1/sites/ada/admin/signups?status=maybe', undefined, ada);
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.field, 'status');
  });

  it('refuses the signups without a session or token, and to another site’s owner', async () => {
    const anonymous = await call(server, 'GET', '/v1/sites/ada/admin/signups');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.error.code, 'unauthorized');
    assert.equal((await call(server, 'GET', '/v1/sites/ada/admin/signups', undefined, bea)).status, 401);
    assert.equal((await call(server, 'DELETE', `/v1/sites/ada/admin/signups/${ids['pat@example.com']}`)).status, 401);
  });

  it('removes a reader: the signup and its confirmation link are gone', async () => {
    const id = ids['pat@example.com']!;
    const link = server.mail.find((m) => m.to === 'pat@example.com')?.link;
    assert.ok(link, 'a confirmation link was sent');
    assert.ok(await server.db.selectFrom('confirmations').select('token_hash').where('signup_id', '=', id).executeTakeFirst());

    const removed = await call(server, 'DELETE', `/v1/sites/ada/admin/signups/${id}`, undefined, ada);
    assert.equal(removed.status, 204);
    assert.equal(await server.db.selectFrom('signups').select('id').where('id', '=', id).executeTakeFirst(), undefined);
    assert.equal(await server.db.selectFrom('confirmations').select('token_hash').where('signup_id', '=', id).executeTakeFirst(), undefined);
    const path = new URL(link!).pathname;
    assert.equal((await call(server, 'GET', path)).status, 404, 'the emailed link no longer confirms anything');

    assert.equal((await call(server, 'GET', '/v1/sites/ada/admin/signups?group=spring', undefined, ada)).body.signups.length, 0);
    const again = await call(server, 'DELETE', `/v1/sites/ada/admin/signups/${id}`, undefined, ada);
    assert.equal(again.status, 404);
    assert.equal(again.body.error.code, 'not_found');
  });

  it('answers 404 for another site’s signup and leaves it alone', async () => {
    const theirs = ids['nia@example.com']!;
    const answer = await call(server, 'DELETE', `/v1/sites/ada/admin/signups/${theirs}`, undefined, ada);
    assert.equal(answer.status, 404);
    assert.ok(await server.db.selectFrom('signups').select('id').where('id', '=', theirs).executeTakeFirst(), 'still there');
    assert.equal((await call(server, 'GET', '/v1/sites/bea/admin/signups', undefined, bea)).body.signups.length, 1);
  });

  it('deletes a group only once it has no signups', async () => {
    const refused = await call(server, 'DELETE', '/v1/sites/ada/admin/groups/club', undefined, ada);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'has_signups');
    for (const email of ['cy@example.com', 'wes@example.com']) {
      assert.equal((await call(server, 'DELETE', `/v1/sites/ada/admin/signups/${ids[email]}`, undefined, ada)).status, 204);
    }
    assert.equal((await call(server, 'DELETE', '/v1/sites/ada/admin/groups/club', undefined, ada)).status, 204);
    const { body } = await call(server, 'GET', '/v1/sites/ada/admin/groups', undefined, ada);
    assert.deepEqual(body.groups.map((g: { id: string }) => g.id), ['spring']);
  });
});
