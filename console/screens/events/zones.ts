// Events happen at a wall-clock time in a named time zone. These helpers show such times to the
// author and offer the zones to pick from, with nothing but Intl (src/time.ts).
import { formatDateTime } from '../../i18n.js';
import { zoneOffset } from '../../../src/time.js';

/** "Wed, Jan 14, 2026, 7:00 PM ET": an instant as it reads in the event's zone, the zone named. */
export const whenIn = (instant: number | string, timeZone: string): string =>
  formatDateTime(new Date(instant).toISOString(), {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'shortGeneric',
  });

/** "UTC+05:30", "UTC−04:00": a zone's offset at an instant (now by default). */
export function offsetText(timeZone: string, at = Date.now()): string {
  const minutes = Math.round(zoneOffset(at, timeZone) / 60_000);
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `UTC${minutes < 0 ? '−' : '+'}${hhmm}`;
}

let zones: Array<[zone: string, label: string]> | undefined;

/**
 * Every zone this browser knows, labelled "America/New York (UTC−04:00)" and sorted by name so
 * typing a region's first letters finds it. Worked out once: it asks Intl about some 400 zones.
 */
export function zoneOptions(): Array<[zone: string, label: string]> {
  zones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])]
    .sort()
    .map((zone) => [zone, `${zone.replace(/_/g, ' ')} (${offsetText(zone)})`]);
  return zones;
}

/** The zone options, with `extra` (an event's own zone, the author's alias of one) added when missing. */
export function zoneOptionsWith(...extra: string[]): Array<[zone: string, label: string]> {
  const options = zoneOptions();
  const missing = extra.filter((zone) => zone && !options.some(([known]) => known === zone));
  return missing.length ? [...missing.map((zone): [string, string] => [zone, `${zone.replace(/_/g, ' ')} (${offsetText(zone)})`]), ...options] : options;
}
