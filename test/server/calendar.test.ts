import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { calendarIcs } from '../../server/calendar/ics.js';
import { parseIcs } from '../../server/calendar/import.js';
import { dayOf, floatingOf, floatingToInstant, instantOf, isZone, localZone, startOf, wallClock, zoneOffset } from '../../src/time.js';
import { isOccurrence, isRrule, occurrences } from '../../server/calendar/recurrence.js';
import type { EventRow } from '../../server/db/schema.js';
import { ApiError } from '../../server/http/errors.js';

const utc = (local: string, zone: string) => new Date(instantOf(local, zone)).toISOString();
const starts = (spans: Array<{ start: Date }>) => spans.map((s) => s.start.toISOString());
const weekly = { start_local: '2026-10-21T19:00', time_zone: 'America/New_York', duration_minutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=WE' };

// src/time.ts's instantOf is the one wall-clock → instant conversion of the console and the server.
describe('instantOf', () => {
  it('places wall-clock times in their zone', () => {
    assert.equal(utc('2026-07-01T12:00', 'America/New_York'), '2026-07-01T16:00:00.000Z');
    assert.equal(utc('2026-01-15T12:00', 'America/New_York'), '2026-01-15T17:00:00.000Z');
    assert.equal(utc('2026-07-01T12:00', 'Europe/Berlin'), '2026-07-01T10:00:00.000Z');
    assert.equal(utc('2026-07-01T12:00', 'Asia/Kolkata'), '2026-07-01T06:30:00.000Z');
    assert.equal(utc('2026-07-01T12:00', 'UTC'), '2026-07-01T12:00:00.000Z');
    assert.equal(utc('2027-01-01T00:00', 'Australia/Sydney'), '2026-12-31T13:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // 02:30 does not exist on these days: the clocks jump from 02:00 to 03:00, so 02:30 is read as 03:30.
    assert.equal(utc('2026-03-08T02:30', 'America/New_York'), '2026-03-08T07:30:00.000Z');
    assert.equal(wallClock(instantOf('2026-03-08T02:30', 'America/New_York'), 'America/New_York'), '2026-03-08T03:30');
    assert.equal(utc('2026-03-29T02:30', 'Europe/Berlin'), '2026-03-29T01:30:00.000Z');
    assert.equal(wallClock(instantOf('2026-03-29T02:30', 'Europe/Berlin'), 'Europe/Berlin'), '2026-03-29T03:30');
    // The first minute of the gap and the first minute after it.
    assert.equal(wallClock(instantOf('2026-03-29T02:00', 'Europe/Berlin'), 'Europe/Berlin'), '2026-03-29T03:00');
    assert.equal(utc('2026-03-29T03:00', 'Europe/Berlin'), '2026-03-29T01:00:00.000Z');
    // Southern hemisphere (Sydney springs forward in October) and a half-hour change (Lord Howe: 02:00 → 02:30).
    assert.equal(wallClock(instantOf('2026-10-04T02:30', 'Australia/Sydney'), 'Australia/Sydney'), '2026-10-04T03:30');
    assert.equal(wallClock(instantOf('2026-10-04T02:15', 'Australia/Lord_Howe'), 'Australia/Lord_Howe'), '2026-10-04T02:45');
  });

  it('takes the earlier instant of a time that happens twice at fall-back', () => {
    assert.equal(utc('2026-11-01T01:30', 'America/New_York'), '2026-11-01T05:30:00.000Z', '01:30 EDT, not EST');
    assert.equal(utc('2026-10-25T02:30', 'Europe/Berlin'), '2026-10-25T00:30:00.000Z', '02:30 CEST, not CET');
    assert.equal(utc('2026-11-01T02:00', 'America/New_York'), '2026-11-01T07:00:00.000Z', 'after the overlap: EST');
    assert.equal(utc('2026-10-25T03:00', 'Europe/Berlin'), '2026-10-25T02:00:00.000Z', 'after the overlap: CET');
    assert.equal(utc('2026-04-05T02:30', 'Australia/Sydney'), '2026-04-04T15:30:00.000Z', '02:30 AEDT, not AEST');
    assert.equal(utc('2026-04-05T01:45', 'Australia/Lord_Howe'), '2026-04-04T14:45:00.000Z', '01:45 at +11:00, not +10:30');
  });

  it('gives back the wall-clock time of every instant that has one, across a year of DST changes', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata']) {
      for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 3 * 3_600_000 + 17 * 60_000) {
        const local = wallClock(instant, zone);
        const placed = instantOf(local, zone);
        assert.equal(wallClock(placed, zone), local, `${local} in ${zone}`);
        assert.ok(placed <= Math.floor(instant / 60_000) * 60_000, `${local} in ${zone}: the earlier of two`);
      }
    }
  });

  it('answers NaN for what is not a real local date-time', () => {
    for (const local of ['2026-02-30T10:00', '2026-07-01 12:00', '2026-07-01T24:00', '2026-07-01T12:00:00', '2026-7-1T12:00', 'T', '']) {
      assert.ok(Number.isNaN(instantOf(local, 'UTC')), local);
      assert.ok(Number.isNaN(floatingOf(local)), local);
    }
    assert.equal(floatingOf('2028-02-29T23:59'), Date.UTC(2028, 1, 29, 23, 59));
  });

  it('gives the same instants with the offsets a caller remembers', () => {
    const asked: number[] = [];
    const remembered = (instant: number, zone: string) => (asked.push(instant), zoneOffset(instant, zone));
    for (const local of ['2026-03-08T02:30', '2026-11-01T01:30', '2026-07-01T12:00']) {
      assert.equal(floatingToInstant(floatingOf(local), 'America/New_York', remembered), instantOf(local, 'America/New_York'), local);
    }
    assert.ok(asked.length > 0, 'the stand-in is the one asked');
  });
});

describe('the reader’s own zone, left out', () => {
  it('reads Date, which needs no ICU, and agrees with Intl in that zone, across DST changes and midnights', () => {
    const host = process.env.TZ;
    try {
      // Chile and São Paulo moved their clocks at midnight: a day that starts at 01:00.
      for (const tz of ['America/Santiago', 'America/Sao_Paulo', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Chatham']) {
        process.env.TZ = tz;
        const zone = localZone();
        for (const day of ['2018-11-04', '2026-03-29', '2026-09-06', '2026-10-25', '2026-12-31']) {
          assert.equal(startOf(day), startOf(day, zone), `${zone} ${day}`);
          for (const instant of [startOf(day, zone) - 1, startOf(day, zone), startOf(day, zone) + 9 * 3_600_000 + 1234]) {
            assert.equal(dayOf(instant), dayOf(instant, zone), `${zone} ${instant}`);
            assert.equal(zoneOffset(instant), zoneOffset(instant, zone), `${zone} ${instant}`);
          }
        }
      }
    } finally {
      if (host === undefined) delete process.env.TZ;
      else process.env.TZ = host;
    }
  });
});

describe('validation helpers', () => {
  it('knows IANA zones', () => {
    assert.ok(isZone('America/New_York'));
    assert.ok(isZone('UTC'));
    assert.ok(!isZone('Mars/Olympus_Mons'));
    assert.ok(!isZone(''));
    assert.ok(!isZone(`America/${'x'.repeat(100)}`), 'no zone name is that long');
  });

  it('accepts RRULE values and rejects garbage', () => {
    for (const rule of ['FREQ=WEEKLY;BYDAY=WE;COUNT=12', 'FREQ=MONTHLY;BYDAY=1TH', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;UNTIL=20271231T235959Z', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=21']) {
      assert.ok(isRrule(rule), rule);
    }
    for (const rule of ['', 'garbage', 'BYDAY=MO', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=WEEKLY;COUNT=abc', 'FREQ=WEEKLY;COUNT=2;UNTIL=20270101', 'FREQ=YEARLY;BYMONTH=13', 'FREQ=WEEKLY;;', 'FREQ=WEEKLY;FREQ=DAILY', 'FREQ=MINUTELY', 'RRULE:FREQ=DAILY']) {
      assert.ok(!isRrule(rule), rule);
    }
  });
});

describe('occurrences', () => {
  it('keeps a weekly 19:00 New York event at 19:00 New York time when the clocks fall back in November', () => {
    const found = occurrences(weekly, new Date('2026-10-20T00:00:00Z'), new Date('2026-11-20T00:00:00Z'));
    assert.deepEqual(starts(found), [
      '2026-10-21T23:00:00.000Z',
      '2026-10-28T23:00:00.000Z',
      '2026-11-05T00:00:00.000Z',
      '2026-11-12T00:00:00.000Z',
      '2026-11-19T00:00:00.000Z',
    ]);
    assert.ok(found.every((o) => wallClock(o.start.getTime(), 'America/New_York').endsWith('T19:00')));
    assert.ok(found.every((o) => o.end.getTime() - o.start.getTime() === 90 * 60_000));
  });

  it('and when they spring forward in March', () => {
    const found = occurrences({ ...weekly, start_local: '2027-03-03T19:00' }, new Date('2027-03-01T00:00:00Z'), new Date('2027-03-25T00:00:00Z'));
    assert.deepEqual(starts(found), ['2027-03-04T00:00:00.000Z', '2027-03-11T00:00:00.000Z', '2027-03-17T23:00:00.000Z', '2027-03-24T23:00:00.000Z']);
  });

  it('expands a monthly BYDAY rule (first Thursday), in the zone', () => {
    const event = { start_local: '2026-12-03T19:30', time_zone: 'America/New_York', duration_minutes: 60, rrule: 'FREQ=MONTHLY;BYDAY=1TH;COUNT=6' };
    assert.deepEqual(starts(occurrences(event, new Date('2026-12-01T00:00:00Z'), new Date('2027-12-01T00:00:00Z'))), [
      '2026-12-04T00:30:00.000Z',
      '2027-01-08T00:30:00.000Z',
      '2027-02-05T00:30:00.000Z',
      '2027-03-05T00:30:00.000Z',
      '2027-04-01T23:30:00.000Z',
      '2027-05-06T23:30:00.000Z',
    ]);
    const last = { ...event, rrule: 'FREQ=MONTHLY;BYDAY=-1FR', time_zone: 'Europe/Berlin', start_local: '2026-01-30T18:00' };
    assert.deepEqual(starts(occurrences(last, new Date('2026-01-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'))), [
      '2026-01-30T17:00:00.000Z',
      '2026-02-27T17:00:00.000Z',
      '2026-03-27T17:00:00.000Z',
      '2026-04-24T16:00:00.000Z',
    ]);
  });

  it('respects COUNT and UNTIL, also when the range starts after the first occurrence', () => {
    const year = [new Date('2026-10-01T00:00:00Z'), new Date('2027-10-01T00:00:00Z')] as const;
    assert.equal(occurrences({ ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=3' }, ...year).length, 3);
    const counted = occurrences({ ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=3' }, new Date('2026-10-25T00:00:00Z'), year[1]);
    assert.deepEqual(starts(counted), ['2026-10-28T23:00:00.000Z', '2026-11-05T00:00:00.000Z']);
    // UNTIL in UTC is inclusive: 19:00 EST on 4 November is 00:00Z on the 5th.
    const until = occurrences({ ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261105T000000Z' }, ...year);
    assert.equal(starts(until).at(-1), '2026-11-05T00:00:00.000Z');
    assert.equal(until.length, 3);
    // A date-only UNTIL includes that day.
    const day = occurrences({ ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261104' }, ...year);
    assert.equal(day.length, 3);
  });

  it('stops at the limit', () => {
    const range = [new Date('2026-10-01T00:00:00Z'), new Date('2027-10-01T00:00:00Z')] as const;
    assert.equal(occurrences(weekly, ...range, 5).length, 5);
    assert.deepEqual(starts(occurrences(weekly, ...range, 1)), ['2026-10-21T23:00:00.000Z']);
    const daily = { ...weekly, rrule: 'FREQ=DAILY' };
    assert.equal(occurrences(daily, ...range).length, 365 - 20);
    assert.equal(occurrences(daily, ...range, 100).length, 100);
  });

  it('gives one occurrence for a single event, in [from, to)', () => {
    const single = { ...weekly, rrule: null };
    const start = new Date('2026-10-21T23:00:00Z');
    assert.deepEqual(starts(occurrences(single, start, new Date(start.getTime() + 1))), ['2026-10-21T23:00:00.000Z']);
    assert.deepEqual(occurrences(single, new Date('2026-10-01T00:00:00Z'), start), []);
    assert.equal(occurrences(single, new Date('2026-10-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z'))[0]!.end.toISOString(), '2026-10-22T00:30:00.000Z');
  });

  it('moves an occurrence that falls in a gap forward, and keeps the others', () => {
    const early = { start_local: '2026-03-06T02:30', time_zone: 'America/New_York', duration_minutes: 30, rrule: 'FREQ=DAILY;COUNT=4' };
    assert.deepEqual(starts(occurrences(early, new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'))), [
      '2026-03-06T07:30:00.000Z',
      '2026-03-07T07:30:00.000Z',
      '2026-03-08T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
    ]);
    assert.ok(isOccurrence(early, '2026-03-08T02:30'), 'the start in the gap is still one of the series');
  });
});

const row = (values: Partial<EventRow> & Pick<EventRow, 'id' | 'title' | 'time_zone' | 'start_local'>): EventRow => ({
  site_id: 'demo',
  description: '',
  kind: 'online',
  venue: null,
  tags: '[]',
  duration_minutes: 60,
  rrule: null,
  cancelled: '[]',
  seats: null,
  join_url: null,
  source: 'admin',
  uid: null,
  created_at: '2026-09-01T10:00:00.000Z',
  ...values,
});

describe('calendarIcs', () => {
  const events = [
    row({
      id: 'weekly-call',
      title: 'Weekly call',
      description: 'Hot seats, accountability; one topic, every week.',
      time_zone: 'America/New_York',
      start_local: '2026-10-21T19:00',
      duration_minutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=8',
      tags: '["mastermind"]',
      join_url: 'https://meet.example.com/secret-room',
    }),
    row({
      id: 'signing',
      title: 'Signing in Berlin',
      kind: 'in_person',
      venue: JSON.stringify({ name: 'Buchhandlung Lesezeichen', address: 'Oranienstraße 12', city: 'Berlin', country: 'DE' }),
      time_zone: 'Europe/Berlin',
      start_local: '2026-12-01T18:00',
      duration_minutes: 120,
    }),
    row({ id: 'utc-talk', title: 'A talk in UTC', time_zone: 'UTC', start_local: '2026-12-05T09:00', join_url: 'https://meet.example.com/other-secret' }),
  ];
  const text = calendarIcs(events, { name: 'Jane Doe', publicUrl: 'https://salon.example', site: 'demo' });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  const byUid = (uid: string) => vevents.find((e) => e.getFirstPropertyValue('uid') === uid)!;

  it('writes one VEVENT per event with stable UIDs, and never a join URL', () => {
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Jane Doe');
    assert.equal(vevents.length, 3);
    assert.deepEqual(vevents.map((e) => e.getFirstPropertyValue('uid')).sort(), ['signing@demo.salon', 'utc-talk@demo.salon', 'weekly-call@demo.salon']);
    assert.ok(!text.includes('secret'), 'no join URL');
    assert.ok(!text.includes('meet.example'), 'no join URL');
    assert.match(text, /\r\n/);
    assert.equal(calendarIcs(events, { name: 'Jane Doe', publicUrl: 'https://salon.example', site: 'demo' }), text, 'stable output');
  });

  it('keeps SUMMARY, DESCRIPTION, LOCATION, URL and CATEGORIES', () => {
    const call = byUid('weekly-call@demo.salon');
    assert.equal(call.getFirstPropertyValue('summary'), 'Weekly call');
    assert.equal(call.getFirstPropertyValue('description'), 'Hot seats, accountability; one topic, every week.');
    assert.equal(call.getFirstPropertyValue('url'), 'https://salon.example/v1/sites/demo/events/weekly-call.ics');
    assert.equal(call.getFirstPropertyValue('categories'), 'mastermind');
    assert.equal(call.getFirstPropertyValue('location'), null);
    assert.equal(byUid('signing@demo.salon').getFirstPropertyValue('location'), 'Buchhandlung Lesezeichen, Oranienstraße 12, Berlin, DE');
  });

  it('writes recurring events in their zone with a VTIMEZONE, so clients expand them DST-correctly', () => {
    const call = byUid('weekly-call@demo.salon');
    assert.match(text, /\r\nRRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=8\r\n/);
    const recur = call.getFirstPropertyValue('rrule') as ICAL.Recur;
    assert.deepEqual([recur.freq, recur.count, recur.parts.BYDAY], ['WEEKLY', 8, ['WE']]);
    const dtstart = call.getFirstProperty('dtstart')!;
    assert.equal(dtstart.getParameter('tzid'), 'America/New_York');
    assert.equal((dtstart.getFirstValue() as ICAL.Time).toString(), '2026-10-21T19:00:00');
    assert.equal((call.getFirstPropertyValue('dtend') as ICAL.Time).toString(), '2026-10-21T20:30:00');
    const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    assert.deepEqual(zones.sort(), ['America/New_York', 'Europe/Berlin']);

    // ical.js expands the series with the VTIMEZONE we wrote; the instants must be ours.
    const iterator = new ICAL.Event(call).iterator();
    const expanded: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) expanded.push(next.toJSDate().toISOString());
    const ours = starts(occurrences(events[0]!, new Date('2026-10-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')));
    assert.equal(expanded.length, 8);
    assert.deepEqual(expanded, ours);
    assert.ok(ours.includes('2026-10-28T23:00:00.000Z') && ours.includes('2026-11-05T00:00:00.000Z'), 'crosses the change');
  });

  it('writes cancelled occurrences as EXDATE, which calendar apps leave out as Salon does', () => {
    const cancelled = [
      { ...events[0]!, cancelled: '["2026-10-28T19:00","2026-11-04T19:00"]' },
      row({ id: 'utc-series', title: 'UTC series', time_zone: 'UTC', start_local: '2026-12-05T09:00', rrule: 'FREQ=DAILY;COUNT=3', cancelled: '["2026-12-06T09:00"]' }),
    ];
    const written = new ICAL.Component(ICAL.parse(calendarIcs(cancelled, { name: 'Jane Doe', publicUrl: 'https://salon.example', site: 'demo' })));
    for (const [index, vevent] of written.getAllSubcomponents('vevent').entries()) {
      const iterator = new ICAL.Event(vevent).iterator();
      const expanded: string[] = [];
      for (let next = iterator.next(); next; next = iterator.next()) expanded.push(next.toJSDate().toISOString());
      assert.deepEqual(expanded, starts(occurrences(cancelled[index]!, new Date('2026-10-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))));
    }
    const [call, utc] = written.getAllSubcomponents('vevent').map((v) => v.getFirstProperty('exdate')!);
    assert.deepEqual([call!.getParameter('tzid'), call!.getValues().length], ['America/New_York', 2]);
    assert.equal((utc!.getFirstValue() as ICAL.Time).toString(), '2026-12-06T09:00:00Z');
    assert.equal(occurrences(cancelled[1]!, new Date('2026-12-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z')).length, 2);
  });

  it('writes other zones and UTC correctly', () => {
    const signing = byUid('signing@demo.salon');
    assert.equal((signing.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(), '2026-12-01T17:00:00.000Z');
    const talk = byUid('utc-talk@demo.salon').getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(talk.zone.tzid, 'UTC');
    assert.equal(talk.toString(), '2026-12-05T09:00:00Z');
  });

  it('writes a UNTIL in UTC for a zoned start', () => {
    const until = calendarIcs([row({ ...events[0]!, rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261104' })], { name: 'x', publicUrl: 'https://s', site: 'demo' });
    // The whole of 4 November in New York ends at 04:59:59Z on the 5th.
    assert.match(until, /RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261105T045959Z/);
  });
});

const FEED = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Hand written//EN',
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011104T020000',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010311T020000',
  'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:zoned@example.com',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Book club\\, in Berlin',
  'DESCRIPTION:Line one\\nLine two',
  'LOCATION:Café Einstein',
  'DTSTART;TZID=Europe/Berlin:20261203T190000',
  'DTEND;TZID=Europe/Berlin:20261203T210000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:utc@example.com',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Online reading',
  'DTSTART:20261210T170000Z',
  'DURATION:PT45M',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:allday@example.com',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Release day',
  'DTSTART;VALUE=DATE:20261215',
  'DTEND;VALUE=DATE:20261216',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:floating@example.com',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Writing hour',
  'DTSTART:20261216T080000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:series@example.com',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Weekly sprint',
  'DTSTART;TZID=America/New_York:20261021T190000',
  'DTEND;TZID=America/New_York:20261021T200000',
  'RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261231T235959Z',
  'EXDATE;TZID=America/New_York:20261111T190000,20261118T190000',
  'EXDATE:20261203T000000Z',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:series@example.com',
  'DTSTAMP:20260101T000000Z',
  'RECURRENCE-ID;TZID=America/New_York:20261028T190000',
  'SUMMARY:Weekly sprint (moved)',
  'DTSTART;TZID=America/New_York:20261029T190000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:series@example.com',
  'DTSTAMP:20260101T000000Z',
  'RECURRENCE-ID:20261126T000000Z',
  'STATUS:CANCELLED',
  'SUMMARY:Weekly sprint',
  'DTSTART;TZID=America/New_York:20261125T190000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:outlook@example.com',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Outlook meeting',
  'DTSTART;TZID=Eastern Standard Time:20260704T190000',
  'DTEND;TZID=Eastern Standard Time:20260704T200000',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('parseIcs', () => {
  const events = parseIcs(FEED);
  const byUid = (uid: string) => events.find((e) => e.uid === uid)!;

  it('reads each VEVENT; a moved instance of a series (RECURRENCE-ID) becomes an event of its own', () => {
    assert.deepEqual(events.map((e) => e.uid), [
      'zoned@example.com',
      'utc@example.com',
      'allday@example.com',
      'floating@example.com',
      'series@example.com',
      'outlook@example.com',
      'series@example.com#2026-10-28T19:00',
    ]);
    const moved = byUid('series@example.com#2026-10-28T19:00');
    assert.deepEqual(
      [moved.title, moved.start_local, moved.time_zone, moved.rrule, moved.cancelled],
      ['Weekly sprint (moved)', '2026-10-29T19:00', 'America/New_York', null, []],
    );
  });

  it('keeps a TZID event’s wall-clock time and zone, and its venue', () => {
    assert.deepEqual(byUid('zoned@example.com'), {
      uid: 'zoned@example.com',
      title: 'Book club, in Berlin',
      description: 'Line one\nLine two',
      start_local: '2026-12-03T19:00',
      time_zone: 'Europe/Berlin',
      duration_minutes: 120,
      rrule: null,
      cancelled: [],
      kind: 'in_person',
      venue: { name: 'Café Einstein' },
    });
  });

  it('puts UTC, all-day and floating times in UTC', () => {
    assert.deepEqual(
      [byUid('utc@example.com'), byUid('allday@example.com'), byUid('floating@example.com')].map((e) => [e.start_local, e.time_zone, e.duration_minutes, e.kind, e.venue]),
      [
        ['2026-12-10T17:00', 'UTC', 45, 'online', null],
        ['2026-12-15T00:00', 'UTC', 1440, 'online', null],
        ['2026-12-16T08:00', 'UTC', 60, 'online', null],
      ],
    );
  });

  it('keeps the RRULE of a recurring event', () => {
    const series = byUid('series@example.com');
    assert.equal(series.rrule, 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261231T235959Z');
    assert.equal(series.title, 'Weekly sprint');
    assert.equal(series.time_zone, 'America/New_York');
    const all = { ...series, cancelled: '[]' };
    assert.equal(occurrences(all, new Date('2026-10-01T00:00:00Z'), new Date('2027-06-01T00:00:00Z')).length, 11);
  });

  it('cancels a series’ occurrences named by EXDATE (in any zone) and by moved or cancelled instances', () => {
    const series = byUid('series@example.com');
    assert.deepEqual(series.cancelled, ['2026-11-11T19:00', '2026-11-18T19:00', '2026-12-02T19:00', '2026-10-28T19:00', '2026-11-25T19:00']);
    const left = occurrences({ ...series, cancelled: JSON.stringify(series.cancelled) }, new Date('2026-10-01T00:00:00Z'), new Date('2027-06-01T00:00:00Z'));
    assert.deepEqual(
      left.map(({ start }) => wallClock(start.getTime(), 'America/New_York')),
      ['2026-10-21T19:00', '2026-11-04T19:00', '2026-12-09T19:00', '2026-12-16T19:00', '2026-12-23T19:00', '2026-12-30T19:00'],
    );
  });

  it('converts a zone only the feed defines (Outlook’s names) to UTC through its VTIMEZONE', () => {
    const outlook = byUid('outlook@example.com');
    assert.deepEqual([outlook.start_local, outlook.time_zone, outlook.duration_minutes], ['2026-07-04T23:00', 'UTC', 60]);
  });

  it('refuses what is not a feed, with 422 invalid_feed', () => {
    const broken = ['', 'hello', 'BEGIN:VEVENT\r\nEND:VEVENT', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VEVENT\r\nEND:VCALENDAR'];
    for (const text of broken) {
      assert.throws(() => parseIcs(text), (error: unknown) => error instanceof ApiError && error.status === 422 && error.code === 'invalid_feed', JSON.stringify(text));
    }
    const badRule = FEED.replace('RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261231T235959Z', 'RRULE:FREQ=SECONDLY');
    assert.throws(() => parseIcs(badRule), (error: unknown) => error instanceof ApiError && error.code === 'invalid_feed');
  });
});
