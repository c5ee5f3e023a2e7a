import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { EventList, type Occurrence } from '../../src/api/schemas.js';
import { check } from '../../src/api/shape.js';
import { importFeed } from '../../server/calendar/import.js';
import { ApiError } from '../../server/http/errors.js';
import { admin, call, startServer, type TestServer } from './harness.js';

const DAY = 86400_000;
const list = async (server: TestServer, query: string) => {
  const answer = await call(server, 'GET', `/v1/sites/demo/events?${query}`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return { ...answer, occurrences: check(EventList, answer.body).occurrences };
};
const range = (from: Date | string | number, to: Date | string | number) =>
  `from=${encodeURIComponent(new Date(from).toISOString())}&to=${encodeURIComponent(new Date(to).toISOString())}`;
const nextDays = (days: number) => range(new Date(), new Date(Date.now() + days * DAY));
/** "Wed 19:00" for an instant in a zone. */
const weekdayTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso)).replace(',', '');

describe('events', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('lists the demo events’ occurrences in a range, recurring ones expanded, sorted, without join links', async () => {
    const { occurrences, headers, body } = await list(server, nextDays(60));
    const weekly = occurrences.filter((o) => o.event === 'mastermind-weekly');
    assert.ok(weekly.length >= 8 && weekly.length <= 9, `${weekly.length} weekly calls in 60 days`);
    for (const o of weekly) {
      assert.equal(weekdayTime(o.start, 'America/New_York'), 'Wed 19:00');
      assert.equal(new Date(o.end).getTime() - new Date(o.start).getTime(), 90 * 60_000);
      assert.deepEqual([o.timeZone, o.kind, o.seats, o.seatsLeft, o.venue], ['America/New_York', 'online', 8, 8, null]);
    }
    assert.equal(new Set(weekly.map((o) => o.start)).size, weekly.length);
    const starts = occurrences.map((o) => o.start);
    assert.deepEqual(starts, [...starts].sort());

    const signing = occurrences.find((o) => o.event === 'berlin-signing')!;
    assert.deepEqual(signing.venue, { name: 'Buchhandlung Lesezeichen', address: 'Oranienstraße 12', city: 'Berlin', country: 'DE' });
    assert.equal(signing.kind, 'in_person');
    assert.deepEqual([signing.seats, signing.seatsLeft], [40, 40]);
    assert.equal(weekdayTime(signing.start, 'Europe/Berlin').slice(-5), '18:00');
    assert.equal(occurrences.find((o) => o.event === 'nyc-con')!.seatsLeft, null);

    const text = JSON.stringify(body);
    assert.ok(!text.includes('meet.example') && !/join/i.test(text), 'no join link in a public answer');
    assert.equal(headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=300');
    assert.ok(headers.get('etag'));
  });

  it('filters by tag', async () => {
    const { occurrences } = await list(server, `${nextDays(60)}&tag=authors`);
    assert.ok(occurrences.length > 0);
    assert.ok(occurrences.every((o) => o.tags.includes('authors')));
    assert.ok(occurrences.some((o) => o.event === 'swap-clinic'));
    assert.equal((await list(server, `${nextDays(60)}&tag=nothing-has-this`)).occurrences.length, 0);
  });

  it('keeps a weekly New York event at 19:00 local across the November change (stored row)', async () => {
    await server.db
      .insertInto('events')
      .values({
        site_id: 'demo',
        id: 'dst-weekly',
        title: 'DST weekly',
        description: '',
        kind: 'online',
        venue: null,
        tags: '["dst"]',
        time_zone: 'America/New_York',
        start_local: '2026-10-21T19:00',
        duration_minutes: 60,
        rrule: 'FREQ=WEEKLY;BYDAY=WE',
        seats: null,
        join_url: null,
        source: 'admin',
        uid: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const { occurrences } = await list(server, `${range('2026-10-20T00:00:00Z', '2026-11-20T00:00:00Z')}&tag=dst`);
    assert.deepEqual(
      occurrences.map((o) => o.start),
      ['2026-10-21T23:00:00.000Z', '2026-10-28T23:00:00.000Z', '2026-11-05T00:00:00.000Z', '2026-11-12T00:00:00.000Z', '2026-11-19T00:00:00.000Z'],
    );
  });

  it('refuses bad ranges with 422 naming the field', async () => {
    const now = Date.now();
    const cases: Array<[string, string]> = [
      [range(now, now - DAY), 'to'],
      [range(now, now), 'to'],
      [range(now, now + 367 * DAY), 'to'],
      [`from=${encodeURIComponent(new Date(now).toISOString())}`, 'to'],
      [`from=yesterday&to=${encodeURIComponent(new Date(now).toISOString())}`, 'from'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await call(server, 'GET', `/v1/sites/demo/events?${query}`);
      assert.equal(status, 422, query);
      assert.equal(body.error.field, field, query);
    }
    assert.equal((await call(server, 'GET', `/v1/sites/demo/events?${range(now, now + 366 * DAY)}`)).status, 200);
    assert.equal((await call(server, 'GET', `/v1/sites/nope/events?${nextDays(7)}`)).status, 404);
  });

  describe('RSVPs', () => {
    let first: Occurrence;
    const rsvp = (start: string, email: string, event = 'mastermind-weekly', name = 'Ada') =>
      call(server, 'POST', `/v1/sites/demo/events/${event}/rsvps`, { start, name, email });

    before(async () => {
      first = (await list(server, nextDays(30))).occurrences.find((o) => o.event === 'mastermind-weekly')!;
    });

    /** The confirmation link emailed to an address last, as a path. */
    const linkFor = (email: string) => new URL(server.mail.filter((m) => m.to === email).at(-1)!.link!).pathname;

    it('holds a place and emails a link; the join link comes only once the reader confirms from their inbox', async () => {
      const { status, body } = await rsvp(first.start, 'ada@example.com');
      assert.equal(status, 201);
      assert.deepEqual(body, { status: 'pending_confirmation' }, 'no join link for an address nobody proved');
      const mail = server.mail.filter((m) => m.to === 'ada@example.com');
      assert.equal(mail.length, 1);
      assert.equal(mail[0]!.subject, 'Confirm your place: Spring Mastermind — weekly call');
      assert.doesNotMatch(mail[0]!.text, /meet\.example/);
      const path = linkFor('ada@example.com');
      const opened = await call(server, 'GET', path);
      assert.match(opened.body, /Confirm my place/);
      assert.doesNotMatch(opened.body, /meet\.example/, 'opening the link (a scanner) shows no join link and confirms nothing');
      const confirmed = await call(server, 'POST', path);
      assert.equal(confirmed.status, 200);
      assert.match(confirmed.body, /You’re going!/);
      assert.match(confirmed.body, /href="https:\/\/meet\.example\.com\/jane-doe-mastermind-weekly"/);
      const row = await server.db.selectFrom('rsvps').select(['status', 'confirmed_at', 'hold_until']).where('email', '=', 'ada@example.com').executeTakeFirstOrThrow();
      assert.equal(row.status, 'going');
      assert.ok(row.confirmed_at);
      assert.equal(row.hold_until, null);
    });

    it('does not store a second RSVP for the same reader and occurrence, and answers as for a new one', async () => {
      const again = await rsvp(first.start.replace('.000Z', 'Z'), ' ADA@example.com ');
      assert.equal(again.status, 201);
      assert.deepEqual(again.body, { status: 'pending_confirmation' }, 'a going reader is told what anyone is told');
      const rows = await server.db.selectFrom('rsvps').select(['occurrence_start']).where('email', '=', 'ada@example.com').execute();
      assert.deepEqual(rows, [{ occurrence_start: first.start }]);
      assert.equal(server.mail.filter((m) => m.to === 'ada@example.com').length, 1, 'at most one email per occurrence every ten minutes');
    });

    it('made-up addresses hold seats only for a while: full, then free again when their holds run out', async () => {
      for (let i = 1; i < 8; i++) assert.equal((await rsvp(first.start, `seat${i}@example.com`)).body.status, 'pending_confirmation');
      const late = await rsvp(first.start, 'late@example.com');
      assert.equal(late.status, 201);
      assert.deepEqual(late.body, { status: 'waitlisted' });
      let weekly = (await list(server, nextDays(30))).occurrences.filter((o) => o.event === 'mastermind-weekly');
      assert.equal(weekly[0]!.seatsLeft, 0, 'held places count');
      assert.equal(weekly[1]!.seatsLeft, 8);

      // Nobody confirmed within the day: the seats are free again, for a reader who does.
      await server.db.updateTable('rsvps').set({ hold_until: new Date(Date.now() - 1000).toISOString() }).where('status', '=', 'pending_confirmation').execute();
      // Another window: the last one's answer is cached for a second, and time passing is no write.
      weekly = (await list(server, nextDays(31))).occurrences.filter((o) => o.event === 'mastermind-weekly');
      assert.equal(weekly[0]!.seatsLeft, 7);
      assert.equal((await rsvp(first.start, 'real@example.com')).body.status, 'pending_confirmation');
      // A hold that ran out, confirmed once the occurrence is full again: the waitlist, told so.
      await server.db.updateTable('events').set({ seats: 2 }).where('site_id', '=', 'demo').where('id', '=', 'mastermind-weekly').execute();
      const confirmed = await call(server, 'POST', linkFor('seat1@example.com'));
      assert.match(confirmed.body, /You’re on the waitlist/);
      await server.db.updateTable('events').set({ seats: 8 }).where('site_id', '=', 'demo').where('id', '=', 'mastermind-weekly').execute();
    });

    it('gives no link for an event without one', async () => {
      const signing = (await list(server, nextDays(60))).occurrences.find((o) => o.event === 'berlin-signing')!;
      const { status, body } = await rsvp(signing.start, 'bo@example.com', 'berlin-signing');
      assert.equal(status, 201);
      assert.deepEqual(body, { status: 'pending_confirmation' });
      const confirmed = await call(server, 'POST', linkFor('bo@example.com'));
      assert.match(confirmed.body, /You’re going!/);
      assert.doesNotMatch(confirmed.body, /Join online/);
    });

    it('answers 404 for a start that is not an occurrence, or an unknown event; 422 for bad input', async () => {
      const off = new Date(new Date(first.start).getTime() + 3600_000).toISOString();
      const wrong = await rsvp(off, 'cy@example.com');
      assert.equal(wrong.status, 404);
      assert.deepEqual([wrong.body.error.code, wrong.body.error.field], ['not_found', 'start']);
      assert.equal((await rsvp(first.start, 'cy@example.com', 'no-such-event')).status, 404);
      const bad = await rsvp(first.start, 'not-an-email');
      assert.deepEqual([bad.status, bad.body.error.field, bad.body.error.code], [422, 'email', 'invalid_email']);
      const blank = await rsvp(first.start, 'cy@example.com', 'mastermind-weekly', '   ');
      assert.deepEqual([blank.status, blank.body.error.field, blank.body.error.code], [422, 'name', 'required']);
      const noStart = await rsvp('tomorrow', 'cy@example.com');
      assert.deepEqual([noStart.status, noStart.body.error.field], [422, 'start']);
      const rows = await server.db.selectFrom('rsvps').select('id').where('email', '=', 'cy@example.com').execute();
      assert.deepEqual(rows, []);
    });

    it('exports RSVPs as CSV for the admin, safe to open in a spreadsheet', async () => {
      await rsvp(first.start, 'eve@example.com', 'mastermind-weekly', '=SUM(1,2)');
      assert.equal((await call(server, 'GET', '/v1/sites/demo/admin/rsvps.csv')).status, 401);
      const { status, headers, body } = await call(server, 'GET', '/v1/sites/demo/admin/rsvps.csv', undefined, admin);
      assert.equal(status, 200);
      assert.match(headers.get('content-type')!, /^text\/csv/);
      const lines = (body as string).trim().split('\r\n');
      assert.equal(lines[0], 'event,event_title,occurrence_start,name,email,status,created_at');
      // The header, then Ada, seven more, the waitlisted reader, the real one, Bo at the signing, and Eve.
      assert.equal(lines.length, 13);
      assert.ok(lines.some((l) => l.startsWith(`mastermind-weekly,Spring Mastermind — weekly call,${first.start},Ada,ada@example.com,going,`)));
      assert.ok(lines.some((l) => l.startsWith(`mastermind-weekly,Spring Mastermind — weekly call,${first.start},"'=SUM(1,2)",eve@example.com,pending_confirmation,`)));
    });
  });

  it('serves one event as an iCalendar file, without the join link', async () => {
    const { status, headers, body } = await call(server, 'GET', '/v1/sites/demo/events/mastermind-weekly.ics');
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(headers.get('cache-control'), 'public, max-age=300');
    const text = body as string;
    assert.ok(!text.includes('meet.example'));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [event, ...more] = calendar.getAllSubcomponents('vevent');
    assert.equal(more.length, 0);
    assert.equal(event!.getFirstPropertyValue('uid'), 'mastermind-weekly@demo.salon');
    assert.equal(event!.getFirstPropertyValue('summary'), 'Spring Mastermind — weekly call');
    assert.equal(event!.getFirstProperty('dtstart')!.getParameter('tzid'), 'America/New_York');
    assert.match(text, /\r\nRRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=12\r\n/);
    assert.equal(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid'), 'America/New_York');

    const missing = await call(server, 'GET', '/v1/sites/demo/events/no-such-event.ics');
    assert.deepEqual([missing.status, missing.body.error.code], [404, 'not_found']);
  });

  it('serves the site’s feed with every event, named after the site', async () => {
    const { status, headers, body } = await call(server, 'GET', '/v1/sites/demo/events.ics');
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(body as string));
    const rows = await server.db.selectFrom('events').select('id').where('site_id', '=', 'demo').execute();
    const uids = calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    assert.deepEqual(uids.sort(), rows.map((r) => `${r.id}@demo.salon`).sort());
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Jane Doe — fantasy author');
    assert.ok(!(body as string).includes('meet.example'));
    const signing = calendar.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === 'berlin-signing@demo.salon')!;
    assert.equal(signing.getFirstPropertyValue('location'), 'Buchhandlung Lesezeichen, Oranienstraße 12, Berlin, DE');
  });

  describe('admin', () => {
    const input = {
      title: 'Spring call',
      kind: 'online',
      timeZone: 'America/New_York',
      startLocal: '2027-03-03T19:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=4',
      seats: 2,
      joinUrl: 'https://meet.example.com/spring',
      tags: ['spring'],
    };

    it('creates and replaces events; the public list expands them in their zone across the March change', async () => {
      const created = await call(server, 'PUT', '/v1/sites/demo/admin/events/spring-call', input, admin);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.joinUrl, 'https://meet.example.com/spring');
      const replaced = await call(server, 'PUT', '/v1/sites/demo/admin/events/spring-call', { ...input, title: 'Spring call (new)' }, admin);
      assert.equal(replaced.status, 200);
      const { occurrences } = await list(server, `${range('2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z')}&tag=spring`);
      assert.deepEqual(
        occurrences.map((o) => [o.start, o.title]),
        [
          ['2027-03-04T00:00:00.000Z', 'Spring call (new)'],
          ['2027-03-11T00:00:00.000Z', 'Spring call (new)'],
          ['2027-03-17T23:00:00.000Z', 'Spring call (new)'],
          ['2027-03-24T23:00:00.000Z', 'Spring call (new)'],
        ],
      );
      const all = await call(server, 'GET', '/v1/sites/demo/admin/events', undefined, admin);
      assert.equal(all.status, 200);
      const mine = all.body.events.find((e: { id: string }) => e.id === 'spring-call');
      assert.deepEqual([mine.joinUrl, mine.startLocal, mine.rrule, mine.source], ['https://meet.example.com/spring', '2027-03-03T19:00', 'FREQ=WEEKLY;BYDAY=WE;COUNT=4', 'admin']);
      assert.ok(all.body.events.some((e: { joinUrl: string | null }) => e.joinUrl === 'https://meet.example.com/jane-doe-launch'));
    });

    it('cancels single occurrences of a series: gone from the list, the RSVPs and the .ics (EXDATE)', async () => {
      const put = (cancelled: string[]) => call(server, 'PUT', '/v1/sites/demo/admin/events/spring-call', { ...input, cancelled }, admin);
      const saved = await put(['2027-03-17T19:00', '2027-03-10T19:00', '2027-03-17T19:00']);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body.cancelled, ['2027-03-10T19:00', '2027-03-17T19:00'], 'sorted, once each');
      const { occurrences } = await list(server, `${range('2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z')}&tag=spring`);
      assert.deepEqual(occurrences.map((o) => o.start), ['2027-03-04T00:00:00.000Z', '2027-03-24T23:00:00.000Z']);
      const rsvp = await call(server, 'POST', '/v1/sites/demo/events/spring-call/rsvps', { start: '2027-03-11T00:00:00.000Z', name: 'Di', email: 'di@example.com' });
      assert.equal(rsvp.status, 404, 'no RSVP for a cancelled occurrence');

      const ics = await call(server, 'GET', '/v1/sites/demo/events/spring-call.ics');
      const vevent = new ICAL.Component(ICAL.parse(ics.body as string)).getFirstSubcomponent('vevent')!;
      const exdates = vevent.getAllProperties('exdate').flatMap((p) => p.getValues().map((t: ICAL.Time) => [t.toString(), p.getParameter('tzid')]));
      assert.deepEqual(exdates, [
        ['2027-03-10T19:00:00', 'America/New_York'],
        ['2027-03-17T19:00:00', 'America/New_York'],
      ]);

      const stray = await put(['2027-03-10T18:00']);
      assert.deepEqual([stray.status, stray.body.error.field], [422, 'cancelled.0']);
      assert.match(stray.body.error.message, /2027-03-10T18:00 is not one of this event's occurrences/);
      assert.deepEqual((await put([])).body.cancelled, [], 'reinstated');
    });

    it('lists a cancelled date as cancelled to clients that ask, and emails the readers going to it, once', async () => {
      const put = (cancelled: string[]) => call(server, 'PUT', '/v1/sites/demo/admin/events/spring-call', { ...input, cancelled }, admin);
      assert.equal((await put([])).status, 200);
      const start = '2027-03-11T00:00:00.000Z'; // 10 March, 19:00 in New York
      const rsvp = (email: string) => call(server, 'POST', '/v1/sites/demo/events/spring-call/rsvps', { start, name: 'Ed', email });
      assert.equal((await rsvp('going@example.com')).status, 201);
      const link = server.mail.filter((m) => m.to === 'going@example.com').at(-1)!.link!;
      assert.equal((await call(server, 'POST', new URL(link).pathname)).status, 200);
      assert.equal((await rsvp('unconfirmed@example.com')).status, 201);
      // A reader waiting who had confirmed their address (their hold ran out as the date filled).
      assert.equal((await rsvp('waiting@example.com')).status, 201);
      await server.db.updateTable('rsvps').set({ status: 'waitlisted', confirmed_at: new Date().toISOString(), hold_until: null }).where('email', '=', 'waiting@example.com').execute();
      const before = server.mail.length;

      assert.equal((await put(['2027-03-10T19:00'])).status, 200);
      // The mail worker sends in no set order.
      const told = server.mail.slice(before).sort((x, y) => x.to.localeCompare(y.to));
      assert.deepEqual(
        told.map((m) => [m.to, m.subject]),
        [
          ['going@example.com', 'Cancelled: Spring call, Wed, 10 Mar 2027, 19:00 (America/New_York)'],
          ['waiting@example.com', 'Cancelled: Spring call, Wed, 10 Mar 2027, 19:00 (America/New_York)'],
        ],
        'the readers going and waiting (an unconfirmed address is not proven)',
      );
      assert.match(told[0]!.text, /^Hello Ed,\n\n"Spring call" on Wed, 10 Mar 2027, 19:00 \(America\/New_York\) will not take place.*You had a place;/s);
      assert.match(told[1]!.text, /You were on its waitlist; there is nothing you need to do/);
      assert.equal((await put(['2027-03-10T19:00'])).status, 200);
      assert.equal(server.mail.length, before + 2, 'saving again tells no one twice');
      // The unconfirmed reader's link no longer gives a place at a date that will not take place.
      const stale = new URL(server.mail.filter((m) => m.to === 'unconfirmed@example.com').at(-1)!.link!).pathname;
      for (const method of ['GET', 'POST']) {
        const page = await call(server, method, stale);
        assert.equal(page.status, 410, method);
        assert.match(page.body, /This date is cancelled/);
        assert.doesNotMatch(page.body, /meet\.example/);
      }
      const unconfirmed = await server.db.selectFrom('rsvps').select('status').where('email', '=', 'unconfirmed@example.com').executeTakeFirstOrThrow();
      assert.equal(unconfirmed.status, 'pending_confirmation');

      const window = `${range('2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z')}&tag=spring`;
      const asked = await list(server, `${window}&include=cancelled`);
      assert.deepEqual(
        asked.occurrences.map((o) => [o.start, o.status]),
        [
          ['2027-03-04T00:00:00.000Z', 'scheduled'],
          ['2027-03-11T00:00:00.000Z', 'cancelled'],
          ['2027-03-17T23:00:00.000Z', 'scheduled'],
          ['2027-03-24T23:00:00.000Z', 'scheduled'],
        ],
      );
      const plain = await list(server, window);
      assert.deepEqual(plain.occurrences.map((o) => o.start), ['2027-03-04T00:00:00.000Z', '2027-03-17T23:00:00.000Z', '2027-03-24T23:00:00.000Z'], 'left out for clients that do not ask');
      assert.equal((await put([])).status, 200);
    });

    it('validates events, naming the field', async () => {
      const cases: Array<[object, string]> = [
        [{ ...input, timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
        [{ ...input, startLocal: '2027-02-30T19:00' }, 'startLocal'],
        [{ ...input, startLocal: '2027-03-03 19:00' }, 'startLocal'],
        [{ ...input, durationMinutes: 0 }, 'durationMinutes'],
        [{ ...input, durationMinutes: 1441 }, 'durationMinutes'],
        [{ ...input, rrule: 'EVERY WEDNESDAY' }, 'rrule'],
        [{ ...input, seats: -1 }, 'seats'],
        [{ ...input, joinUrl: 'javascript:alert(1)' }, 'joinUrl'],
        [{ ...input, kind: 'party' }, 'kind'],
        [{ ...input, title: ' ' }, 'title'],
        [{ ...input, cancelled: ['2027-03-10T19:00', 'next week'] }, 'cancelled.1'],
      ];
      for (const [body, field] of cases) {
        const answer = await call(server, 'PUT', '/v1/sites/demo/admin/events/checked', body, admin);
        assert.equal(answer.status, 422, field);
        assert.equal(answer.body.error.field, field);
      }
      const badId = await call(server, 'PUT', '/v1/sites/demo/admin/events/Bad_Id', input, admin);
      assert.deepEqual([badId.status, badId.body.error.field], [422, 'id']);
      assert.equal((await call(server, 'PUT', '/v1/sites/demo/admin/events/spring-call', input)).status, 401);
    });

    it('removes an event with its RSVPs, and tells the readers going', async () => {
      const { occurrences } = await list(server, `${range('2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z')}&tag=spring`);
      assert.equal((await call(server, 'POST', '/v1/sites/demo/events/spring-call/rsvps', { start: occurrences[0]!.start, name: 'Di', email: 'di@example.com' })).status, 201);
      assert.equal((await call(server, 'POST', '/v1/sites/demo/events/spring-call/rsvps', { start: occurrences[2]!.start, name: 'Em', email: 'em@example.com' })).status, 201);
      assert.equal((await call(server, 'POST', new URL(server.mail.filter((m) => m.to === 'em@example.com').at(-1)!.link!).pathname)).status, 200);
      const before = server.mail.length;
      assert.equal((await call(server, 'DELETE', '/v1/sites/demo/admin/events/spring-call', undefined, admin)).status, 204);
      assert.deepEqual(
        server.mail
          .slice(before)
          .map((m) => [m.to, m.subject])
          .sort(),
        [
          ['em@example.com', 'Cancelled: Spring call, Wed, 17 Mar 2027, 19:00 (America/New_York)'],
          // From the cancellation test, the date since reinstated.
          ['going@example.com', 'Cancelled: Spring call, Wed, 10 Mar 2027, 19:00 (America/New_York)'],
          ['waiting@example.com', 'Cancelled: Spring call, Wed, 10 Mar 2027, 19:00 (America/New_York)'],
        ],
        'every reader going or waiting with a proven address; di@ never confirmed',
      );
      const left = await server.db.selectFrom('rsvps').select('id').where('event_id', '=', 'spring-call').execute();
      assert.deepEqual(left, []);
      assert.equal((await call(server, 'DELETE', '/v1/sites/demo/admin/events/spring-call', undefined, admin)).status, 404);
      assert.equal((await call(server, 'GET', '/v1/sites/demo/events/spring-call.ics')).status, 404);
    });
  });

  describe('feed import', () => {
    let feeds: Server;
    let base: string;
    let summary = 'Launch party';
    let exdate = 'EXDATE:20270308T170000Z';
    const feed = () =>
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Test//EN',
        'BEGIN:VEVENT',
        'UID:launch-1@example.com',
        'DTSTAMP:20260101T000000Z',
        `SUMMARY:${summary}`,
        'LOCATION:Greenlight Bookstore',
        'DTSTART;TZID=America/New_York:20270310T190000',
        'DTEND;TZID=America/New_York:20270310T210000',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:sprint-1@example.com',
        'DTSTAMP:20260101T000000Z',
        'SUMMARY:Writing sprint',
        'DTSTART:20270301T170000Z',
        'DURATION:PT30M',
        'RRULE:FREQ=WEEKLY;COUNT=3',
        exdate,
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n');

    before(async () => {
      feeds = createServer((request, response) => {
        if (request.url === '/feed.ics') response.writeHead(200, { 'content-type': 'text/calendar' }).end(feed());
        else if (request.url === '/moved.ics') response.writeHead(302, { location: '/feed.ics' }).end();
        else if (request.url === '/page') response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Not a calendar</html>');
        else if (request.url === '/huge.ics') response.writeHead(200).end('X'.repeat(2 * 1024 * 1024 + 1));
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(feeds.address() as { port: number }).port}`;
    });
    after(() => new Promise<void>((resolve) => feeds.close(() => resolve())));

    const importUrl = (url: string) => call(server, 'POST', '/v1/sites/demo/admin/events/import', { url }, admin);

    it('imports a feed, then updates rather than duplicates on a re-import', async () => {
      const first = await importUrl(`${base}/feed.ics`);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.deepEqual(first.body, { imported: 2, updated: 0 });
      const rows = await server.db.selectFrom('events').selectAll().where('source', '=', `${base}/feed.ics`).orderBy('uid').execute();
      assert.deepEqual(rows.map((r) => [r.uid, r.title, r.kind, r.time_zone, r.start_local, r.duration_minutes, r.rrule, r.cancelled]), [
        ['launch-1@example.com', 'Launch party', 'in_person', 'America/New_York', '2027-03-10T19:00', 120, null, '[]'],
        ['sprint-1@example.com', 'Writing sprint', 'online', 'UTC', '2027-03-01T17:00', 30, 'FREQ=WEEKLY;COUNT=3', '["2027-03-08T17:00"]'],
      ]);
      assert.match(rows[0]!.id, /^launch-party-[0-9a-f]{6}$/);
      assert.deepEqual(JSON.parse(rows[0]!.venue!), { name: 'Greenlight Bookstore' });

      summary = 'Launch party (sold out)';
      const again = await importUrl(`${base}/feed.ics`);
      assert.deepEqual(again.body, { imported: 0, updated: 2 });
      const after = await server.db.selectFrom('events').select(['id', 'title']).where('uid', '=', 'launch-1@example.com').execute();
      assert.deepEqual(after, [{ id: rows[0]!.id, title: 'Launch party (sold out)' }]);
      assert.deepEqual((await importUrl(`${base}/moved.ics`)).body, { imported: 0, updated: 2 }, 'follows a redirect');

      const { occurrences } = await list(server, range('2027-03-01T00:00:00Z', '2027-03-31T00:00:00Z'));
      assert.deepEqual(
        occurrences.filter((o) => o.event === rows[1]!.id).map((o) => o.start),
        ['2027-03-01T17:00:00.000Z', '2027-03-15T17:00:00.000Z'],
        'the EXDATE left out',
      );
      assert.equal(occurrences.find((o) => o.event === rows[0]!.id)!.start, '2027-03-11T00:00:00.000Z', '19:00 EST');
    });

    it('emails the readers going to a date that a re-import cancels', async () => {
      const sprint = await server.db.selectFrom('events').select('id').where('uid', '=', 'sprint-1@example.com').executeTakeFirstOrThrow();
      const rsvp = await call(server, 'POST', `/v1/sites/demo/events/${sprint.id}/rsvps`, { start: '2027-03-15T17:00:00.000Z', name: 'Flo', email: 'flo@example.com' });
      assert.equal(rsvp.status, 201);
      const link = server.mail.filter((m) => m.to === 'flo@example.com').at(-1)!.link!;
      assert.equal((await call(server, 'POST', new URL(link).pathname)).status, 200);
      const before = server.mail.length;
      exdate = 'EXDATE:20270308T170000Z,20270315T170000Z';
      try {
        assert.deepEqual((await importUrl(`${base}/feed.ics`)).body, { imported: 0, updated: 2 });
      } finally {
        exdate = 'EXDATE:20270308T170000Z';
      }
      assert.deepEqual(
        server.mail.slice(before).map((m) => [m.to, m.subject]),
        [['flo@example.com', 'Cancelled: Writing sprint, Mon, 15 Mar 2027, 17:00 (UTC)']],
      );
    });

    it('answers 422 for feeds it cannot fetch or read', async () => {
      const cases: Array<[string, string]> = [
        [`${base}/missing.ics`, 'feed_unreachable'],
        ['http://127.0.0.1:1/feed.ics', 'feed_unreachable'],
        [`${base}/page`, 'invalid_feed'],
        [`${base}/huge.ics`, 'feed_too_large'],
        ['ftp://example.com/feed.ics', 'invalid'],
        ['not a url', 'invalid'],
      ];
      for (const [url, code] of cases) {
        const { status, body } = await importUrl(url);
        assert.equal(status, 422, url);
        assert.deepEqual([body.error.code, body.error.field], [code, 'url'], url);
      }
    });

    it('refuses loopback and private addresses unless allowed', async () => {
      const strict = { ...server.deps, allowPrivateFeeds: false };
      const port = new URL(base).port;
      for (const url of [`${base}/feed.ics`, `http://localhost:${port}/feed.ics`, `http://[::1]:${port}/feed.ics`, 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.1/feed.ics']) {
        await assert.rejects(importFeed(strict, 'demo', url), (error: unknown) => error instanceof ApiError && error.code === 'feed_forbidden', url);
      }
    });
  });
});
