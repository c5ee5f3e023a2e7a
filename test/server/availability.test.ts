// Issue #13, availability: what one public request may cost. A site holds a bounded number of
// events, a feed brings a bounded number, a listing expands a bounded number of dates however
// its rules are written, listings a moment apart share one cached answer, and two imports of one
// feed at once leave one event per UID. On SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import rrule from 'rrule';
import { CANCELLED_PER_EVENT, EVENTS_PER_FEED, EVENTS_PER_SITE } from '../../server/calendar/limits.js';
import { LISTING_LIMITS, listOccurrences, occurrences } from '../../server/calendar/recurrence.js';
import { listingWindow } from '../../server/routes/events.js';
import { startOf } from '../../src/time.js';
// @ts-expect-error: the benchmark's feed generator is plain JavaScript.
import { dailyFeed } from '../../bench/availability/feed.mjs';
import { author, call, startServer, type TestServer } from './harness.js';

const DAY = 86_400_000;
const feedOf = dailyFeed as (count: number, prefix?: string) => string;

/** A feed whose one series cancels `count` of its dates. */
function cancelledFeed(count: number): string {
  const exdates = Array.from({ length: count }, (_, i) => `EXDATE:${new Date(Date.UTC(2027, 0, 1 + i, 9)).toISOString().replace(/[-:]|\.\d+/g, '')}`);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:cancelled@test', 'SUMMARY:Often off', 'DTSTART:20270101T090000Z', 'RRULE:FREQ=DAILY', ...exdates, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
}

describe('availability', () => {
  let server: TestServer;
  let feeds: Server;
  let base: string;
  const served = new Map<string, string>();

  before(async () => {
    server = await startServer();
    served.set('/a.ics', feedOf(EVENTS_PER_FEED, 'a'));
    served.set('/b.ics', feedOf(EVENTS_PER_FEED, 'b'));
    served.set('/one.ics', feedOf(1, 'one'));
    served.set('/over.ics', feedOf(EVENTS_PER_FEED + 1, 'over'));
    served.set('/attack.ics', feedOf(13_000, 'attack'));
    served.set('/concurrent.ics', feedOf(40, 'concurrent'));
    served.set('/exdates-ok.ics', cancelledFeed(CANCELLED_PER_EVENT));
    served.set('/exdates-over.ics', cancelledFeed(CANCELLED_PER_EVENT + 1));
    feeds = createServer((request, response) => {
      const text = served.get(request.url ?? '');
      if (text === undefined) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'text/calendar' }).end(text);
    });
    await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(feeds.address() as { port: number }).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => feeds.close(() => resolve()));
    await server.close();
  });

  const count = async (site: string) =>
    Number((await server.db.selectFrom('events').select((eb) => eb.fn.countAll<string | number>().as('n')).where('site_id', '=', site).executeTakeFirstOrThrow()).n);
  const importFeed = (site: string, headers: Record<string, string>, path: string) =>
    call(server, 'POST', `/v1/sites/${site}/admin/events/import`, { url: base + path }, headers);
  const event = (title: string) => ({ title, kind: 'online', timeZone: 'UTC', startLocal: '2027-01-01T10:00', durationMinutes: 60, rrule: 'FREQ=DAILY' });

  describe('the largest site the limits allow', () => {
    let headers: Record<string, string>;
    before(async () => (headers = await author(server, 'busy@example.com', 'busy')));

    it('imports a feed at the limit and refuses one over it, the hostile 13,000 too, storing nothing', async () => {
      const over = await importFeed('busy', headers, '/over.ics');
      assert.equal(over.status, 422);
      assert.equal(over.body.error.code, 'too_many_events');
      assert.equal(over.body.error.field, 'url');
      assert.match(over.body.error.message, new RegExp(`${EVENTS_PER_FEED + 1} events; Salon imports at most ${EVENTS_PER_FEED}`));
      const attack = await importFeed('busy', headers, '/attack.ics');
      assert.equal(attack.status, 422);
      assert.equal(attack.body.error.code, 'too_many_events');
      assert.match(attack.body.error.message, /13000 entries/);
      assert.equal(await count('busy'), 0);

      const first = await importFeed('busy', headers, '/a.ics');
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.deepEqual(first.body, { imported: EVENTS_PER_FEED, updated: 0 });
    });

    it('fills the site up to its limit, then refuses any more from a feed or the admin API, and still updates', async () => {
      assert.deepEqual((await importFeed('busy', headers, '/b.ics')).body, { imported: EVENTS_PER_FEED, updated: 0 });
      assert.equal(await count('busy'), EVENTS_PER_SITE);

      const more = await importFeed('busy', headers, '/one.ics');
      assert.equal(more.status, 422);
      assert.equal(more.body.error.code, 'too_many_events');
      assert.match(more.body.error.message, new RegExp(`at most ${EVENTS_PER_SITE} events; this one has ${EVENTS_PER_SITE}`));
      const created = await call(server, 'PUT', '/v1/sites/busy/admin/events/one-more', event('One more'), headers);
      assert.equal(created.status, 422);
      assert.equal(created.body.error.code, 'too_many_events');
      assert.equal(await count('busy'), EVENTS_PER_SITE);

      // What the site holds can still change: a re-import updates, an event is replaced.
      assert.deepEqual((await importFeed('busy', headers, '/a.ics')).body, { imported: 0, updated: EVENTS_PER_FEED });
      const [some] = await server.db.selectFrom('events').select('id').where('site_id', '=', 'busy').limit(1).execute();
      assert.equal((await call(server, 'PUT', `/v1/sites/busy/admin/events/${some!.id}`, event('Renamed'), headers)).status, 200);
      assert.equal(await count('busy'), EVENTS_PER_SITE);
    });

    it('answers a year of it with at most 1,000 occurrences, within the listing budget', async () => {
      const from = new Date(Date.UTC(2027, 2, 1));
      const to = new Date(from.getTime() + 366 * DAY);
      const { status, body } = await call(server, 'GET', `/v1/sites/busy/events?from=${from.toISOString()}&to=${to.toISOString()}`);
      assert.equal(status, 200);
      assert.equal(body.occurrences.length, LISTING_LIMITS.occurrences);
      assert.ok(body.occurrences.every((o: { start: string }) => o.start >= from.toISOString() && o.start < to.toISOString()));
      const starts = body.occurrences.map((o: { start: string }) => o.start);
      assert.deepEqual(starts, [...starts].sort(), 'in order');

      // The same listing, as the route makes it, and what it cost: a year of each of 1,000 daily
      // series would be 366,000 dates, and the walk from 2025 as many again; it stops at its budget.
      const rows = await server.db.selectFrom('events').selectAll().where('site_id', '=', 'busy').orderBy('id').execute();
      const listing = listOccurrences(rows, from, to);
      assert.equal(listing.occurrences.length, LISTING_LIMITS.occurrences);
      assert.ok(listing.steps <= LISTING_LIMITS.steps, `${listing.steps} steps`);
    });

    it('refuses a series with more cancelled dates than an event keeps', async () => {
      const site = await author(server, 'offen@example.com', 'offen');
      assert.equal((await importFeed('offen', site, '/exdates-ok.ics')).status, 200);
      const over = await importFeed('offen', site, '/exdates-over.ics');
      assert.equal(over.status, 422);
      assert.match(over.body.error.message, new RegExp(`${CANCELLED_PER_EVENT + 1} cancelled dates; Salon keeps at most ${CANCELLED_PER_EVENT}`));
    });
  });

  describe('the work of one listing', () => {
    const from = new Date('2027-03-01T00:00:00Z');
    const to = new Date('2028-03-01T00:00:00Z');
    const series = (rule: string, start = '2027-01-01T09:00', zone = 'UTC') => ({ start_local: start, time_zone: zone, duration_minutes: 60, rrule: rule, cancelled: '[]' });

    it('walks a rule that matches no day only across the window, not to the year 9999', () => {
      for (const rule of ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=WEEKLY;BYMONTH=4;BYMONTHDAY=31', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30']) {
        const listing = listOccurrences([series(rule)], from, to);
        assert.deepEqual([listing.occurrences.length, listing.complete], [0, true], rule);
        assert.ok(listing.steps < 5_000, `${rule}: ${listing.steps} steps`);
      }
    });

    it('starts the walk at the window, not at a DTSTART centuries back, and finds the same dates', () => {
      const old = series('FREQ=DAILY', '1200-06-01T09:00', 'Europe/Berlin');
      const listing = listOccurrences([old], from, to);
      assert.equal(listing.occurrences.length, 366);
      assert.ok(listing.steps < 6_000, `${listing.steps} steps`);
      assert.ok(listing.occurrences.every(({ start }) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', timeStyle: 'short' }).format(start) === '09:00'));
    });

    it('finds what rrule finds walking from DTSTART, for rules of every frequency, interval and week start', () => {
      const rules = [
        'FREQ=DAILY;INTERVAL=3',
        'FREQ=DAILY;BYDAY=MO,WE,FR;BYHOUR=9,17',
        'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SA',
        'FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=SU,MO',
        'FREQ=WEEKLY;INTERVAL=2;WKST=WE',
        'FREQ=MONTHLY;INTERVAL=5',
        'FREQ=MONTHLY;BYDAY=-1FR',
        'FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
        'FREQ=MONTHLY;BYMONTHDAY=31',
        'FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29',
        'FREQ=YEARLY;BYWEEKNO=20;BYDAY=TH',
        'FREQ=YEARLY;INTERVAL=3',
        'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270915T090000Z',
      ];
      for (const rule of rules) {
        for (const start of ['2003-01-31T09:30', '2019-08-14T18:00', '2026-12-30T07:15']) {
          const ours = occurrences(series(rule, start), from, to, 10_000).map((o) => o.start.toISOString());
          const walked = new rrule.RRule({ ...rrule.RRule.parseString(rule), tzid: null, dtstart: new Date(`${start}:00Z`) })
            .between(from, new Date(to.getTime() - 1), true)
            .map((date) => date.toISOString());
          assert.deepEqual(ours, walked, `${rule} from ${start}`);
        }
      }
    });

    it('stops at its budget of steps, however many series, and says so', () => {
      const many = Array.from({ length: 400 }, (_, i) => series('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=28;COUNT=10000', `1900-01-${String(1 + (i % 28)).padStart(2, '0')}T09:00`));
      const listing = listOccurrences(many, from, to, { steps: 20_000 });
      assert.equal(listing.complete, false);
      assert.ok(listing.steps <= 20_000);
    });
  });

  describe('listing windows', () => {
    it('are widened to quarter hours, which leaves every reader’s midnight as it is', () => {
      for (const zone of ['America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Adelaide', 'America/St_Johns', 'Pacific/Chatham', 'UTC']) {
        const from = new Date(startOf('2027-03-10', zone));
        const to = new Date(startOf('2027-04-21', zone));
        assert.deepEqual(listingWindow(from, to), { from, to }, zone);
      }
      const window = listingWindow(new Date('2027-03-10T05:07:00.001Z'), new Date('2027-03-11T05:00:00.001Z'));
      assert.deepEqual(window, { from: new Date('2027-03-10T05:00:00Z'), to: new Date('2027-03-11T05:15:00Z') });
    });

    it('serve requests a millisecond apart (or with a parameter no one reads) from one answer', async () => {
      const from = Date.UTC(2027, 5, 1, 4);
      const path = (start: number, extra = '') =>
        `/v1/sites/demo/events?from=${new Date(start).toISOString()}&to=${new Date(from + 30 * DAY).toISOString()}${extra}`;
      const first = await call(server, 'GET', path(from));
      assert.equal(first.status, 200);
      // Written around the server, which therefore forgets nothing: only a new computation would show it.
      await server.db
        .insertInto('events')
        .values({ site_id: 'demo', id: 'unseen', title: 'Unseen', description: '', kind: 'online', venue: null, tags: '[]', time_zone: 'UTC', start_local: '2027-06-02T10:00', duration_minutes: 60, rrule: null, cancelled: '[]', seats: null, join_url: null, source: 'admin', uid: null, created_at: new Date().toISOString() })
        .execute();
      for (const again of [path(from + 1), path(from + 60_000), path(from, '&nonce=1')]) {
        const answer = await call(server, 'GET', again);
        assert.equal(answer.status, 200);
        assert.equal(answer.headers.get('etag'), first.headers.get('etag'), again);
        assert.deepEqual(answer.body, first.body, again);
      }
      const later = await call(server, 'GET', path(from + 3600_000));
      assert.ok(later.body.occurrences.some((o: { event: string }) => o.event === 'unseen'), 'another window is computed anew');
      await server.db.deleteFrom('events').where('site_id', '=', 'demo').where('id', '=', 'unseen').execute();
    });
  });

  it('two imports of one feed at once leave one event per UID', async () => {
    const headers = await author(server, 'twice@example.com', 'twice');
    const answers = await Promise.all([importFeed('twice', headers, '/concurrent.ics'), importFeed('twice', headers, '/concurrent.ics')]);
    assert.deepEqual(answers.map((a) => a.status), [200, 200], JSON.stringify(answers.map((a) => a.body)));
    const rows = await server.db.selectFrom('events').select('uid').where('site_id', '=', 'twice').execute();
    assert.equal(rows.length, 40);
    assert.equal(new Set(rows.map((r) => r.uid)).size, 40);
    assert.equal(answers[0]!.body.imported + answers[1]!.body.imported, 40, 'each event imported once, then updated');
  });
});
