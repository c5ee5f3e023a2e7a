// Writes iCalendar (RFC 5545) with ical-generator. Every event keeps its own zone: DTSTART and
// DTEND carry TZID=<IANA zone> and the wall-clock time, and the file holds a VTIMEZONE for each
// zone, generated here from Intl's offsets (ical-generator has no zone database, and a package
// for one would be the only reason to add a dependency). Local time plus a zone definition is
// what keeps clients right across DST: a weekly 19:00 New York call recurs at 19:00 New York
// time, where an RRULE on a UTC start would drift by an hour at each change. Clients that know
// IANA names (Google, Apple, Outlook, Thunderbird) use their own rules; the VTIMEZONE is for
// the rest and makes the file valid (each TZID must have one). Events planned in UTC are in UTC.
import ical, { type ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { jsonObject, stringList } from '../db/json.js';
import type { EventRow } from '../db/schema.js';
import { instantOf, wallClock, zoneOffset } from '../../src/time.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface CalendarOptions {
  /** The calendar's display name (the site's name). */
  name: string;
  /** The server's public base URL, for each event's URL. */
  publicUrl: string;
  /** The site id, for UIDs and URLs. */
  site: string;
}

/** A Temporal.ZonedDateTime look-alike: ical-generator then writes these wall-clock fields, not the server's local time. */
function zoned(instant: Date, timeZone: string, local = wallClock(instant.getTime(), timeZone)): ICalTemporalZonedDateTimeStub {
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const fields = { year, month, day, hour, minute, second: 0, toJSON: () => local, toString: () => local };
  const self: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: timeZone,
    withTimeZone: (zone) => (zone === timeZone ? self : zoned(instant, zone)),
    toInstant: () => ({
      epochMilliseconds: instant.getTime(),
      toJSON: () => instant.toISOString(),
      toString: () => instant.toISOString(),
      toZonedDateTimeISO: (zone) => zoned(instant, zone),
    }),
    toPlainDateTime: () => ({
      ...fields,
      toPlainDate: () => ({ year, month, day, toJSON: () => local.slice(0, 10), toString: () => local.slice(0, 10) }),
      toZonedDateTime: (zone) => (zone === timeZone ? self : zoned(new Date(instantOf(local, zone)), zone)),
    }),
  };
  return self;
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Every change of the zone's offset from the start of `fromYear` to the end of `toYear`, to the minute. */
function transitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  const offset = (at: number) => Math.round(zoneOffset(at, timeZone) / MINUTE);
  const end = Date.UTC(toYear + 1, 0, 1);
  let at = Date.UTC(fromYear, 0, 1);
  let previous = offset(at);
  for (; at < end; at += DAY) {
    const next = offset(at + DAY);
    if (next === previous) continue;
    let [low, high] = [at, at + DAY];
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offset(middle) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: previous, to: next });
    previous = next;
  }
  return found;
}

const icsOffset = (minutes: number): string => {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};
const icsLocal = (floating: number): string => new Date(floating).toISOString().replace(/[-:]/g, '').slice(0, 15);

/** How a transition recurs, e.g. `BYMONTH=3;BYDAY=2SU` (second Sunday of March) or `-1SU` (the last Sunday). */
function yearlyRule(local: Date): string {
  const day = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  return `BYMONTH=${local.getUTCMonth() + 1};BYDAY=${nth}${WEEKDAYS[local.getUTCDay()]}`;
}

/**
 * A VTIMEZONE for the years given. Transitions that repeat by the same rule in consecutive years
 * become one observance with a yearly RRULE (open-ended if it lasts to the last year, so later
 * years follow it); irregular ones are listed one by one.
 */
function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const found = transitions(timeZone, fromYear, toYear);
  if (!found.length) {
    const offset = icsOffset(Math.round(zoneOffset(Date.UTC(fromYear, 0, 1), timeZone) / MINUTE));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
    return [...lines, 'END:VTIMEZONE'].join('\r\n');
  }
  type Run = { rule: string; year: number; items: Transition[] };
  const runs: Run[] = [];
  const latest = new Map<string, Run>();
  for (const transition of found) {
    const local = new Date(transition.at + transition.from * MINUTE);
    const year = local.getUTCFullYear();
    const rule = yearlyRule(local);
    const key = `${rule}|${icsLocal(local.getTime()).slice(9)}|${transition.from}|${transition.to}`;
    const run = latest.get(key);
    if (run && run.year === year - 1) {
      run.items.push(transition);
      run.year = year;
    } else {
      const started = { rule, year, items: [transition] };
      runs.push(started);
      latest.set(key, started);
    }
  }
  for (const { rule, year, items } of runs) {
    const first = items[0]!;
    const last = items.at(-1)!;
    const kind = first.to > first.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${icsLocal(first.at + first.from * MINUTE)}`);
    lines.push(`TZOFFSETFROM:${icsOffset(first.from)}`, `TZOFFSETTO:${icsOffset(first.to)}`);
    if (items.length > 1) {
      const ongoing = year >= toYear;
      const until = ongoing ? '' : `;UNTIL=${icsLocal(last.at)}Z`;
      lines.push(`RRULE:FREQ=YEARLY;${rule}${until}`);
    }
    lines.push(`END:${kind}`);
  }
  return [...lines, 'END:VTIMEZONE'].join('\r\n');
}

// Finding transitions takes a few milliseconds per zone, and zones' rules rarely change: keep the
// answers (a few hundred zones × year ranges at most; cleared if that is ever exceeded).
const vtimezones = new Map<string, string>();

/** A VTIMEZONE from the cache, made on first use. */
function cachedVtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const key = `${timeZone} ${fromYear} ${toYear}`;
  let text = vtimezones.get(key);
  if (text === undefined) {
    if (vtimezones.size >= 1000) vtimezones.clear();
    text = vtimezone(timeZone, fromYear, toYear);
    vtimezones.set(key, text);
  }
  return text;
}

/** The RRULE for a zoned DTSTART: RFC 5545 wants UNTIL in UTC then, and admins may write a local one. */
function rruleForIcs(rule: string, timeZone: string): string {
  return rule.replace(/UNTIL=(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?(Z?)(?=;|$)/, (whole, y, mo, d, h, mi, s, z) => {
    if (z) return whole;
    // A date-only UNTIL includes that whole day.
    const local = h === undefined ? `${y}-${mo}-${d}T23:59` : `${y}-${mo}-${d}T${h}:${mi}`;
    const seconds = h === undefined ? 59 : Number(s);
    const utc = new Date(instantOf(local, timeZone) + seconds * 1000);
    return `UNTIL=${icsLocal(utc.getTime())}Z`;
  });
}

/** The RRULE line and, for cancelled occurrences, an EXDATE line in the zone DTSTART is written in. */
function recurrence(event: EventRow, utc: boolean): string | null {
  if (!event.rrule) return null;
  const rule = `RRULE:${rruleForIcs(event.rrule, event.time_zone)}`;
  const cancelled = stringList(event.cancelled).map((local) => `${local.replace(/[-:]/g, '')}00`);
  if (!cancelled.length) return rule;
  const exdate = utc ? `EXDATE:${cancelled.map((stamp) => `${stamp}Z`).join(',')}` : `EXDATE;TZID=${event.time_zone}:${cancelled.join(',')}`;
  return `${rule}\r\n${exdate}`;
}

/** Venue JSON as one LOCATION line: name, address, city, country. */
function location(venue: string | null): string | null {
  const parsed = jsonObject(venue);
  if (!parsed) return null;
  const parts = [parsed.name, parsed.address, parsed.city, parsed.country].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length ? parts.join(', ') : null;
}

const isUtc = (timeZone: string): boolean => ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'].includes(timeZone);

/** The site's events as an iCalendar file that calendar apps can import or subscribe to; never includes join URLs. */
export function calendarIcs(events: EventRow[], options: CalendarOptions): string {
  const years = new Map<string, [number, number]>();
  const thisYear = new Date().getUTCFullYear();
  for (const event of events) {
    if (isUtc(event.time_zone)) continue;
    const year = Number(event.start_local.slice(0, 4));
    const [low, high] = years.get(event.time_zone) ?? [year, year];
    years.set(event.time_zone, [Math.min(low, year), Math.max(high, year)]);
  }
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Salon', product: 'Events', language: 'EN' },
    // A year before the first event, so an event early in a year lies after some observance;
    // a year past today or the last event, so the open-ended rules are confirmed by two years.
    timezone: {
      name: null,
      generator: (zone) => {
        const [low, high] = years.get(zone) ?? [thisYear, thisYear];
        return cachedVtimezone(zone, low - 1, Math.max(high, thisYear) + 1);
      },
    },
    ttl: 3600,
  });
  for (const event of events) {
    const start = new Date(instantOf(event.start_local, event.time_zone));
    const end = new Date(start.getTime() + event.duration_minutes * MINUTE);
    const utc = isUtc(event.time_zone);
    calendar.createEvent({
      id: `${event.id}@${options.site}.salon`,
      // The last revision we know of; a fixed stamp also keeps the file, and its ETag, stable.
      stamp: new Date(event.created_at),
      // The start as planned, even in a DST gap: clients move it as we do, and a series keeps its time.
      start: utc ? start : zoned(start, event.time_zone, event.start_local),
      end: utc ? end : zoned(end, event.time_zone),
      timezone: utc ? null : event.time_zone,
      repeating: recurrence(event, utc),
      summary: event.title,
      description: event.description || null,
      location: location(event.venue),
      categories: stringList(event.tags).map((name) => ({ name })),
      url: `${options.publicUrl}/v1/sites/${encodeURIComponent(options.site)}/events/${encodeURIComponent(event.id)}.ics`,
    });
  }
  return calendar.toString();
}
