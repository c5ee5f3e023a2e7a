// Time zones and recurrence without a date library: Intl knows every IANA zone's offsets, and
// rrule expands rules. Rules are expanded on "floating" wall-clock times (local time written as
// if it were UTC) and only then placed in the event's zone, so a weekly 19:00 New York call
// stays at 19:00 in New York when the clocks change.
import rrule from 'rrule';
import { floatingAt, isZone } from '../../src/i18n/time.js';
import type { EventRow } from '../db/schema.js';

const { RRule } = rrule;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export type Schedule = Pick<EventRow, 'start_local' | 'time_zone' | 'duration_minutes' | 'rrule'> & {
  /** JSON array of cancelled occurrences' wall-clock starts (see `EventsTable.cancelled`). */
  cancelled?: string;
};
export interface Span {
  start: Date;
  end: Date;
}

/** The zone's offset from UTC at an instant, in minutes east of Greenwich (New York in winter: -300). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((floatingAt(whole, timeZone) - whole) / MINUTE);
}

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) at an instant in a zone, e.g. for DTEND in the event's zone. */
export function wallClock(instant: Date, timeZone: string): string {
  return new Date(floatingAt(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** `YYYY-MM-DDTHH:mm` as floating milliseconds; throws RangeError for anything else or an impossible date. */
function parseLocal(local: string): number {
  const match = LOCAL.exec(local);
  if (!match) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:mm): ${local}`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(ms).toISOString().slice(0, 16) !== local) throw new RangeError(`No such date-time: ${local}`);
  return ms;
}

/** Whether a string is `YYYY-MM-DDTHH:mm` naming a real calendar date and time. */
export function isLocalDateTime(local: string): boolean {
  try {
    parseLocal(local);
    return true;
  } catch {
    return false;
  }
}

/** The instant of a floating wall-clock time in a zone: forward across a gap, the earlier of two in an overlap. */
function floatingToUtc(floating: number, timeZone: string): number {
  // The offsets a day either side bracket any transition near this wall-clock time.
  const before = offsetMinutes(new Date(floating - DAY), timeZone);
  const after = offsetMinutes(new Date(floating + DAY), timeZone);
  const candidates = [floating - before * MINUTE, floating - after * MINUTE].filter(
    (instant) => floatingAt(instant, timeZone) === floating,
  );
  // No candidate shows this wall-clock time: it is in a spring-forward gap. Reading it with the
  // offset from before the gap moves it forward by the gap's length (02:30 → 03:30).
  return candidates.length ? Math.min(...candidates) : floating - before * MINUTE;
}

/** The instant of a wall-clock time (`YYYY-MM-DDTHH:mm`) in an IANA zone, using Intl only. */
export function zonedToUtc(local: string, timeZone: string): Date {
  return new Date(floatingToUtc(parseLocal(local), timeZone));
}

/** Whether Intl knows the zone, for validating what admins and feeds send. */
export function isTimeZone(tz: string): boolean {
  return tz.length <= 100 && isZone(tz);
}

const WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
const int = (min: number, max: number, signed = false) => (value: string) => {
  if (!(signed ? /^[+-]?\d{1,3}$/ : /^\d{1,9}$/).test(value)) return false;
  const n = Math.abs(Number(value));
  return n >= min && n <= max;
};
const list = (one: (value: string) => boolean) => (value: string) => value.split(',').every(one);
// rrule's own parser accepts nearly anything (unknown weekdays become null, COUNT=abc is kept),
// so each part is checked against RFC 5545's grammar first.
const PARTS: Record<string, (value: string) => boolean> = {
  // No sub-daily frequencies, BYMINUTE or BYSECOND: those are not meetings, and expanding them
  // over a year would take thousands of steps per day.
  FREQ: (value) => ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(value),
  UNTIL: (value) => /^\d{8}(T\d{6}Z?)?$/.test(value),
  COUNT: int(1, 10_000),
  INTERVAL: int(1, 1000),
  BYHOUR: list(int(0, 23)),
  BYDAY: list((value) => {
    const match = new RegExp(`^([+-]?\\d{1,2})?${WEEKDAY}$`).exec(value);
    return Boolean(match) && (match![1] === undefined || int(1, 53, true)(match![1]));
  }),
  BYMONTHDAY: list(int(1, 31, true)),
  BYYEARDAY: list(int(1, 366, true)),
  BYWEEKNO: list(int(1, 53, true)),
  BYMONTH: list(int(1, 12)),
  BYSETPOS: list(int(1, 366, true)),
  WKST: (value) => new RegExp(`^${WEEKDAY}$`).test(value),
};

/** Whether a string is an RRULE value (without `RRULE:`) that Salon can expand; rejects garbage. */
export function isRrule(rule: string): boolean {
  if (!rule || rule.length > 500) return false;
  const seen = new Set<string>();
  for (const part of rule.split(';')) {
    const [name, value, ...rest] = part.split('=');
    const valid = PARTS[name!];
    if (!valid || value === undefined || rest.length || seen.has(name!) || !valid(value)) return false;
    seen.add(name!);
  }
  if (!seen.has('FREQ') || (seen.has('UNTIL') && seen.has('COUNT'))) return false;
  try {
    new RRule({ ...RRule.parseString(rule), dtstart: new Date(0) });
    return true;
  } catch {
    return false;
  }
}

/**
 * The rule's options for expansion on floating times: an UNTIL in UTC becomes the zone's wall-clock
 * time, and a date-only UNTIL includes that whole day (as the ICS export writes it).
 */
function floatingRule(event: Schedule): InstanceType<typeof RRule> {
  const options = RRule.parseString(event.rrule!);
  if (options.until && /UNTIL=\d{8}T\d{6}Z/.test(event.rrule!)) {
    options.until = new Date(floatingAt(options.until.getTime(), event.time_zone));
  } else if (options.until && /UNTIL=\d{8}(;|$)/.test(event.rrule!)) {
    options.until = new Date(options.until.getTime() + DAY - 1000);
  }
  return new RRule({ ...options, tzid: null, dtstart: new Date(parseLocal(event.start_local)) });
}

/** Start instants (ms) of a recurring event's occurrences in [from, to), at most `limit`, in order. */
function expand(event: Schedule, from: number, to: number, limit: number): number[] {
  const found: number[] = [];
  if (limit <= 0) return found;
  // Floating times differ from UTC by at most a day, so a day's margin either side finds them all.
  floatingRule(event).between(new Date(from - DAY), new Date(to + DAY), true, (date) => {
    const start = floatingToUtc(date.getTime(), event.time_zone);
    if (start >= from && start < to) found.push(start);
    return found.length < limit;
  });
  return found;
}

const SERIES_EVENTS = 1000;
const SERIES_LIMIT = 5000;
const series = new Map<string, { end: number; starts: number[] }>();

/** Index of the first start at or after `instant` (starts are sorted). */
function lowerBound(starts: number[], instant: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Expanding a rule is the costly part of listing events, so each series is expanded once over a
 * window from a year before today to two years after, keyed by everything the expansion depends
 * on (an edited event is a new key), and ranges inside the window are sliced from it. Undefined
 * for a range outside the window.
 */
function cachedStarts(event: Schedule, from: number, to: number): number[] | undefined {
  const today = Math.floor(Date.now() / DAY) * DAY;
  const windowStart = today - 366 * DAY;
  const windowEnd = today + 2 * 366 * DAY;
  if (from < windowStart || to > windowEnd) return undefined;
  const key = `${event.rrule}\n${event.start_local}\n${event.time_zone}\n${windowStart}`;
  let entry = series.get(key);
  if (!entry) {
    const starts = expand(event, windowStart, windowEnd, SERIES_LIMIT);
    // A series cut short by the limit is only known up to its last start.
    entry = { end: starts.length === SERIES_LIMIT ? starts[SERIES_LIMIT - 1]! : windowEnd, starts };
    if (series.size >= SERIES_EVENTS) series.delete(series.keys().next().value!);
    series.set(key, entry);
  }
  if (to > entry.end) return undefined;
  return entry.starts.slice(lowerBound(entry.starts, from), lowerBound(entry.starts, to));
}

/** The start instants of a series' cancelled occurrences; an entry that is not a date-time is ignored. */
const NONE = new Set<number>();
function cancelledStarts(event: Schedule): Set<number> {
  if (!event.cancelled || event.cancelled === '[]') return NONE;
  const locals = JSON.parse(event.cancelled) as string[];
  return new Set(locals.filter(isLocalDateTime).map((local) => floatingToUtc(parseLocal(local), event.time_zone)));
}

/**
 * The occurrences starting in [from, to), at most `limit`, in order, expanded in the event's zone
 * so the wall-clock time survives DST; cancelled ones are left out.
 */
export function occurrences(event: Schedule, from: Date, to: Date, limit = 1000): Span[] {
  const length = event.duration_minutes * MINUTE;
  const span = (start: number): Span => ({ start: new Date(start), end: new Date(start + length) });
  if (limit <= 0) return [];
  if (!event.rrule) {
    const start = floatingToUtc(parseLocal(event.start_local), event.time_zone);
    return start >= from.getTime() && start < to.getTime() ? [span(start)] : [];
  }
  const cancelled = cancelledStarts(event);
  const starts =
    cachedStarts(event, from.getTime(), to.getTime()) ?? expand(event, from.getTime(), to.getTime(), limit + cancelled.size);
  return starts
    .filter((start) => !cancelled.has(start))
    .slice(0, limit)
    .map(span);
}

/** Whether a wall-clock start (`YYYY-MM-DDTHH:mm`) is one of the series' occurrences, cancelled or not. */
export function isOccurrence(event: Schedule, local: string): boolean {
  if (!isLocalDateTime(local)) return false;
  const start = floatingToUtc(parseLocal(local), event.time_zone);
  return occurrences({ ...event, cancelled: undefined }, new Date(start), new Date(start + 1), 1).length === 1;
}
