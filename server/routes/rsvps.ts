import { Hono } from 'hono';
import { occurrences } from '../calendar/recurrence.js';
import type { Deps, Env } from '../deps.js';
import { occurrenceText, rsvp } from '../rsvps.js';
import { ApiError } from '../http/errors.js';
import { json } from '../http/validate.js';
import { RsvpBody } from '../requests.js';
import { eventOf, instant } from './events.js';

/** A reader's RSVP to one occurrence of an event: held, then confirmed by email (see rsvps.ts). */
export function rsvpRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.post('/sites/:site/events/:event/rsvps', json(RsvpBody), async (c) => {
    const { site, event } = c.req.param();
    const input = c.req.valid('json');
    const row = await eventOf(deps.db, site, event);
    const start = instant(input.start, 'start');
    const match = occurrences(row, start, new Date(start.getTime() + 1), 1)[0];
    if (!match) throw new ApiError(404, 'not_found', 'This event has no occurrence starting then.', 'start');
    const { status } = await rsvp(deps, {
      site,
      event: row,
      start: match.start.toISOString(),
      when: occurrenceText(match.start.toISOString(), row.time_zone, input.lang),
      name: input.name,
      email: input.email,
      lang: input.lang,
    });
    // Never the join link here: it reaches only a reader who confirmed from their inbox.
    return c.json({ status }, 201);
  });

  return app;
}
