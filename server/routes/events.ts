import { type Context, Hono } from 'hono';
import type { Occurrence, Venue } from '../../src/api/schemas.js';
import { calendarIcs } from '../calendar/ics.js';
import { wallClock } from '../../src/time.js';
import { listOccurrences } from '../calendar/recurrence.js';
import { jsonObject, stringList } from '../db/json.js';
import type { Db } from '../db/open.js';
import type { EventRow } from '../db/schema.js';
import type { Deps, Env } from '../deps.js';
import { ApiError, notFound } from '../http/errors.js';
import { query } from '../http/validate.js';
import { EventsQuery } from '../requests.js';

const DAY_MS = 24 * 3600_000;
const MAX_RANGE_DAYS = 366;
/**
 * Listing windows are widened to whole quarter hours (UTC), so requests a moment apart share one
 * cached answer; every zone's offset is a multiple of 15 minutes, so a reader's midnight, which
 * the widgets ask from and to, is unchanged by it.
 */
const ROUND_MS = 15 * 60_000;
const EVENTS_URL = /^[a-z]+:\/\/[^/]+\/v1\/sites\/[^/?#]+\/events(\?|$)/;

/** An ISO 8601 timestamp the schema accepted, as a Date; 422 naming the field if Date cannot read it. */
export function instant(value: string, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new ApiError(422, 'invalid', `${field}: Expected an ISO 8601 timestamp.`, field);
  return date;
}

/** The window a listing answers for: `from` down and `to` up to whole quarter hours. */
export function listingWindow(from: Date, to: Date): { from: Date; to: Date } {
  return { from: new Date(Math.floor(from.getTime() / ROUND_MS) * ROUND_MS), to: new Date(Math.ceil(to.getTime() / ROUND_MS) * ROUND_MS) };
}

/**
 * The response cache's key for a request: for a site's list of events, its path, the window it
 * answers for and the tag (so neither a millisecond nor an unknown parameter makes another entry);
 * for anything else, the URL.
 */
export function cacheKey(href: string): string {
  if (!EVENTS_URL.test(href)) return href;
  // Worked out once per URL: every request asks, those answered from the cache too.
  let key = listingKeys.get(href);
  if (key === undefined) {
    if (listingKeys.size >= 2_000) listingKeys.clear();
    listingKeys.set(href, (key = listingKey(href)));
  }
  return key;
}
const listingKeys = new Map<string, string>();

function listingKey(href: string): string {
  const url = new URL(href);
  const query = url.searchParams;
  const from = new Date(query.get('from') ?? '');
  const to = new Date(query.get('to') ?? '');
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return href;
  const window = listingWindow(from, to);
  const include = query.get('include') === 'cancelled' ? '&include=cancelled' : '';
  return `${url.pathname}?from=${window.from.toISOString()}&to=${window.to.toISOString()}&tag=${encodeURIComponent(query.get('tag') ?? '')}${include}`;
}

type Listed = Omit<EventRow, 'site_id' | 'join_url' | 'source' | 'uid' | 'created_at'>;

/** The public view of an event at one occurrence (its JSON columns read); never the join URL. */
function occurrenceJson(event: Listed, { tags, venue }: { tags: string[]; venue: Venue | null }, start: Date, end: Date, going: number, cancelled: boolean): Occurrence {
  return {
    event: event.id,
    start: start.toISOString(),
    end: end.toISOString(),
    timeZone: event.time_zone,
    title: event.title,
    description: event.description,
    kind: event.kind,
    venue,
    tags,
    seats: event.seats,
    seatsLeft: event.seats === null ? null : Math.max(0, event.seats - going),
    status: cancelled ? 'cancelled' : 'scheduled',
  };
}

/** One event of a site; 404 if there is none. */
export async function eventOf(db: Db, site: string, event: string): Promise<EventRow> {
  const row = await db.selectFrom('events').selectAll().where('site_id', '=', site).where('id', '=', event).executeTakeFirst();
  if (!row) throw notFound('Event');
  return row;
}

/** Public event routes: occurrences in a range, and iCalendar files for one event or the whole site. */
export function eventRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();

  const findEvent = (site: string, event: string) => eventOf(db, site, event);

  const ics = async (c: Context<Env>, site: string, events: EventRow[]): Promise<Response> => {
    const name = (await deps.sites.get(site))?.name ?? site;
    const text = calendarIcs(events, { name, publicUrl: deps.publicUrl, site });
    return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'public, max-age=300' });
  };

  app.get('/sites/:site/events', query(EventsQuery), async (c) => {
    const site = c.req.param('site');
    const query = c.req.valid('query');
    const asked = { from: instant(query.from, 'from'), to: instant(query.to, 'to') };
    if (asked.from >= asked.to) throw new ApiError(422, 'invalid', 'to: Must be after from.', 'to');
    if (asked.to.getTime() - asked.from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
      throw new ApiError(422, 'invalid', `to: The range may span at most ${MAX_RANGE_DAYS} days.`, 'to');
    }
    // The answer covers the widened window, so every request that widens to it gets the same one.
    const { from, to } = listingWindow(asked.from, asked.to);

    // Series, and the single events near the window (wall-clock times are within a day of UTC).
    const near = (at: number) => new Date(at).toISOString().slice(0, 16);
    const rows = await db
      .selectFrom('events')
      .select(['id', 'title', 'description', 'kind', 'venue', 'tags', 'time_zone', 'start_local', 'duration_minutes', 'rrule', 'cancelled', 'seats'])
      .where('site_id', '=', site)
      .where((eb) =>
        eb.or([eb('rrule', 'is not', null), eb.and([eb('start_local', '>=', near(from.getTime() - DAY_MS)), eb('start_local', '<', near(to.getTime() + DAY_MS))])]),
      )
      .orderBy('id')
      .execute();
    // The JSON columns read once per event, not per occurrence.
    const read = rows.map((row) => ({ row, tags: stringList(row.tags), venue: jsonObject(row.venue) as Venue | null }));
    // Tags are a JSON array in a text column; filtering here keeps the SQL the same on both databases.
    const tagged = query.tag ? read.filter(({ tags }) => tags.includes(query.tag!)) : read;
    const listed = new Map(tagged.map((event) => [event.row.id, event]));
    // Asked for, cancelled dates are listed and marked, so a reader who planned on one learns it is off.
    const withCancelled = query.include === 'cancelled';
    const cancelledOf = new Map(tagged.map(({ row }) => [row.id, new Set(stringList(row.cancelled))]));
    const events = tagged.map(({ row }) => (withCancelled ? { ...row, cancelled: '[]' } : row));
    const counts = await db
      .selectFrom('rsvps')
      .select(['event_id', 'occurrence_start', (eb) => eb.fn.countAll<string | number>().as('count')])
      .where('site_id', '=', site)
      // Seats are taken by readers going, and held by those confirming (see rsvps.ts).
      .where((eb) => eb.or([eb('status', '=', 'going'), eb.and([eb('status', '=', 'pending_confirmation'), eb('hold_until', '>', new Date().toISOString())])]))
      .where('occurrence_start', '>=', from.toISOString())
      .where('occurrence_start', '<', to.toISOString())
      .groupBy(['event_id', 'occurrence_start'])
      .execute();
    const taken = new Map(counts.map((r) => [`${r.event_id} ${r.occurrence_start}`, Number(r.count)]));

    // Bounded: at most 1,000 occurrences, and a budget of work however many series the site has.
    const list = listOccurrences(events, from, to).occurrences.map(({ event, start, end }) =>
      occurrenceJson(
        event,
        listed.get(event.id)!,
        start,
        end,
        taken.get(`${event.id} ${start.toISOString()}`) ?? 0,
        withCancelled && cancelledOf.get(event.id)!.size > 0 && cancelledOf.get(event.id)!.has(wallClock(start.getTime(), event.time_zone)),
      ),
    );
    c.header('cache-control', 'public, max-age=60, stale-while-revalidate=300');
    return c.json({ occurrences: list });
  });

  // `events.ics` is a segment of its own, so it never reaches the JSON list; and the `.ics` suffix
  // in the pattern keeps one event's file apart from anything else under `events/`.
  app.get('/sites/:site/events.ics', async (c) => {
    const site = c.req.param('site');
    const rows = await db.selectFrom('events').selectAll().where('site_id', '=', site).orderBy('start_local').orderBy('id').execute();
    return ics(c, site, rows);
  });

  app.get('/sites/:site/events/:event{[^/]+\\.ics}', async (c) => {
    const site = c.req.param('site');
    const row = await findEvent(site, c.req.param('event').slice(0, -'.ics'.length));
    return ics(c, site, [row]);
  });

  return app;
}
