/**
 * Calendar days, wall-clock times and time zones with nothing but `Intl`: no date library ships
 * to readers. The one home of these rules for the widgets, the console and the reference server.
 * A day is named by its key, `YYYY-MM-DD`, and a wall-clock time by `YYYY-MM-DDTHH:mm`, in a given
 * IANA time zone, or the reader's own where the zone may be left out; instants are milliseconds since the epoch.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time at an instant in a zone, as the milliseconds of the same fields read as
 * UTC ("floating" time; whole seconds). The reference server expands recurrences on it too.
 * In the reader's own zone when none is given, from Date, which needs no ICU (its first start
 * costs a page ~60 ms).
 */
export function floatingAt(instant: number, timeZone?: string): number {
  if (!timeZone) return Math.floor(instant / 1000) * 1000 - new Date(instant).getTimezoneOffset() * 60_000;
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  // "11/26/2026, 19:05:00" → 2026-11-26T19:05:00 read as UTC
  const [m, d, y, h, min, s] = format.format(instant).split(/\D+/).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, m - 1, d, h, min, s);
}

/** The zone's offset from UTC at an instant, in milliseconds (e.g. +3,600,000 for Berlin in winter). */
export const zoneOffset = (instant: number, timeZone?: string): number =>
  floatingAt(instant, timeZone) - Math.floor(instant / 1000) * 1000;

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) at an instant in a zone. */
export const wallClock = (instant: number, timeZone: string): string =>
  new Date(floatingAt(instant, timeZone)).toISOString().slice(0, 16);

/** A wall-clock time (`YYYY-MM-DDTHH:mm`) as floating milliseconds; NaN unless it names a real date and time. */
export function floatingOf(local: string): number {
  const floating = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(local) ? Date.parse(`${local}:00Z`) : NaN;
  // Date.parse rolls 02-30 over to March and 24:00 to the next day: only a round trip is real.
  return !Number.isNaN(floating) && new Date(floating).toISOString().startsWith(local) ? floating : NaN;
}

/**
 * The instant of a floating wall-clock time in a zone, read as RFC 5545 and Temporal's default
 * ('compatible') read it: a time the clocks skip when they spring forward moves forward by the
 * gap (02:30 → 03:30), a time they show twice when they fall back is the earlier. NaN for NaN.
 * `offset` stands in for zoneOffset where a caller remembers offsets (the server's listings).
 */
export function floatingToInstant(
  floating: number,
  timeZone: string,
  offset: (instant: number, timeZone: string) => number = zoneOffset,
): number {
  if (Number.isNaN(floating)) return NaN;
  // The offsets a day either side bracket any transition near this wall-clock time.
  const before = offset(floating - 86_400_000, timeZone);
  const after = offset(floating + 86_400_000, timeZone);
  const candidates = [floating - before, floating - after].filter((instant) => instant + offset(instant, timeZone) === floating);
  // No candidate shows this wall-clock time: it is in a gap. Read with the offset from before
  // the gap, it lands as far past the gap's end as it was past its start.
  return candidates.length ? Math.min(...candidates) : floating - before;
}

/** The instant of a wall-clock time (`YYYY-MM-DDTHH:mm`) in a zone (see floatingToInstant); NaN for one that is not real. */
export const instantOf = (local: string, timeZone: string): number => floatingToInstant(floatingOf(local), timeZone);

/** The day an instant falls on in a zone. */
export const dayOf = (instant: number, timeZone?: string): string => keyOf(floatingAt(instant, timeZone));

/** A UTC midnight (as Date.UTC gives it), or any floating time that day → its day key. */
const keyOf = (utc: number): string => new Date(utc).toISOString().slice(0, 10);

/** A day key → the UTC midnight of that calendar date (for day arithmetic, not an instant in any zone). */
const utcOf = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The day `n` days after (or before) `day`. */
export const addDays = (day: string, n: number): string => keyOf(utcOf(day) + n * 86_400_000);

/** The first day of the month `n` months after `day`'s month. */
export function addMonths(day: string, n: number): string {
  const date = new Date(utcOf(day));
  return keyOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1));
}

/** Day of the week, 1 = Monday … 7 = Sunday (as `Intl.Locale` week info counts). */
export const weekday = (day: string): number => new Date(utcOf(day)).getUTCDay() || 7;

/** Whether a string is a day key this module can use. */
export const isDay = (value: string | null | undefined): value is string =>
  // Date.parse gives NaN for a 13th month or a 45th day, and a NaN date has no key (it throws).
  !!value && /^\d{4}-\d\d-\d\d$/.test(value) && !Number.isNaN(utcOf(value)) && keyOf(utcOf(value)) === value;

/** The instant a day starts in a zone (its first moment, even when DST skips midnight). */
export function startOf(day: string, timeZone?: string): number {
  const utc = utcOf(day);
  // Twice: the second time with the offset in force at the first guess, right across DST changes.
  return utc - zoneOffset(utc - zoneOffset(utc, timeZone), timeZone);
}

/** The first day of the week in a locale, 1 = Monday … 7 = Sunday. */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?(): { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** The reader's own time zone, or UTC when the browser will not say. */
export const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

const zones = new Map<string, boolean>();

/** Whether a string names a time zone `Intl` knows, of a sane length (remembered: asking `Intl` is slow). */
export function isZone(value: string | null | undefined): value is string {
  if (!value || value.length > 100) return false;
  let known = zones.get(value);
  if (known === undefined) {
    // Bounded: the reference server checks zones that feeds and admins send.
    if (zones.size > 1000) zones.clear();
    try {
      known = !!new Intl.DateTimeFormat('en', { timeZone: value });
    } catch {
      known = false;
    }
    zones.set(value, known);
  }
  return known;
}

/**
 * A zone's name as readers of a language say it: `America/New_York` → "Eastern Time", "hora
 * oriental", "Nordamerikanische Ostküstenzeit" (Intl.DisplayNames has no zones; this is Intl's own).
 */
export const zoneName = (locale: string, timeZone: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts().find((p) => p.type === 'timeZoneName')!.value;
