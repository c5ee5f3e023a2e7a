// RSVPs, the Luma way: a reader's RSVP holds a seat for a while and is confirmed from an emailed
// link; only then is the seat theirs and the event's private join link shown to them. So nobody
// can fill an event with made-up addresses or read the join link without owning an inbox. The
// answer is the same for a known address and a new one, and one address gets at most one email
// per occurrence every ten minutes.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { wallClock } from '../src/time.js';
import { confirmationLink } from './confirmations.js';
import { sha256 } from './crypto.js';
import { stringList } from './db/json.js';
import { lockSeats } from './db/locks.js';
import type { Database, EventRow, RsvpsTable } from './db/schema.js';
import { type Deps, now } from './deps.js';
import { queueMail, recentlyQueued } from './mail/queue.js';
import { readerLang, rsvpMail } from './mail/readers.js';

/** How long an unconfirmed RSVP holds a seat (never past the event's start). */
export const RSVP_HOLD_MS = 24 * 3600_000;
const MAIL_INTERVAL_MS = 10 * 60_000;

type Status = RsvpsTable['status'];

/** Seats taken at one occurrence: confirmed RSVPs, and unconfirmed ones whose hold has not run out. */
export async function seatsTakenAt(db: Kysely<Database>, site: string, event: string, start: string): Promise<number> {
  const { count } = await db
    .selectFrom('rsvps')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('site_id', '=', site)
    .where('event_id', '=', event)
    .where('occurrence_start', '=', start)
    .where((eb) => eb.or([eb('status', '=', 'going'), eb.and([eb('status', '=', 'pending_confirmation'), eb('hold_until', '>', now())])]))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export interface Rsvping {
  site: string;
  event: EventRow;
  /** The occurrence's start, ISO 8601 UTC. */
  start: string;
  /** How the occurrence reads in the email ("Wed 3 Dec 2026, 19:00 (America/New_York)"), in `lang`. */
  when: string;
  name: string;
  email: string;
  /** The widget's language, for the reader's emails and confirmation page. */
  lang: string;
}

/**
 * Takes an RSVP (or finds the reader's earlier one), queues its email and wakes the mail worker.
 * The answer: `waitlisted` when the occurrence is full, else `pending_confirmation` — whether or
 * not this address answered before.
 */
export async function rsvp(deps: Deps, r: Rsvping): Promise<{ status: Status }> {
  const { db, postgres, publicUrl } = deps;
  const result = await db.transaction().execute(async (trx) => {
    // On PostgreSQL, concurrent RSVPs to one event queue here, so two cannot take the last seat.
    const seats = await lockSeats(trx, 'events', r.site, r.event.id, postgres);
    // Seats freed since the last look go to the waitlist first: a newcomer does not jump it.
    const promoted = await fillSeatsAt(trx, publicUrl, r.site, { ...r.event, seats }, r.start);
    const full = seats !== null && (await seatsTakenAt(trx, r.site, r.event.id, r.start)) >= seats;
    const existing = await trx
      .selectFrom('rsvps')
      .select(['id', 'status'])
      .where('site_id', '=', r.site)
      .where('event_id', '=', r.event.id)
      .where('occurrence_start', '=', r.start)
      .where('email', '=', r.email)
      .executeTakeFirst();
    const kind = `rsvp:${r.site}/${r.event.id}/${r.start}`;
    const quiet = await recentlyQueued(trx, r.email, kind, MAIL_INTERVAL_MS);
    const hold = new Date(Math.min(Date.now() + RSVP_HOLD_MS, Date.parse(r.start))).toISOString();

    if (existing) {
      if (existing.status === 'pending_confirmation' && !quiet) {
        if (!full) await trx.updateTable('rsvps').set({ hold_until: hold }).where('id', '=', existing.id).execute();
        await queueConfirmation(trx, publicUrl, existing.id, r, kind);
      } else if (existing.status === 'going' && !quiet) {
        // Their address is proven: they may have the join link again.
        await queueMail(trx, { kind, to: r.email, ...rsvpMail[readerLang(r.lang)].alreadyGoing(mailOf(r), r.event.join_url) });
      }
      return { status: (existing.status === 'waitlisted' ? 'waitlisted' : 'pending_confirmation') as Status, queued: !quiet || promoted > 0 };
    }

    const id = randomUUID();
    const status: Status = full ? 'waitlisted' : 'pending_confirmation';
    await trx
      .insertInto('rsvps')
      .values({
        id,
        site_id: r.site,
        event_id: r.event.id,
        occurrence_start: r.start,
        name: r.name,
        email: r.email,
        status,
        created_at: now(),
        hold_until: status === 'pending_confirmation' ? hold : null,
        lang: r.lang,
      })
      .execute();
    if (status === 'pending_confirmation') await queueConfirmation(trx, publicUrl, id, r, kind);
    return { status, queued: status === 'pending_confirmation' || promoted > 0 };
  });
  if (result.queued) deps.mailer.wake();
  return { status: result.status };
}

/** Who an RSVP's emails go to, in which language, and what they name. */
interface Addressee {
  event: Pick<EventRow, 'title' | 'join_url'>;
  when: string;
  name: string;
  email: string;
  lang: string;
}

const mailOf = (r: Addressee) => ({ name: r.name, title: r.event.title, when: r.when });

/** A confirmation link and its email, queued; `opened`: the seat is one the waitlist just freed for them. */
async function queueConfirmation(trx: Kysely<Database>, publicUrl: string, rsvpId: string, r: Addressee, kind: string, opened = false): Promise<void> {
  const link = await confirmationLink(publicUrl, (row) => trx.insertInto('rsvp_confirmations').values({ ...row, rsvp_id: rsvpId }).execute());
  const texts = rsvpMail[readerLang(r.lang)];
  const online = Boolean(r.event.join_url);
  await queueMail(trx, { kind, to: r.email, ...(opened ? texts.opened(mailOf(r), link, online) : texts.confirm(mailOf(r), link, online)), link });
}

/**
 * The waitlist moves, per date: the occurrence's free seats go to the readers who have waited
 * longest, before any newcomer (see `fillSeats` for groups). A reader who confirmed their
 * address before is going at once and gets the join link; anyone else gets a new link and a
 * seat held for a day (never past the start). Past and cancelled dates are left as they are.
 * Runs in the caller's transaction with the event's row locked; returns how many emails it queued.
 */
export async function fillSeatsAt(
  trx: Kysely<Database>,
  publicUrl: string,
  site: string,
  event: Pick<EventRow, 'id' | 'title' | 'seats' | 'time_zone' | 'cancelled' | 'join_url'>,
  start: string,
): Promise<number> {
  if (start <= now() || stringList(event.cancelled).includes(wallClock(Date.parse(start), event.time_zone))) return 0;
  const free = event.seats === null ? Infinity : event.seats - (await seatsTakenAt(trx, site, event.id, start));
  if (free <= 0) return 0;
  let next = trx
    .selectFrom('rsvps')
    .select(['id', 'name', 'email', 'confirmed_at', 'lang'])
    .where('site_id', '=', site)
    .where('event_id', '=', event.id)
    .where('occurrence_start', '=', start)
    .where('status', '=', 'waitlisted')
    .orderBy('created_at')
    .orderBy('id');
  if (free !== Infinity) next = next.limit(free);
  const waiting = await next.execute();
  const kind = `waitlist:${site}/${event.id}/${start}`;
  for (const reader of waiting) {
    const to = { event, when: occurrenceText(start, event.time_zone, reader.lang), name: reader.name, email: reader.email, lang: reader.lang };
    if (reader.confirmed_at) {
      await trx.updateTable('rsvps').set({ status: 'going', hold_until: null }).where('id', '=', reader.id).execute();
      await queueMail(trx, { kind, to: reader.email, ...rsvpMail[readerLang(reader.lang)].going(mailOf(to), event.join_url) });
    } else {
      const hold = new Date(Math.min(Date.now() + RSVP_HOLD_MS, Date.parse(start))).toISOString();
      await trx.updateTable('rsvps').set({ status: 'pending_confirmation', hold_until: hold }).where('id', '=', reader.id).execute();
      await queueConfirmation(trx, publicUrl, reader.id, to, kind, true);
    }
  }
  return waiting.length;
}

/**
 * `fillSeatsAt` for an event known by its id: takes the event's lock first. Returns the event's
 * seats (read under the lock) and how many emails it queued.
 */
export async function fillOccurrence(
  trx: Kysely<Database>,
  publicUrl: string,
  site: string,
  eventId: string,
  start: string,
  postgres: boolean,
): Promise<{ seats: number | null; told: number }> {
  const seats = await lockSeats(trx, 'events', site, eventId, postgres);
  const event = await trx
    .selectFrom('events')
    .select(['id', 'title', 'time_zone', 'cancelled', 'join_url'])
    .where('site_id', '=', site)
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  return { seats, told: await fillSeatsAt(trx, publicUrl, site, { ...event, seats }, start) };
}


/**
 * Tells every reader going to a date the author has just cancelled (`cancelled` now, not
 * `before`), by email, queued in the caller's transaction so it goes out once the cancellation is
 * saved; past dates are not announced. Returns how many emails were queued (wake the mailer then).
 */
export async function queueCancellations(
  trx: Kysely<Database>,
  site: string,
  event: Pick<EventRow, 'id' | 'title' | 'time_zone'>,
  before: readonly string[],
  cancelled: readonly string[],
): Promise<number> {
  const fresh = new Set(cancelled.filter((local) => !before.includes(local)));
  return fresh.size ? tellCancelled(trx, site, event, (local) => fresh.has(local)) : 0;
}

/** Tells the readers of every date still to come of an event the author is removing (before its RSVPs go). */
export const queueEventRemoved = (trx: Kysely<Database>, site: string, event: Pick<EventRow, 'id' | 'title' | 'time_zone'>): Promise<number> =>
  tellCancelled(trx, site, event, () => true);

/**
 * The email for each date to come that `dropped` (by its wall-clock start) says will not take
 * place, to every proven address with a stake in it: readers going, and readers waiting who had
 * confirmed (they were promised a word if a place opened). An unconfirmed address gets nothing.
 */
async function tellCancelled(
  trx: Kysely<Database>,
  site: string,
  event: Pick<EventRow, 'id' | 'title' | 'time_zone'>,
  dropped: (local: string) => boolean,
): Promise<number> {
  const readers = await trx
    .selectFrom('rsvps')
    .select(['name', 'email', 'status', 'occurrence_start', 'lang'])
    .where('site_id', '=', site)
    .where('event_id', '=', event.id)
    .where((eb) => eb.or([eb('status', '=', 'going'), eb.and([eb('status', '=', 'waitlisted'), eb('confirmed_at', 'is not', null)])]))
    .where('occurrence_start', '>', now())
    .orderBy('occurrence_start')
    .orderBy('created_at')
    .execute();
  let queued = 0;
  for (const r of readers) {
    if (!dropped(wallClock(Date.parse(r.occurrence_start), event.time_zone))) continue;
    const when = occurrenceText(r.occurrence_start, event.time_zone, r.lang);
    await queueMail(trx, {
      kind: `cancelled:${site}/${event.id}/${r.occurrence_start}`,
      to: r.email,
      ...rsvpMail[readerLang(r.lang)].cancelled({ name: r.name, title: event.title, when }, r.status === 'going' ? 'place' : 'waitlist'),
    });
    queued++;
  }
  return queued;
}

/**
 * What a confirmation link leads to: `ready` to use, just `confirmed`, `used` before, `expired`,
 * or a date that will not take place: `cancelled` by the author, or `past`.
 */
export interface RsvpConfirmation {
  state: 'ready' | 'confirmed' | 'used' | 'expired' | 'cancelled' | 'past';
  rsvpId: string;
  title: string;
  when: string;
  status: Status;
  /** Only for a reader who is going. */
  joinUrl: string | null;
  /** The reader's language, for the page. */
  lang: string;
}

/** Looks a link up, without using it (a GET, a mail scanner's HEAD). */
export async function findRsvpConfirmation(db: Kysely<Database>, token: string): Promise<RsvpConfirmation | undefined> {
  const row = await db
    .selectFrom('rsvp_confirmations')
    .innerJoin('rsvps', 'rsvps.id', 'rsvp_confirmations.rsvp_id')
    .innerJoin('events', (join) => join.onRef('events.site_id', '=', 'rsvps.site_id').onRef('events.id', '=', 'rsvps.event_id'))
    .select(['rsvp_confirmations.expires_at', 'rsvp_confirmations.used_at', 'rsvps.id', 'rsvps.status', 'rsvps.occurrence_start', 'rsvps.lang', 'events.title', 'events.join_url', 'events.time_zone', 'events.cancelled'])
    .where('rsvp_confirmations.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return undefined;
  let state: RsvpConfirmation['state'] = row.used_at ? 'used' : row.expires_at < now() ? 'expired' : 'ready';
  // A link to a date that will not take place confirms nothing, and says why.
  if (stringList(row.cancelled).includes(wallClock(Date.parse(row.occurrence_start), row.time_zone))) state = 'cancelled';
  else if (row.occurrence_start <= now()) state = 'past';
  return {
    state,
    rsvpId: row.id,
    title: row.title,
    when: occurrenceText(row.occurrence_start, row.time_zone, row.lang),
    status: row.status,
    joinUrl: row.status === 'going' ? row.join_url : null,
    lang: row.lang,
  };
}

/**
 * Uses a link: the RSVP becomes `going` — or `waitlisted` if its hold ran out and the occurrence
 * filled meanwhile. Used once (two clicks at once confirm once); a used or expired link changes nothing.
 */
export async function confirmRsvp(deps: Deps, token: string): Promise<RsvpConfirmation | undefined> {
  const found = await findRsvpConfirmation(deps.db, token);
  if (!found || found.state !== 'ready') return found;
  let promoted = 0;
  const used = await deps.db.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('rsvp_confirmations').set({ used_at: now() }).where('token_hash', '=', sha256(token)).where('used_at', 'is', null).executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) return false;
    const row = await trx.selectFrom('rsvps').selectAll().where('id', '=', found.rsvpId).executeTakeFirstOrThrow();
    if (row.status !== 'pending_confirmation') return true;
    // The event's lock, and free seats to the waitlist first (this reader, pending, is not on it).
    const { seats, told } = await fillOccurrence(trx, deps.publicUrl, row.site_id, row.event_id, row.occurrence_start, deps.postgres);
    promoted = told;
    const held = row.hold_until !== null && row.hold_until > now();
    // Its own hold is one of the seats taken while it lasts; once it ran out, it needs a free one.
    const full = !held && seats !== null && (await seatsTakenAt(trx, row.site_id, row.event_id, row.occurrence_start)) >= seats;
    await trx.updateTable('rsvps').set({ status: full ? 'waitlisted' : 'going', confirmed_at: now(), hold_until: null }).where('id', '=', row.id).execute();
    return true;
  });
  if (promoted) deps.mailer.wake();
  const after = (await findRsvpConfirmation(deps.db, token))!;
  return used ? { ...after, state: 'confirmed' } : after;
}

/** "Wed, 3 Dec 2026, 19:00 (America/New_York)": the occurrence in the event's own zone. */
export function occurrenceText(start: string, timeZone: string, lang = 'en'): string {
  const locale = readerLang(lang);
  const when = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(start));
  return `${when} (${timeZone})`;
}
