import { Hono } from 'hono';
import * as v from 'valibot';
import { importFeed } from '../calendar/import.js';
import { ensureRoom } from '../calendar/limits.js';
import { lockSite } from '../db/locks.js';
import { wallClock } from '../../src/time.js';
import { isOccurrence, isRrule, occurrences } from '../calendar/recurrence.js';
import { jsonObject, stringList } from '../db/json.js';
import type { EventRow } from '../db/schema.js';
import { type Deps, type Env, now } from '../deps.js';
import { csvHeaders, toCsv } from '../http/csv.js';
import { ApiError, notFound } from '../http/errors.js';
import { count, HttpUrl, ids, Instant, json, LocalDateTime, query, required, text, Zone } from '../http/validate.js';
import { fillOccurrence, queueCancellations, queueEventRemoved } from '../rsvps.js';

/** An event as the admin writes it (documented as EventInput in openapi.yaml). */
export const EventInput = v.object({
  title: required(200, 'Please enter a title.'),
  description: v.optional(text(5000), ''),
  kind: v.picklist(['online', 'in_person', 'hybrid']),
  venue: v.optional(
    v.nullable(
      v.object({
        name: required(200),
        address: v.optional(text(300)),
        city: v.optional(text(100)),
        country: v.optional(text(100)),
      }),
    ),
    null,
  ),
  tags: v.optional(v.pipe(v.array(required(100)), v.maxLength(20)), []),
  timeZone: Zone,
  startLocal: LocalDateTime,
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440)),
  rrule: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.trim(),
        v.toUpperCase(),
        v.transform((rule) => rule.replace(/^RRULE:/, '')),
        v.check(isRrule, 'Expected an RFC 5545 RRULE value such as FREQ=WEEKLY;BYDAY=WE.'),
      ),
    ),
    null,
  ),
  /** Occurrences of the series that will not take place, by their local start (`YYYY-MM-DDTHH:mm`). */
  cancelled: v.optional(v.pipe(v.array(LocalDateTime), v.maxLength(500)), []),
  seats: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))), null),
  joinUrl: v.optional(v.nullable(HttpUrl), null),
});

const ImportBody = v.object({ url: required(2000) });

const OccurrencesQuery = v.object({
  from: v.optional(Instant),
  count: v.optional(count(1, 200), '20'),
});

/** An event as the admin sees it, join URL included. */
function adminJson(row: EventRow) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    venue: jsonObject(row.venue),
    tags: stringList(row.tags),
    timeZone: row.time_zone,
    startLocal: row.start_local,
    durationMinutes: row.duration_minutes,
    rrule: row.rrule,
    cancelled: stringList(row.cancelled),
    seats: row.seats,
    joinUrl: row.join_url,
    source: row.source,
    uid: row.uid,
    createdAt: row.created_at,
  };
}

/** The author's event management (list, create or replace, remove, import a feed, export RSVPs), mounted behind the admin token check. */
export function adminEventRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();

  app.get('/events', async (c) => {
    const rows = await db.selectFrom('events').selectAll().where('site_id', '=', c.req.param('site')!).orderBy('start_local').orderBy('id').execute();
    return c.json({ events: rows.map(adminJson) });
  });

  app.put('/events/:event', ids('event'), json(EventInput), async (c) => {
    const site = c.req.param('site')!;
    const { event } = c.req.valid('param');
    const input = c.req.valid('json');
    const schedule = { start_local: input.startLocal, time_zone: input.timeZone, duration_minutes: input.durationMinutes, rrule: input.rrule };
    // A typo here would leave the occurrence on readers' calendars: name it instead.
    const stray = input.cancelled.findIndex((local) => !isOccurrence(schedule, local));
    if (stray >= 0) throw new ApiError(422, 'invalid', `${input.cancelled[stray]} is not one of this event's occurrences.`, `cancelled.${stray}`);
    const values = {
      title: input.title,
      description: input.description,
      kind: input.kind,
      venue: input.venue && JSON.stringify(input.venue),
      tags: JSON.stringify(input.tags),
      time_zone: input.timeZone,
      start_local: input.startLocal,
      duration_minutes: input.durationMinutes,
      rrule: input.rrule,
      cancelled: JSON.stringify([...new Set(input.cancelled)].sort()),
      seats: input.seats,
      join_url: input.joinUrl,
    };
    const { existing, told } = await db.transaction().execute(async (trx) => {
      await lockSite(trx, site, deps.postgres);
      const found = await trx.selectFrom('events').select(['id', 'cancelled']).where('site_id', '=', site).where('id', '=', event).executeTakeFirst();
      // Replacing keeps where the event came from (source, uid), so a feed's re-import still finds it.
      if (found) await trx.updateTable('events').set(values).where('site_id', '=', site).where('id', '=', event).execute();
      else {
        await ensureRoom(trx, site, 1);
        await trx.insertInto('events').values({ site_id: site, id: event, ...values, source: 'admin', uid: null, created_at: now() }).execute();
      }
      // Readers going to a date cancelled just now are told, in this transaction.
      const schedule = { id: event, title: input.title, time_zone: input.timeZone };
      let told = found ? await queueCancellations(trx, site, schedule, stringList(found.cancelled), input.cancelled) : 0;
      // More seats (or none to count) let each date's waitlist in, in this transaction.
      const waiting = found
        ? await trx.selectFrom('rsvps').select('occurrence_start').distinct().where('site_id', '=', site).where('event_id', '=', event).where('status', '=', 'waitlisted').execute()
        : [];
      for (const { occurrence_start: start } of waiting) told += (await fillOccurrence(trx, deps.publicUrl, site, event, start, deps.postgres)).told;
      return { existing: found, told };
    });
    if (told) deps.mailer.wake();
    const row = await db.selectFrom('events').selectAll().where('site_id', '=', site).where('id', '=', event).executeTakeFirstOrThrow();
    return c.json(adminJson(row), existing ? 200 : 201);
  });

  app.delete('/events/:event', async (c) => {
    const site = c.req.param('site')!;
    const event = c.req.param('event');
    const deleted = await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('events').select(['id', 'title', 'time_zone']).where('site_id', '=', site).where('id', '=', event).executeTakeFirst();
      if (!row) return undefined;
      // Its readers are told, as for a cancelled date, before their RSVPs go with it.
      const told = await queueEventRemoved(trx, site, row);
      await trx.deleteFrom('rsvps').where('site_id', '=', site).where('event_id', '=', event).execute();
      await trx.deleteFrom('events').where('site_id', '=', site).where('id', '=', event).execute();
      return { told };
    });
    if (!deleted) throw notFound('Event');
    if (deleted.told) deps.mailer.wake();
    return c.body(null, 204);
  });

  /** The next occurrences of an event, cancelled ones included and marked, with their RSVP counts. */
  app.get('/events/:event/occurrences', query(OccurrencesQuery), async (c) => {
    const site = c.req.param('site')!;
    const row = await db.selectFrom('events').selectAll().where('site_id', '=', site).where('id', '=', c.req.param('event')).executeTakeFirst();
    if (!row) throw notFound('Event');
    const asked = c.req.valid('query');
    const from = new Date(asked.from ?? Date.now() - 24 * 3600_000);
    const cancelled = new Set(stringList(row.cancelled));
    const spans = occurrences({ ...row, cancelled: undefined }, from, new Date(from.getTime() + 3 * 366 * 24 * 3600_000), asked.count);
    const counts = await db
      .selectFrom('rsvps')
      .select(['occurrence_start', 'status', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('site_id', '=', site)
      .where('event_id', '=', row.id)
      .groupBy(['occurrence_start', 'status'])
      .execute();
    const of = (start: string, status: string) => Number(counts.find((r) => r.occurrence_start === start && r.status === status)?.n ?? 0);
    return c.json({
      occurrences: spans.map(({ start }) => {
        const local = wallClock(start.getTime(), row.time_zone);
        const iso = start.toISOString();
        return {
          start: iso,
          local,
          cancelled: cancelled.has(local),
          going: of(iso, 'going'),
          // Readers who have yet to confirm from their inbox (their places are held for a day).
          confirming: of(iso, 'pending_confirmation'),
          waitlisted: of(iso, 'waitlisted'),
        };
      }),
    });
  });

  /** An event's RSVPs, by occurrence then time. */
  app.get('/events/:event/rsvps', async (c) => {
    const event = await db.selectFrom('events').select('id').where('site_id', '=', c.req.param('site')!).where('id', '=', c.req.param('event')).executeTakeFirst();
    if (!event) throw notFound('Event');
    const rows = await db
      .selectFrom('rsvps')
      .select(['id', 'occurrence_start', 'name', 'email', 'status', 'created_at'])
      .where('site_id', '=', c.req.param('site')!)
      .where('event_id', '=', c.req.param('event'))
      .orderBy('occurrence_start')
      .orderBy('created_at')
      .limit(5000)
      .execute();
    return c.json({
      rsvps: rows.map((r) => ({ id: r.id, occurrenceStart: r.occurrence_start, name: r.name, email: r.email, status: r.status, createdAt: r.created_at })),
    });
  });

  app.post('/events/import', json(ImportBody), async (c) => {
    const { url } = c.req.valid('json');
    const result = await importFeed(deps, c.req.param('site')!, url);
    // A feed may have cancelled dates readers are going to: their emails go now.
    deps.mailer.wake();
    return c.json(result);
  });

  app.get('/rsvps.csv', async (c) => {
    const site = c.req.param('site')!;
    const rows = await db
      .selectFrom('rsvps')
      .innerJoin('events', (join) => join.onRef('events.site_id', '=', 'rsvps.site_id').onRef('events.id', '=', 'rsvps.event_id'))
      .select(['rsvps.event_id', 'events.title', 'rsvps.occurrence_start', 'rsvps.name', 'rsvps.email', 'rsvps.status', 'rsvps.created_at'])
      .where('rsvps.site_id', '=', site)
      .orderBy('rsvps.occurrence_start')
      .orderBy('rsvps.created_at')
      .execute();
    const csv = toCsv(
      ['event', 'event_title', 'occurrence_start', 'name', 'email', 'status', 'created_at'],
      rows.map((r) => [r.event_id, r.title, r.occurrence_start, r.name, r.email, r.status, r.created_at]),
    );
    return c.body(csv, 200, csvHeaders(`rsvps-${site}.csv`));
  });

  return app;
}
