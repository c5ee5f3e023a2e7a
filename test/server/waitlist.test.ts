// The waitlist moves (a mastermind's limited seats, a sold-out meetup): a seat that frees — a
// hold that ran out unconfirmed, seats the author added, a signup removed — goes to the reader
// who has waited longest, before any newcomer, and they are told by email; the confirmation
// page's "we will write if a place opens" is a promise kept.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sweepWaitlists } from '../../server/waitlists.js';
import { admin, call, DIALECT, startServer, type TestServer } from './harness.js';

const GROUP = '/v1/sites/demo/groups/readers';
const past = () => new Date(Date.now() - 1000).toISOString();
const signup = (email: string) => ({ email, name: email.split('@')[0], consentVersion: '2026-11-01', elapsedMs: 4000 });
const mailTo = (server: TestServer, email: string) => server.mail.filter((m) => m.to === email);
const linkPath = (server: TestServer, email: string) => new URL(mailTo(server, email).at(-1)!.link!).pathname;

describe(`waitlists (${DIALECT})`, () => {
  let server: TestServer;
  const sweep = async () => {
    const queued = await sweepWaitlists(server.deps);
    await server.deps.mailer.idle();
    return queued;
  };
  const status = async (email: string, table: 'signups' | 'rsvps' = 'signups') =>
    (await server.db.selectFrom(table).select('status').where('email', '=', email).executeTakeFirstOrThrow()).status;
  const hold = async (email: string, table: 'signups' | 'rsvps' = 'signups') =>
    (await server.db.selectFrom(table).select('hold_until').where('email', '=', email).executeTakeFirstOrThrow()).hold_until;

  before(async () => (server = await startServer()));
  after(() => server.close());

  describe('a group with one seat', () => {
    beforeEach(async () => {
      await server.db.deleteFrom('confirmations').execute();
      await server.db.deleteFrom('signups').execute();
      await server.db.updateTable('groups').set({ seats: 1, double_opt_in: 1 }).where('site_id', '=', 'demo').where('id', '=', 'readers').execute();
      server.mail.length = 0;
      // ada@ holds the seat, unconfirmed; bob@ waits.
      assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('ada@example.com'))).body.status, 'pending_confirmation');
      assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('bob@example.com'))).body.status, 'waitlisted');
      assert.equal(mailTo(server, 'bob@example.com').length, 0, 'nothing to confirm while waiting');
    });

    it('gives the seat to the first in line once a hold runs out, with a link to confirm it, and keeps their place for a day', async () => {
      assert.equal(await sweep(), 0, 'a hold still running frees nothing');
      await server.db.updateTable('signups').set({ hold_until: past() }).where('email', '=', 'ada@example.com').execute();
      assert.equal(await sweep(), 1);
      assert.equal(await status('bob@example.com'), 'pending_confirmation');
      const held = Date.parse((await hold('bob@example.com'))!) - Date.now();
      assert.ok(held > 23 * 3600_000 && held <= 24 * 3600_000, `held ${held} ms`);
      const [mail] = mailTo(server, 'bob@example.com');
      assert.equal(mail!.subject, 'A place opened up: The Lantern Readers');
      assert.match(mail!.text, /you were next on the waitlist/);
      const page = await call(server, 'POST', linkPath(server, 'bob@example.com'));
      assert.equal(page.status, 200);
      assert.equal(await status('bob@example.com'), 'confirmed');
      // ada@ confirms too late: the seat is bob's; she waits, told so.
      assert.match((await call(server, 'POST', linkPath(server, 'ada@example.com'))).body, /You’re on the waitlist/);
      assert.equal(await status('ada@example.com'), 'waitlisted');
      assert.equal(await sweep(), 0, 'nothing more to give, and the ran-out hold is not found again');
    });

    it('serves the waitlist before a newcomer, even before the next sweep', async () => {
      await server.db.updateTable('signups').set({ hold_until: past() }).where('email', '=', 'ada@example.com').execute();
      assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('cy@example.com'))).body.status, 'waitlisted');
      assert.equal(await status('bob@example.com'), 'pending_confirmation');
      assert.equal(mailTo(server, 'bob@example.com').length, 1);
    });

    it('lets a reader who had confirmed their address straight in, and tells them', async () => {
      // bob@ had confirmed before, from an earlier link, and lost the seat when his hold ran out.
      await server.db.updateTable('signups').set({ status: 'pending_confirmation', hold_until: past() }).where('email', '=', 'bob@example.com').execute();
      await server.db.updateTable('signups').set({ hold_until: new Date(Date.now() + 3600_000).toISOString() }).where('email', '=', 'ada@example.com').execute();
      const link = (await call(server, 'POST', `${GROUP}/signups`, signup('bob@example.com')), linkPath(server, 'bob@example.com'));
      await server.db.updateTable('signups').set({ hold_until: past() }).where('email', '=', 'bob@example.com').execute();
      assert.match((await call(server, 'POST', link)).body, /You’re on the waitlist/);
      await server.db.updateTable('signups').set({ hold_until: past() }).where('email', '=', 'ada@example.com').execute();
      assert.equal(await sweep(), 1);
      assert.equal(await status('bob@example.com'), 'confirmed');
      assert.equal(mailTo(server, 'bob@example.com').at(-1)!.subject, 'You are in: The Lantern Readers');
    });

    it('lets the waitlist in when the author adds seats or removes a signup', async () => {
      const group = (await call(server, 'GET', '/v1/sites/demo/admin/groups', undefined, admin)).body.groups.find((g: { id: string }) => g.id === 'readers');
      const { id: _, signups: __, consent, ...input } = group;
      const saved = await call(server, 'PUT', '/v1/sites/demo/admin/groups/readers', { ...input, consentText: consent.text, consentVersion: consent.version, seats: 3 }, admin);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(await status('bob@example.com'), 'pending_confirmation');
      assert.equal(mailTo(server, 'bob@example.com').length, 1);

      // Full again (ada@, bob@, cy@); dee@ waits until the author removes cy@'s signup.
      await call(server, 'POST', `${GROUP}/signups`, signup('cy@example.com'));
      assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('dee@example.com'))).body.status, 'waitlisted');
      const cy = await server.db.selectFrom('signups').select('id').where('email', '=', 'cy@example.com').executeTakeFirstOrThrow();
      assert.equal((await call(server, 'DELETE', `/v1/sites/demo/admin/signups/${cy.id}`, undefined, admin)).status, 204);
      assert.equal(await status('dee@example.com'), 'pending_confirmation');
    });
  });

  describe('an event date with one seat', () => {
    let start: string;
    const rsvp = (email: string) => call(server, 'POST', '/v1/sites/demo/events/mastermind-weekly/rsvps', { start, name: email.split('@')[0], email, elapsedMs: 4000 });

    before(async () => {
      await server.db.updateTable('events').set({ seats: 1 }).where('site_id', '=', 'demo').where('id', '=', 'mastermind-weekly').execute();
      const now = Date.now();
      const list = await call(server, 'GET', `/v1/sites/demo/events?from=${new Date(now).toISOString()}&to=${new Date(now + 14 * 86400_000).toISOString()}`);
      start = list.body.occurrences.find((o: { event: string }) => o.event === 'mastermind-weekly').start;
    });

    it('gives a seat that frees to the first in line: going at once, with the join link, for a reader who had confirmed', async () => {
      assert.equal((await rsvp('eve@example.com')).body.status, 'pending_confirmation');
      assert.equal((await rsvp('fay@example.com')).body.status, 'waitlisted');
      assert.equal((await rsvp('gus@example.com')).body.status, 'waitlisted');
      // fay@ had confirmed her address once (her hold ran out before); gus@ never did.
      await server.db.updateTable('rsvps').set({ confirmed_at: past() }).where('email', '=', 'fay@example.com').execute();
      await server.db.updateTable('rsvps').set({ hold_until: past() }).where('email', '=', 'eve@example.com').execute();
      assert.equal(await sweep(), 1);
      assert.equal(await status('fay@example.com', 'rsvps'), 'going');
      const mail = mailTo(server, 'fay@example.com').at(-1)!;
      assert.equal(mail.subject, 'You are going: Spring Mastermind — weekly call');
      assert.match(mail.text, /The link to join: https:\/\/meet\.example\.com\//);
      assert.equal(await status('gus@example.com', 'rsvps'), 'waitlisted', 'one seat, one reader');

      // The author makes room for one more: gus@ is asked to confirm, and holds the seat meanwhile.
      const event = (await call(server, 'GET', '/v1/sites/demo/admin/events', undefined, admin)).body.events.find((e: { id: string }) => e.id === 'mastermind-weekly');
      const { id: _, source: __, uid: ___, createdAt: ____, ...input } = event;
      assert.equal((await call(server, 'PUT', '/v1/sites/demo/admin/events/mastermind-weekly', { ...input, seats: 2 }, admin)).status, 200, 'saved');
      assert.equal(await status('gus@example.com', 'rsvps'), 'pending_confirmation');
      assert.equal(mailTo(server, 'gus@example.com').at(-1)!.subject, 'A place opened up: Spring Mastermind — weekly call');
      assert.ok((await hold('gus@example.com', 'rsvps'))! <= start, 'never held past the start');
    });
  });

  it('gives a seat once when every instance looks at the same moment', async () => {
    await server.db.deleteFrom('confirmations').execute();
    await server.db.deleteFrom('signups').execute();
    await server.db.updateTable('groups').set({ seats: 1 }).where('site_id', '=', 'demo').where('id', '=', 'readers').execute();
    await call(server, 'POST', `${GROUP}/signups`, signup('hal@example.com'));
    for (const who of ['ivy', 'jo', 'kim']) await call(server, 'POST', `${GROUP}/signups`, signup(`${who}@example.com`));
    await server.db.updateTable('signups').set({ hold_until: past() }).where('email', '=', 'hal@example.com').execute();
    const queued = await Promise.all([sweep(), sweep(), sweep()]);
    assert.equal(queued.reduce((a, b) => a + b, 0), 1, `queued ${queued}`);
    assert.deepEqual(
      await Promise.all(['ivy', 'jo', 'kim'].map((who) => status(`${who}@example.com`))),
      ['pending_confirmation', 'waitlisted', 'waitlisted'],
      'the first in line',
    );
  });
});
