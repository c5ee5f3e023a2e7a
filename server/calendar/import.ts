// Imports an author's existing calendar (an ICS feed from Google, Apple, Outlook, a booking tool)
// so they need not enter events twice. Fetching a URL an admin names is a server-side request
// on their behalf, so it is kept away from the server's own network: no loopback, private or
// link-local addresses (checked on the addresses actually connected to, which defeats DNS
// rebinding), a time limit and a size limit.
import { createHash, randomBytes } from 'node:crypto';
import { lookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import ICAL from 'ical.js';
import type { Deps } from '../deps.js';
import { now } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { httpUrl } from '../http/validate.js';
import { queueCancellations } from '../rsvps.js';
import { stringList } from '../db/json.js';
import { lockSite } from '../db/locks.js';
import { CANCELLED_PER_EVENT, ENTRIES_PER_FEED, ensureRoom, EVENTS_PER_FEED } from './limits.js';
import { instantOf, isZone, wallClock } from '../../src/time.js';
import { isLocalDateTime, isRrule } from './recurrence.js';

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export interface ImportedEvent {
  uid: string;
  title: string;
  description: string;
  start_local: string;
  time_zone: string;
  duration_minutes: number;
  rrule: string | null;
  /** Occurrences of the series that will not take place (EXDATE, cancelled or moved instances), local starts. */
  cancelled: string[];
  kind: 'online' | 'in_person';
  venue: { name: string } | null;
}

const invalidFeed = (message: string) => new ApiError(422, 'invalid_feed', message, 'url');
const tooMany = (message: string) => new ApiError(422, 'too_many_events', message, 'url');
const unreachable = (message: string) => new ApiError(422, 'feed_unreachable', message, 'url');

// Addresses a feed may not live at: this host, private networks, link-local (cloud metadata),
// carrier-grade NAT, multicast and reserved ranges. IPv4-mapped IPv6 addresses match the IPv4 rules.
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

const isPrivate = (address: string): boolean => PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

const refused = () => new ApiError(422, 'feed_forbidden', 'Feeds on private or local network addresses cannot be imported.', 'url');

/** dns.lookup that fails for private addresses; http calls it for each connection it opens. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    if (!addresses.length || addresses.some((a) => isPrivate(a.address))) return callback(refused(), '');
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** The URL if it is http(s), else 422. */
function feedUrl(url: string): URL {
  const href = httpUrl(url);
  if (!href) throw new ApiError(422, 'invalid', 'url: Expected an http:// or https:// URL.', 'url');
  return new URL(href);
}

/** GETs a feed's text, following redirects, within the time and size limits. */
function fetchText(url: URL, allowPrivate: boolean, signal: AbortSignal, redirects = 0): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Node connects to an IP literal without a lookup, so those are checked here.
  if (!allowPrivate && isIP(host) && isPrivate(host)) return Promise.reject(refused());
  return new Promise((resolve, reject) => {
    const broken = (error: Error) => {
      if (error instanceof ApiError) return reject(error);
      if (signal.aborted) return reject(unreachable(`The feed did not answer within ${TIMEOUT_MS / 1000} seconds.`));
      reject(unreachable(`The feed could not be fetched (${(error as NodeJS.ErrnoException).code ?? error.message}).`));
    };
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(
      url,
      {
        signal,
        lookup: allowPrivate ? undefined : publicLookup,
        headers: { accept: 'text/calendar, text/plain;q=0.9, */*;q=0.5', 'user-agent': 'Salon calendar import' },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.resume();
          if (redirects >= MAX_REDIRECTS) return reject(unreachable('The feed redirects too many times.'));
          let next: URL;
          try {
            next = feedUrl(new URL(location, url).toString());
          } catch (error) {
            return reject(error);
          }
          return resolve(fetchText(next, allowPrivate, signal, redirects + 1));
        }
        if (status < 200 || status >= 300) {
          response.resume();
          return reject(unreachable(`The feed answered with HTTP status ${status}.`));
        }
        if (Number(response.headers['content-length'] ?? 0) > MAX_BYTES) {
          request.destroy();
          return reject(new ApiError(422, 'feed_too_large', 'The feed is larger than 2 MB.', 'url'));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BYTES) {
            request.destroy();
            reject(new ApiError(422, 'feed_too_large', 'The feed is larger than 2 MB.', 'url'));
          } else chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', broken);
        response.on('aborted', () => broken(new Error('the answer broke off')));
      },
    );
    request.on('error', broken);
  });
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const localOf = (t: ICAL.Time): string => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;

/** An IANA zone for a TZID, also from prefixed forms like `/mozilla.org/20050126_1/America/New_York`. */
function ianaZone(tzid: string): string | undefined {
  const parts = tzid.split('/');
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(i).join('/');
    if (isZone(name)) return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  }
  return undefined;
}

/**
 * Where a DTSTART lies: wall-clock time in its IANA zone when the TZID names one; dates, floating
 * and UTC times in UTC; a zone only the feed's own VTIMEZONE defines (Outlook's "Eastern Standard
 * Time") converted to UTC through that definition, as no IANA zone is known to follow it.
 */
function placed(time: ICAL.Time, tzid: string | undefined): { start_local: string; time_zone: string } {
  if (time.isDate) return { start_local: `${localOf(time).slice(0, 10)}T00:00`, time_zone: 'UTC' };
  const zone = tzid ? ianaZone(tzid) : undefined;
  if (zone) return { start_local: localOf(time), time_zone: zone };
  const defined = time.zone && time.zone.tzid !== 'floating' && time.zone.tzid !== 'UTC';
  if (defined) return { start_local: localOf(time.convertToZone(ICAL.Timezone.utcTimezone)), time_zone: 'UTC' };
  return { start_local: localOf(time), time_zone: 'UTC' };
}

/** A date-time property value as a wall-clock time in the zone `timeZone` (how a series' exceptions are kept). */
function localIn(time: ICAL.Time, tzid: unknown, timeZone: string): string {
  const { start_local, time_zone } = placed(time, typeof tzid === 'string' ? tzid : undefined);
  return time_zone === timeZone ? start_local : wallClock(instantOf(start_local, time_zone), timeZone);
}

const textOf = (component: ICAL.Component, name: string, max: number): string => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
};

/** One VEVENT as an event row's content; throws for what cannot be read. */
function toEvent(vevent: ICAL.Component): ImportedEvent {
  const title = textOf(vevent, 'summary', 200) || 'Untitled event';
  const property = vevent.getFirstProperty('dtstart');
  const start = property?.getFirstValue();
  if (!(start instanceof ICAL.Time)) throw invalidFeed(`The event “${title}” has no valid start (DTSTART).`);
  const tzid = property!.getParameter('tzid');
  const { start_local, time_zone } = placed(start, typeof tzid === 'string' ? tzid : undefined);
  if (!isLocalDateTime(start_local)) throw invalidFeed(`The event “${title}” has no valid start (DTSTART).`);

  const end = vevent.getFirstPropertyValue('dtend');
  const duration = vevent.getFirstPropertyValue('duration');
  let seconds = start.isDate ? 86_400 : 3_600;
  if (end instanceof ICAL.Time) seconds = end.subtractDateTz(start).toSeconds();
  else if (duration instanceof ICAL.Duration) seconds = duration.toSeconds();
  const minutes = Math.round(seconds / 60);
  if (!Number.isFinite(minutes)) throw invalidFeed(`The event “${title}” has an invalid end.`);

  const recur = vevent.getFirstPropertyValue('rrule');
  const rrule = recur instanceof ICAL.Recur ? recur.toString().toUpperCase() : null;
  if (rrule !== null && !isRrule(rrule)) throw invalidFeed(`The event “${title}” repeats by a rule Salon cannot read: ${rrule.slice(0, 200)}`);

  const cancelled: string[] = [];
  if (rrule !== null) {
    for (const exdate of vevent.getAllProperties('exdate')) {
      for (const value of exdate.getValues()) {
        if (value instanceof ICAL.Time) cancelled.push(localIn(value, exdate.getParameter('tzid'), time_zone));
      }
    }
  }

  const place = textOf(vevent, 'location', 500);
  const uid = textOf(vevent, 'uid', 1000) || createHash('sha256').update(`${title}\n${start.toString()}`).digest('hex').slice(0, 32);
  return {
    uid,
    title,
    description: textOf(vevent, 'description', 5000),
    start_local,
    time_zone,
    // A zero or negative length means none was given.
    duration_minutes: minutes > 0 ? minutes : 60,
    rrule,
    cancelled: cancelled.filter(isLocalDateTime),
    kind: place ? 'in_person' : 'online',
    venue: place ? { name: place } : null,
  };
}

/** One VEVENT, or a 422 `invalid_feed` that names what could not be read. */
function readEvent(vevent: ICAL.Component): ImportedEvent {
  try {
    return toEvent(vevent);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw invalidFeed('The feed has an event Salon cannot read.');
  }
}

/**
 * The events of an iCalendar text; malformed input throws ApiError 422 `invalid_feed`. A changed
 * instance of a series (a VEVENT with RECURRENCE-ID) cancels that occurrence of the series and,
 * unless its STATUS is CANCELLED, becomes an event of its own at its new time.
 */
export function parseIcs(text: string): ImportedEvent[] {
  // Reading a VEVENT takes a fraction of a millisecond: count them before reading any.
  const entries = text.match(/^BEGIN:VEVENT\r?$/gim)?.length ?? 0;
  if (entries > ENTRIES_PER_FEED) {
    throw tooMany(`The feed has ${entries} entries (VEVENT); Salon reads at most ${ENTRIES_PER_FEED} from one feed and imports at most ${EVENTS_PER_FEED} events.`);
  }
  let root: ICAL.Component;
  try {
    const jcal: unknown = ICAL.parse(text.replace(/^\uFEFF/, ''));
    if (!Array.isArray(jcal) || jcal[0] !== 'vcalendar') throw new Error('not a VCALENDAR');
    root = new ICAL.Component(jcal);
  } catch {
    throw invalidFeed('This is not an iCalendar (ICS) feed.');
  }
  const events = new Map<string, ImportedEvent>();
  const changed: ICAL.Component[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    if (vevent.hasProperty('recurrence-id')) {
      changed.push(vevent);
      continue;
    }
    const event = readEvent(vevent);
    if (!events.has(event.uid)) events.set(event.uid, event);
  }
  for (const vevent of changed) {
    const series = events.get(textOf(vevent, 'uid', 1000));
    const property = vevent.getFirstProperty('recurrence-id')!;
    const id = property.getFirstValue();
    if (!(id instanceof ICAL.Time)) continue;
    const instance = series ? localIn(id, property.getParameter('tzid'), series.time_zone) : localOf(id);
    if (series && !series.cancelled.includes(instance)) series.cancelled.push(instance);
    if (textOf(vevent, 'status', 20).toUpperCase() === 'CANCELLED') continue;
    const event = readEvent(vevent);
    const uid = `${event.uid}#${instance}`;
    if (!events.has(uid)) events.set(uid, { ...event, uid, rrule: null, cancelled: [] });
  }
  if (events.size > EVENTS_PER_FEED) throw tooMany(`The feed has ${events.size} events; Salon imports at most ${EVENTS_PER_FEED} from one feed.`);
  for (const event of events.values()) {
    if (event.cancelled.length > CANCELLED_PER_EVENT) {
      throw tooMany(`The event “${event.title}” has ${event.cancelled.length} cancelled dates; Salon keeps at most ${CANCELLED_PER_EVENT} per event.`);
    }
  }
  return [...events.values()];
}

/** A readable, unique id for a new event: the title's slug and a short random suffix. */
function newId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'event'}-${randomBytes(3).toString('hex')}`;
}

/**
 * Fetches an ICS feed and upserts its events into the site by UID: re-importing updates, never
 * duplicates, also when two imports of one feed run at once (the unique index on site and UID
 * decides). Refused with 422 `too_many_events`, writing nothing, when the feed or the site would
 * hold more events than the limits allow.
 */
export async function importFeed(
  deps: Pick<Deps, 'db' | 'allowPrivateFeeds' | 'postgres'>,
  site: string,
  url: string,
): Promise<{ imported: number; updated: number }> {
  const target = feedUrl(url);
  const text = await fetchText(target, deps.allowPrivateFeeds, AbortSignal.timeout(TIMEOUT_MS));
  const events = parseIcs(text);
  return deps.db.transaction().execute(async (trx) => {
    await lockSite(trx, site, deps.postgres);
    const known = await trx.selectFrom('events').select(['uid', 'cancelled']).where('site_id', '=', site).where('uid', 'is not', null).execute();
    const uids = new Set(known.map((row) => row.uid));
    const wasCancelled = new Map(known.map((row) => [row.uid, stringList(row.cancelled)]));
    await ensureRoom(trx, site, events.filter((event) => !uids.has(event.uid)).length, 'url');
    let imported = 0;
    let updated = 0;
    for (const event of events) {
      const content = {
        title: event.title,
        description: event.description,
        kind: event.kind,
        venue: event.venue && JSON.stringify(event.venue),
        time_zone: event.time_zone,
        start_local: event.start_local,
        duration_minutes: event.duration_minutes,
        rrule: event.rrule,
        cancelled: JSON.stringify([...new Set(event.cancelled)].sort()),
        source: url,
      };
      const id = newId(event.title);
      // Tags, seats and the join URL are the admin's additions; the feed does not know them.
      const row = await trx
        .insertInto('events')
        .values({ site_id: site, id, ...content, tags: '[]', seats: null, join_url: null, uid: event.uid, created_at: now() })
        .onConflict((oc) => oc.columns(['site_id', 'uid']).where('uid', 'is not', null).doUpdateSet(content))
        .returning('id')
        .executeTakeFirstOrThrow();
      if (row.id === id) imported++;
      else {
        updated++;
        // A date the feed now cancels is announced to the readers going, as when the author cancels it here.
        const schedule = { id: row.id, title: event.title, time_zone: event.time_zone };
        await queueCancellations(trx, site, schedule, wasCancelled.get(event.uid) ?? [], event.cancelled);
      }
    }
    return { imported, updated };
  });
}
