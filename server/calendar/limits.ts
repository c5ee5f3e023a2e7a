// How many events a site may hold and a feed may bring. An author's calendar is a few series and
// some hundreds of dates over the years; the limits are well above that and keep what one public
// listing reads from the database, and what it may have to expand, small (issue #13).
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';

/** Events one site holds at most, added in the console, by the admin API or from feeds. */
export const EVENTS_PER_SITE = 1000;
/** Events one feed import brings at most (a feed is one calendar). */
export const EVENTS_PER_FEED = 500;
/** VEVENTs read from one feed at most: its events and the changed instances of its series. */
export const ENTRIES_PER_FEED = 2 * EVENTS_PER_FEED;
/** Cancelled occurrences one series keeps at most (EXDATEs), as the admin API takes them. */
export const CANCELLED_PER_EVENT = 500;


/**
 * Refuses (422 `too_many_events`) to add `adding` events to a site that would then hold more
 * than EVENTS_PER_SITE. Call it after lockSite, in the transaction that adds them, so two writers
 * cannot both take the last places.
 */
export async function ensureRoom(trx: Transaction<Database>, site: string, adding: number, field?: string): Promise<void> {
  if (adding <= 0) return;
  const { count } = await trx.selectFrom('events').select((eb) => eb.fn.countAll<string | number>().as('count')).where('site_id', '=', site).executeTakeFirstOrThrow();
  const held = Number(count);
  if (held + adding <= EVENTS_PER_SITE) return;
  const would = adding === 1 ? 'one more' : `${adding} more`;
  throw new ApiError(
    422,
    'too_many_events',
    `A site holds at most ${EVENTS_PER_SITE} events; this one has ${held}, and this would add ${would}. Delete events that are over to make room.`,
    field,
  );
}
