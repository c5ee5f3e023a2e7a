// What the console's Events screen reads: an event's next occurrences (cancelled ones included
// and marked, with going and waitlisted counts; `from` and `count` checked) and its RSVPs by
// occurrence. With an owner's session, as the console calls them; another author is refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { author, call, startServer, type TestServer } from './harness.js';

const ORIGIN = 'https://ada.example';

/** The first Monday at least two days from now, `YYYY-MM-DD`. */
function nextMonday(): string {
  const day = new Date(Date.now() + 2 * 86_400_000);
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

interface Occurrence {
  start: string;
  local: string;
  cancelled: boolean;
  going: number;
  waitlisted: number;
}

describe('console: event occurrences and RSVPs', () => {
  let server: TestServer;
  let ada: Record<string, string>;
  let bea: Record<string, string>;
  const monday = nextMonday();
  const event = {
    title: 'Monday sprint',
    kind: 'online',
    timeZone: 'America/New_York',
    startLocal: `${monday}T19:00`,
    durationMinutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=5',
    seats: 1,
    joinUrl: 'https://meet.example/sprint',
  };
  let starts: string[] = [];

  /** A reader's RSVP, confirmed from their inbox as they would; its status then. */
  const rsvp = async (id: string, start: string, email: string) => {
    const answer = await call(server, 'POST', `/v1/sites/ada/events/${id}/rsvps`, { start, name: email.split('@')[0], email }, { origin: ORIGIN });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    if (answer.body.status !== 'pending_confirmation') return answer.body.status as string;
    await call(server, 'POST', new URL(server.mail.filter((m) => m.to === email).at(-1)!.link!).pathname);
    const row = await server.db.selectFrom('rsvps').select('status').where('email', '=', email).where('occurrence_start', '=', start).executeTakeFirstOrThrow();
    return row.status;
  };
  const occurrences = async (query = '', headers = ada) => call(server, 'GET', `/v1/sites/ada/admin/events/sprint/occurrences${query}`, undefined, headers);

  before(async () => {
    server = await startServer();
    ada = await author(server, 'ada@example.com', 'ada', { origins: [ORIGIN] });
    bea = await author(server, 'bea@example.com', 'bea', { origins: [ORIGIN] });
    assert.equal((await call(server, 'PUT', '/v1/sites/ada/admin/events/sprint', event, ada)).status, 201);
    assert.equal((await call(server, 'PUT', '/v1/sites/ada/admin/events/talk', { ...event, title: 'A talk', rrule: null, seats: null }, ada)).status, 201);
    starts = ((await occurrences()).body.occurrences as Occurrence[]).map((o) => o.start);
    // One seat: the first reader goes, the second waits. Then the second date gets a reader and is cancelled.
    assert.equal(await rsvp('sprint', starts[0]!, 'pat@example.com'), 'going');
    // RSVP times are kept to the millisecond: apart, so their order is the order they came in.
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(await rsvp('sprint', starts[0]!, 'cy@example.com'), 'waitlisted');
    assert.equal(await rsvp('sprint', starts[1]!, 'wes@example.com'), 'going');
    const [talk] = (await call(server, 'GET', '/v1/sites/ada/admin/events/talk/occurrences', undefined, ada)).body.occurrences as Occurrence[];
    assert.equal(await rsvp('talk', talk!.start, 'tal@example.com'), 'going');
    const locals = ((await occurrences()).body.occurrences as Occurrence[]).map((o) => o.local);
    assert.equal((await call(server, 'PUT', '/v1/sites/ada/admin/events/sprint', { ...event, cancelled: [locals[1]] }, ada)).status, 200);
  });
  after(() => server.close());

  it('lists the next occurrences in the event’s zone, the cancelled one marked, with going and waitlisted counts', async () => {
    const { status, headers, body } = await occurrences();
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(headers.get('cache-control'), 'no-store');
    const found = body.occurrences as Occurrence[];
    assert.equal(found.length, 5, 'COUNT=5');
    const weeks = [0, 7, 14, 21, 28].map((n) => new Date(Date.parse(`${monday}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
    assert.deepEqual(
      found.map((o) => o.local),
      weeks.map((day) => `${day}T19:00`),
    );
    for (const o of found) {
      const wall = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(o.start));
      assert.equal(wall.replace(', ', 'T'), o.local, 'start is the instant of the local time in New York');
    }
    assert.deepEqual(
      found.map((o) => [o.cancelled, o.going, o.waitlisted]),
      [
        [false, 1, 1],
        [true, 1, 0],
        [false, 0, 0],
        [false, 0, 0],
        [false, 0, 0],
      ],
    );
  });

  it('starts from `from` and stops at `count`', async () => {
    const later = await occurrences(`?from=${encodeURIComponent(starts[2]!)}`);
    assert.equal(later.status, 200);
    assert.deepEqual(
      (later.body.occurrences as Occurrence[]).map((o) => o.start),
      starts.slice(2),
      'from is inclusive',
    );
    const two = await occurrences('?count=2');
    assert.deepEqual(
      (two.body.occurrences as Occurrence[]).map((o) => o.start),
      starts.slice(0, 2),
    );
    const past = await occurrences(`?from=${encodeURIComponent(new Date(Date.parse(starts[4]!) + 1).toISOString())}`);
    assert.deepEqual(past.body.occurrences, [], 'none after the last');
  });

  it('refuses a `from` or `count` it cannot use, naming the field', async () => {
    for (const [query, field] of [
      ['?count=0', 'count'],
      ['?count=201', 'count'],
      ['?count=ten', 'count'],
      ['?count=-1', 'count'],
      ['?from=next%20week', 'from'],
      ['?from=2026-13-40T00:00:00Z', 'from'],
    ] as const) {
      const answer = await occurrences(query);
      assert.equal(answer.status, 422, `${query}: ${JSON.stringify(answer.body)}`);
      assert.equal(answer.body.error.field, field, query);
    }
  });

  it('answers 404 for an event the site does not have, and 401 to another author', async () => {
    for (const list of ['occurrences', 'rsvps']) {
      const missing = await call(server, 'GET', `/v1/sites/ada/admin/events/nope/${list}`, undefined, ada);
      assert.equal(missing.status, 404, list);
      assert.equal(missing.body.error.code, 'not_found');
    }
    assert.equal((await occurrences('', bea)).status, 401);
    assert.equal((await call(server, 'GET', '/v1/sites/ada/admin/events/sprint/rsvps', undefined, bea)).status, 401);
  });

  it('lists an event’s RSVPs by occurrence, then by time, and only that event’s', async () => {
    const { status, body } = await call(server, 'GET', '/v1/sites/ada/admin/events/sprint/rsvps', undefined, ada);
    assert.equal(status, 200, JSON.stringify(body));
    const rsvps = body.rsvps as Array<{ id: string; occurrenceStart: string; name: string; email: string; status: string; createdAt: string }>;
    assert.deepEqual(
      rsvps.map((r) => [r.occurrenceStart, r.email, r.status, r.name]),
      [
        [starts[0], 'pat@example.com', 'going', 'pat'],
        [starts[0], 'cy@example.com', 'waitlisted', 'cy'],
        [starts[1], 'wes@example.com', 'going', 'wes'],
      ],
    );
    for (const r of rsvps) {
      assert.match(r.id, /^[0-9a-f-]{36}$/);
      assert.ok(!Number.isNaN(Date.parse(r.createdAt)), r.createdAt);
    }
    assert.ok(rsvps[0]!.createdAt < rsvps[1]!.createdAt);

    const talk = await call(server, 'GET', '/v1/sites/ada/admin/events/talk/rsvps', undefined, ada);
    assert.deepEqual(
      (talk.body.rsvps as Array<{ email: string }>).map((r) => r.email),
      ['tal@example.com'],
    );
  });
});
