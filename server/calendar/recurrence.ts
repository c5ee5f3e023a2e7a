// Time zones and recurrence without a date library: Intl knows every IANA zone's offsets, and
// rrule expands rules. Rules are expanded on "floating" wall-clock times (local time written as
// if it were UTC) and only then placed in the event's zone, so a weekly 19:00 New York call
// stays at 19:00 in New York when the clocks change.
import rrule from 'rrule';
import { floatingAt, floatingOf, floatingToInstant, zoneOffset } from '../../src/time.js';
import { stringList } from '../db/json.js';
import type { EventRow } from '../db/schema.js';

const { RRule } = rrule;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type Schedule = Pick<EventRow, 'start_local' | 'time_zone' | 'duration_minutes' | 'rrule'> & {
  /** JSON array of cancelled occurrences' wall-clock starts (see `EventsTable.cancelled`). */
  cancelled?: string;
};
export interface Span {
  start: Date;
  end: Date;
}


/** `YYYY-MM-DDTHH:mm` as floating milliseconds; throws RangeError for anything else or an impossible date. */
function parseLocal(local: string): number {
  const floating = floatingOf(local);
  if (Number.isNaN(floating)) throw new RangeError(`Not a real local date-time (YYYY-MM-DDTHH:mm): ${local}`);
  return floating;
}

/** Whether a string is `YYYY-MM-DDTHH:mm` naming a real calendar date and time. */
export const isLocalDateTime = (local: string): boolean => !Number.isNaN(floatingOf(local));

// A zone's offset (ms) in each UTC week, and then day, in which it keeps one offset, or null
// for one in which it changes: asking Intl costs microseconds, and a listing places thousands of
// times. No zone changes its offset twice within a week (and back), so equal ends mean no change.
const WEEK = 7 * DAY;
const zoneOffsets = new Map<string, { [WEEK]: Map<number, number | null>; [DAY]: Map<number, number | null> }>();
const ZONE_OFFSETS = 100_000;
let zoneOffsetCount = 0;
/** Intl's answer costs about 8 steps of a listing's budget (see LISTING_LIMITS). */
const INTL = 8;

/** The offset in [start, start + length) if it is one throughout, else null; remembered. */
function steadyOffset(start: number, length: typeof WEEK | typeof DAY, timeZone: string, budget?: Budget): number | null {
  let zone = zoneOffsets.get(timeZone);
  if (!zone) zoneOffsets.set(timeZone, (zone = { [WEEK]: new Map(), [DAY]: new Map() }));
  const known = zone[length];
  let offset = known.get(start);
  if (offset === undefined) {
    budget?.take(2 * INTL);
    const first = zoneOffset(start, timeZone);
    offset = first === zoneOffset(start + length - MINUTE, timeZone) ? first : null;
    if (++zoneOffsetCount > ZONE_OFFSETS) {
      zoneOffsets.clear();
      zoneOffsetCount = 0;
    }
    known.set(start, offset);
  }
  return offset;
}

/** zoneOffset, remembered by the week or day; `budget` is charged for each question to Intl. */
function offsetOn(instant: number, timeZone: string, budget?: Budget): number {
  const week = steadyOffset(Math.floor(instant / WEEK) * WEEK, WEEK, timeZone, budget);
  if (week !== null) return week;
  const day = steadyOffset(Math.floor(instant / DAY) * DAY, DAY, timeZone, budget);
  if (day !== null) return day;
  budget?.take(INTL);
  return zoneOffset(instant, timeZone);
}

/** floatingToInstant with the offsets remembered and charged to `budget`. */
const placeInZone = (floating: number, timeZone: string, budget?: Budget): number =>
  floatingToInstant(floating, timeZone, (instant) => offsetOn(instant, timeZone, budget));

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
 * What one listing may cost, so no event or site can hold the event loop: at most `occurrences`
 * returned, and at most `steps` of work, a step being one to two microseconds here. rrule walks a rule
 * period by period (6–9 steps a day, week or month, 45 a year), each date it yields is a step,
 * placing it in its zone two more, and each question to Intl eight. A year of a daily series
 * takes about 3,500 steps, of a weekly one about 650; the budget, 20–40 ms, is a month of 50
 * daily series or a year of 30 weekly ones, and a site whose listing needs more gets what was
 * found within it, in order (cheapest series first).
 */
export const LISTING_LIMITS = { occurrences: 1000, steps: 20_000 };

/** Thrown from inside rrule's walk when the budget is spent; caught where the walk started. */
class Spent extends Error {}
/** Thrown from inside rrule's walk once it has walked past the window. */
class Passed extends Error {}

/** The steps a listing may still take. */
class Budget {
  spent = 0;
  out = false;
  constructor(private readonly steps: number) {}
  /** Takes `n` steps, or throws Spent when there are not that many left. */
  take(n: number): void {
    if (this.spent + n > this.steps) {
      this.out = true;
      throw new Spent();
    }
    this.spent += n;
  }
}

const { YEARLY, MONTHLY, WEEKLY, DAILY } = rrule.Frequency;
/** Steps rrule takes for one period, as measured (it builds the year's masks and a day set each time). */
const PERIOD_STEPS: Record<number, number> = { [YEARLY]: 45, [MONTHLY]: 9, [WEEKLY]: 8, [DAILY]: 6 };
/** A period's length in days, at most (for how many periods cover a window). */
const PERIOD_DAYS: Record<number, number> = { [YEARLY]: 365, [MONTHLY]: 28, [WEEKLY]: 7, [DAILY]: 1 };
/** Reading a rule and starting rrule's walk (it builds the year's masks). */
const SERIES_SETUP = 20;
/** Placing a floating time in its zone, once its days' offsets are known. */
const PLACING = 2;

type RuleOptions = Partial<rrule.Options> & { freq: rrule.Frequency; dtstart: Date };

/**
 * The rule's options for expansion on floating times: an UNTIL in UTC becomes the zone's wall-clock
 * time, a date-only UNTIL includes that whole day (as the ICS export writes it), and what rrule
 * would take from DTSTART (the day, weekday, hour, minute) is written out, so the start can move.
 */
const parsedRules = new Map<string, RuleOptions>();
const PARSED_RULES = 10_000;

/** ruleOptions, remembered by rule and start (a listing reads the same series again and again). */
function readRule(event: Schedule): RuleOptions {
  const key = `${event.rrule}\n${event.start_local}\n${event.time_zone}`;
  let options = parsedRules.get(key);
  if (!options) {
    options = ruleOptions(event);
    if (parsedRules.size >= PARSED_RULES) parsedRules.clear();
    parsedRules.set(key, options);
  }
  return options;
}

function ruleOptions(event: Schedule): RuleOptions {
  const options = RRule.parseString(event.rrule!) as RuleOptions;
  if (options.until && /UNTIL=\d{8}T\d{6}Z/.test(event.rrule!)) {
    options.until = new Date(floatingAt(options.until.getTime(), event.time_zone));
  } else if (options.until && /UNTIL=\d{8}(;|$)/.test(event.rrule!)) {
    options.until = new Date(options.until.getTime() + DAY - 1000);
  }
  const start = new Date(parseLocal(event.start_local));
  // As rrule's parseOptions does when no BYxxx rule names the days.
  if (options.byweekno == null && options.byyearday == null && options.bymonthday == null && options.byweekday == null) {
    if (options.freq === YEARLY) {
      options.bymonth ??= start.getUTCMonth() + 1;
      options.bymonthday = start.getUTCDate();
    } else if (options.freq === MONTHLY) options.bymonthday = start.getUTCDate();
    else if (options.freq === WEEKLY) options.byweekday = (start.getUTCDay() + 6) % 7;
  }
  options.byhour ??= start.getUTCHours();
  options.byminute ??= start.getUTCMinutes();
  options.bysecond ??= 0;
  return { ...options, tzid: null, dtstart: start };
}

/**
 * A start for the walk at the beginning of the last of the rule's periods that begins at or
 * before `target` (and after the first period), so rrule need not walk from a DTSTART years back:
 * the rule yields the same dates from there on. A rule with COUNT must be counted from its start.
 */
function walkFrom(options: RuleOptions, target: number): Date {
  const start = options.dtstart.getTime();
  const day = Math.floor(start / DAY) * DAY;
  const interval = options.interval ?? 1;
  if (options.count || target <= day) return options.dtstart;
  const periods = (length: number, first: number) => Math.floor((target - first) / (length * interval)) * interval;
  let moved: number;
  if (options.freq === DAILY) moved = day + periods(DAY, day) * DAY;
  else if (options.freq === WEEKLY) {
    const weekStart = typeof options.wkst === 'number' ? options.wkst : (options.wkst?.weekday ?? 0);
    // rrule's later weeks start on WKST; its first is the part of DTSTART's week from DTSTART on.
    const first = day - ((((new Date(day).getUTCDay() + 6) % 7) - weekStart + 7) % 7) * DAY;
    moved = first + periods(7 * DAY, first) * 7 * DAY;
  } else {
    const from = new Date(day);
    const to = new Date(target);
    const years = to.getUTCFullYear() - from.getUTCFullYear();
    // Months and years are the calendar's: a monthly rule's periods start on the 1st, a yearly one's on 1 January.
    moved =
      options.freq === MONTHLY
        ? Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + Math.floor((years * 12 + to.getUTCMonth() - from.getUTCMonth()) / interval) * interval, 1)
        : Date.UTC(from.getUTCFullYear() + Math.floor(years / interval) * interval, 0, 1);
  }
  return moved > start ? new Date(moved) : options.dtstart;
}

/** The floating starts of a series' cancelled occurrences in [low, high). */
const NONE = new Set<number>();
function cancelledIn(event: Schedule, low: number, high: number, budget: Budget): Set<number> {
  if (!event.cancelled || event.cancelled === '[]') return NONE;
  const locals = stringList(event.cancelled);
  budget.take(locals.length);
  // Wall-clock strings sort as the times they name.
  const first = new Date(low).toISOString().slice(0, 16);
  const last = new Date(high).toISOString().slice(0, 16);
  return new Set(locals.filter((local) => local >= first && local < last && isLocalDateTime(local)).map(parseLocal));
}

/**
 * Start instants (ms) of a series' occurrences in [from, to), at most `limit`, in order, cancelled
 * ones left out. Expanded on floating times, so the wall-clock time survives DST.
 */
function seriesStarts(event: Schedule, from: number, to: number, limit: number, budget: Budget): number[] {
  const found: number[] = [];
  // Floating times differ from UTC by less than a day, so a day's margin either side finds them all.
  const low = from - DAY;
  const high = to + DAY;
  const cancelled = cancelledIn(event, low, high, budget);
  const options = readRule(event);
  const walkStart = walkFrom(options, low);
  const rule = new RRule({ ...options, dtstart: walkStart });
  // rrule walks until it yields a date past the window, so a rule whose parts match no day
  // (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) would walk to the year 9999. It reads the interval twice
  // a period: there each period is charged, and the walk ends once its periods cover the window.
  const { freq, interval } = rule.options;
  const periods = Math.ceil((high - walkStart.getTime()) / (PERIOD_DAYS[freq]! * DAY * interval)) + 2;
  const perRead = PERIOD_STEPS[freq]! / 2;
  let reads = 0;
  Object.defineProperty(rule.options, 'interval', {
    get: () => {
      if (++reads > 2 * periods + 1) throw new Passed();
      budget.take(perRead);
      return interval;
    },
  });
  try {
    rule.all((date) => {
      budget.take(1);
      const floating = date.getTime();
      if (floating >= high) return false;
      if (floating < low || cancelled.has(floating)) return true;
      budget.take(PLACING);
      const start = placeInZone(floating, event.time_zone, budget);
      if (start >= from && start < to) found.push(start);
      return found.length < limit;
    });
  } catch (error) {
    if (!(error instanceof Spent) && !(error instanceof Passed)) throw error;
  }
  return found;
}

/** What a listing found, and what it cost. */
export interface Listing<T> {
  occurrences: Array<Span & { event: T }>;
  /** The steps it took (see LISTING_LIMITS). */
  steps: number;
  /** False when the budget ran out before every event was expanded. */
  complete: boolean;
}

/**
 * The first `limit` occurrences of several events starting in [from, to), by start (then by the
 * events' order), within a budget of `steps`. Once `limit` are found, later series are expanded
 * only up to the last of them, so a site's many series cost about `limit` dates more than one.
 */
export function listOccurrences<T extends Schedule>(
  events: readonly T[],
  from: Date,
  to: Date,
  { limit = LISTING_LIMITS.occurrences, steps = LISTING_LIMITS.steps } = {},
): Listing<T> {
  const budget = new Budget(steps);
  let found: Array<{ start: number; index: number }> = [];
  let end = to.getTime();
  const keepFirst = () => {
    found.sort((a, b) => a.start - b.start || a.index - b.index);
    if (found.length < limit) return;
    found = found.slice(0, limit);
    end = found[limit - 1]!.start + 1;
  };
  // Cheapest first, so a costly series cannot crowd out the rest: single events (a few steps, and
  // a page full of them leaves less for series to walk), then series by the steps a period costs,
  // and last those with COUNT, walked from their start.
  const cost = (event: T) => (!event.rrule ? 0 : /COUNT=/.test(event.rrule) ? 3 : /FREQ=(DAILY|WEEKLY)/.test(event.rrule) ? 2 : 1);
  const order = [...events.keys()].sort((a, b) => cost(events[a]!) - cost(events[b]!));
  let complete = true;
  try {
    for (const index of order) {
      if (budget.out) break;
      const event = events[index]!;
      budget.take(1);
      // A series that starts (in any zone) after the last occurrence kept has nothing to add.
      if (event.rrule && parseLocal(event.start_local) - DAY >= end) continue;
      if (event.rrule) {
        budget.take(SERIES_SETUP);
        for (const start of seriesStarts(event, from.getTime(), end, limit, budget)) found.push({ start, index });
      } else {
        budget.take(PLACING);
        const start = placeInZone(parseLocal(event.start_local), event.time_zone, budget);
        if (start >= from.getTime() && start < end) found.push({ start, index });
      }
      if (found.length >= 2 * limit) keepFirst();
    }
  } catch (error) {
    if (!(error instanceof Spent)) throw error;
    complete = false;
  }
  // A series cut short by the budget answers what it found, but the listing is not complete.
  complete &&= !budget.out;
  keepFirst();
  return {
    occurrences: found.map(({ start, index }) => {
      const event = events[index]!;
      return { event, start: new Date(start), end: new Date(start + event.duration_minutes * MINUTE) };
    }),
    steps: budget.spent,
    complete,
  };
}

/**
 * The occurrences of one event starting in [from, to), at most `limit`, in order, expanded in the
 * event's zone so the wall-clock time survives DST; cancelled ones are left out.
 */
export function occurrences(event: Schedule, from: Date, to: Date, limit = LISTING_LIMITS.occurrences): Span[] {
  return listOccurrences([event], from, to, { limit }).occurrences.map(({ start, end }) => ({ start, end }));
}

/** Whether a wall-clock start (`YYYY-MM-DDTHH:mm`) is one of the series' occurrences, cancelled or not. */
export function isOccurrence(event: Schedule, local: string): boolean {
  if (!isLocalDateTime(local)) return false;
  const start = placeInZone(parseLocal(local), event.time_zone);
  return occurrences({ ...event, cancelled: undefined }, new Date(start), new Date(start + 1), 1).length === 1;
}
