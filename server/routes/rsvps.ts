import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { occurrences } from '../calendar/recurrence.js';
import type { Db } from '../db/open.js';
import type { EventRow } from '../db/schema.js';
import { type Deps, type Env, now } from '../deps.js';
import { ApiError, notFound } from '../http/errors.js';
import { body } from '../http/validate.js';
import { RsvpBody } from '../requests.js';
import { instant } from './events.js';

/** RSVPs that hold a seat at one occurrence. */
async function going(db: Db, site: string, event: string, start: string): Promise<number> {
  const { count } = await db
    .selectFrom('rsvps')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('site_id', '=', site)
    .where('event_id', '=', event)
    .where('occurrence_start', '=', start)
    .where('status', '=', 'going')
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** A reader's RSVP to one occurrence of an event. */
export function rsvpRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();

  const findEvent = async (site: string, event: string): Promise<EventRow> => {
    const row = await db.selectFrom('events').selectAll().where('site_id', '=', site).where('id', '=', event).executeTakeFirst();
    if (!row) throw notFound('Event');
    return row;
  };

  app.post('/sites/:site/events/:event/rsvps', async (c) => {
    const { site, event } = c.req.param();
    const input = await body(c, RsvpBody);
    const row = await findEvent(site, event);
    const start = instant(input.start, 'start');
    const match = occurrences(row, start, new Date(start.getTime() + 1), 1)[0];
    if (!match) throw new ApiError(404, 'not_found', 'This event has no occurrence starting then.', 'start');
    const occurrence = match.start.toISOString();

    const result = await db.transaction().execute(async (trx) => {
      // On PostgreSQL, concurrent RSVPs to one event queue here, so two cannot take the last seat.
      let lock = trx.selectFrom('events').select('seats').where('site_id', '=', site).where('id', '=', event);
      if (deps.postgres) lock = lock.forUpdate();
      const { seats } = await lock.executeTakeFirstOrThrow();
      const existing = await trx
        .selectFrom('rsvps')
        .select('status')
        .where('site_id', '=', site)
        .where('event_id', '=', event)
        .where('occurrence_start', '=', occurrence)
        .where('email', '=', input.email)
        .executeTakeFirst();
      if (existing) return { status: existing.status, created: false };
      const full = seats !== null && (await going(trx, site, event, occurrence)) >= seats;
      const status = full ? ('waitlisted' as const) : ('going' as const);
      await trx
        .insertInto('rsvps')
        .values({
          id: randomUUID(),
          site_id: site,
          event_id: event,
          occurrence_start: occurrence,
          name: input.name,
          email: input.email,
          status,
          created_at: now(),
        })
        .execute();
      return { status, created: true };
    });

    const answer = result.status === 'going' && row.join_url ? { status: result.status, joinUrl: row.join_url } : { status: result.status };
    return c.json(answer, result.created ? 201 : 200);
  });

  return app;
}
