import { computed } from 'nanostores';
import { SalonError } from '../api/errors.js';
import type { Occurrence } from '../api/schemas.js';
import type { Connection } from '../context/config.js';
import { addDays, dayOf, startOf, weekday } from '../time.js';
import { backendQuery, unconnected, type Query, type QueryState } from './query.js';

/** A range of days, `from` included and `to` excluded, as day keys in the reader's zone. */
export interface DayRange {
  from: string;
  to: string;
}

/** Which occurrences a reader wants to see. */
export interface CalendarFilter {
  /** `online` also shows hybrid events, `in_person` too; empty shows all. */
  kind?: '' | 'online' | 'in_person';
  tag?: string;
  /** Hide occurrences that have ended before this instant. */
  endedBefore?: number;
}

export function filterOccurrences(occurrences: readonly Occurrence[], { kind, tag, endedBefore }: CalendarFilter): Occurrence[] {
  return occurrences.filter(
    (o) =>
      (!kind || o.kind === kind || o.kind === 'hybrid') &&
      (!tag || o.tags.includes(tag)) &&
      (endedBefore === undefined || Date.parse(o.end) >= endedBefore),
  );
}

/** Occurrences by the day they start on in `timeZone` (the reader's own if none), days in order, each day's in start order. */
export function groupByDay(occurrences: readonly Occurrence[], timeZone?: string): Map<string, Occurrence[]> {
  const days = new Map<string, Occurrence[]>();
  const starts = occurrences.map((o) => [Date.parse(o.start), o] as const).sort((a, b) => a[0] - b[0]);
  for (const [start, occurrence] of starts) {
    const day = dayOf(start, timeZone);
    days.get(day)?.push(occurrence) ?? days.set(day, [occurrence]);
  }
  return days;
}

/** The 42 days (six weeks) a month grid shows for the month of `day`, from the locale's first weekday. */
export function monthDays(day: string, firstDay: number): string[] {
  const first = `${day.slice(0, 7)}-01`;
  const start = addDays(first, -((weekday(first) - firstDay + 7) % 7));
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

/** Every tag the occurrences use, sorted. */
export const tagsOf = (occurrences: readonly Occurrence[]): string[] =>
  [...new Set(occurrences.flatMap((o) => o.tags))].sort();

/**
 * The occurrences of several day ranges as one state: loading while any range loads, the first
 * error if one failed (and no data then), else all occurrences. Each range is its own cached
 * query, so loading "more" fetches only the new range.
 */
export function occurrencesIn(
  connection: Connection,
  ranges: readonly DayRange[],
  timeZone: string | undefined,
  tag?: string,
): CalendarQuery {
  const iso = (day: string): string => new Date(startOf(day, timeZone)).toISOString();
  const queries = ranges.map(({ from, to }) =>
    backendQuery(connection.backend, 'listEvents', { site: connection.site, from: iso(from), to: iso(to), ...(tag ? { tag } : {}) }),
  );
  const $state = computed(queries.map((q) => q.$state), (...all): QueryState<Occurrence[]> => {
    const error = all.find((s) => s.error && !s.data)?.error;
    const loading = all.some((s) => s.loading);
    if (error) return { loading, error };
    if (all.some((s) => !s.data)) return { loading: true };
    // A range may list an occurrence that starts before it when the backend is lenient: keep one of each.
    const seen = new Set<string>();
    const data = all
      .flatMap((s) => s.data!.occurrences)
      .filter((o) => !seen.has(o.event + o.start) && !!seen.add(o.event + o.start));
    return { loading, data };
  });
  // Only the ranges that failed or never loaded are asked again, unless `all`: the reader's RSVP
  // changed the counts, so every range is asked again past the HTTP cache.
  const refresh = async (all = false): Promise<void> => {
    await Promise.all(queries.filter((q) => all || !q.$state.get().data).map((q) => q.refresh(all)));
  };
  return { $state, refresh };
}

/** The occurrences of a calendar's days; `refresh(true)` asks every range again, past the HTTP cache. */
export type CalendarQuery = Omit<Query<Occurrence[]>, 'refresh'> & { refresh(all?: boolean): Promise<void> };

/**
 * A calendar widget's occurrences, whatever state its configuration is in (as `connectionQuery`
 * for the other widgets), made again only when what they depend on changes: the days, the zone,
 * the tag, the site or the backend. One per widget: it remembers the last query it gave.
 */
export function calendarQueries(): (
  connection: Connection | SalonError | null,
  ranges: readonly DayRange[],
  timeZone: string | undefined,
  tag?: string,
) => CalendarQuery {
  let last: { source: unknown; key: string; query: CalendarQuery } | undefined;
  return (connection, ranges, timeZone, tag) => {
    const problem = connection instanceof SalonError ? connection : null;
    const ready = connection instanceof SalonError ? undefined : (connection ?? undefined);
    const source = problem ? problem.message : ready?.backend;
    const key = JSON.stringify([ranges, timeZone, tag, ready?.site]);
    if (!last || last.source !== source || last.key !== key) {
      last = { source, key, query: ready ? occurrencesIn(ready, ranges, timeZone, tag) : unconnected(problem) };
    }
    return last.query;
  };
}

/** `20261126T190000Z`, the compact UTC form calendar links use. */
const compact = (iso: string): string => new Date(iso).toISOString().replace(/[-:]|\.\d+/g, '');

/** Where an occurrence takes place, as one line (for calendar links). */
export const placeOf = (o: Occurrence): string =>
  o.venue ? [o.venue.name, o.venue.address, o.venue.city, o.venue.country].filter(Boolean).join(', ') : '';

/** A Google Calendar link that opens the occurrence as a new event. */
export const googleLink = (o: Occurrence): string =>
  'https://calendar.google.com/calendar/render?' +
  new URLSearchParams({
    action: 'TEMPLATE',
    text: o.title,
    dates: `${compact(o.start)}/${compact(o.end)}`,
    details: o.description,
    location: placeOf(o),
    ctz: o.timeZone,
  });

/** An Outlook (outlook.com / Microsoft 365) link that opens the occurrence as a new event. */
export const outlookLink = (o: Occurrence): string =>
  'https://outlook.live.com/calendar/0/deeplink/compose?' +
  new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: o.title,
    startdt: o.start,
    enddt: o.end,
    body: o.description,
    location: placeOf(o),
  });

/** A feed URL as a `webcal:` subscription link (calendar apps subscribe rather than import). */
export const webcal = (url: string): string => url.replace(/^https?:/, 'webcal:');

/**
 * schema.org `Event` data for search engines (JSON-LD): the next 50 occurrences that have not
 * ended, so a backend that sends thousands cannot write megabytes into the page. Empty fields
 * are `undefined`, which JSON leaves out.
 */
export function structuredData(occurrences: readonly Occurrence[], page: string, now = Date.now()): object[] {
  return occurrences
    .map((o) => [Date.parse(o.start), o] as const)
    .filter(([, o]) => Date.parse(o.end) >= now)
    .sort((a, b) => a[0] - b[0])
    .slice(0, 50)
    .map(([, o]) => ({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: o.title,
      startDate: o.start,
      endDate: o.end,
      description: o.description || undefined,
      eventAttendanceMode: `https://schema.org/${
        { online: 'Online', in_person: 'Offline', hybrid: 'Mixed' }[o.kind]
      }EventAttendanceMode`,
      eventStatus: `https://schema.org/Event${o.status === 'cancelled' ? 'Cancelled' : 'Scheduled'}`,
      location: [
        o.kind !== 'in_person' && { '@type': 'VirtualLocation', url: page },
        o.venue && {
          '@type': 'Place',
          name: o.venue.name,
          address: {
            '@type': 'PostalAddress',
            streetAddress: o.venue.address || undefined,
            addressLocality: o.venue.city || undefined,
            addressCountry: o.venue.country || undefined,
          },
        },
      ].filter(Boolean),
    }));
}
