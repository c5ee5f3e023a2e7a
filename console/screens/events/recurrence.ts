// The recurrence picker's model: what an author chooses (daily, weekly on some days, monthly on a
// date or on "the 2nd Tuesday", every N of those; ending never, after N times or on a date), the
// RFC 5545 RRULE built from it, any rule read back into it, and the choice described in words.
// The start date is the anchor: monthly rules and the default weekday follow it.
import { $lang, formatDateTime, translator } from '../../i18n.js';
import { floatingAt, isDay, weekday } from '../../../src/time.js';
import { messages } from './messages.js';

const t = translator(messages);

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Frequency = 'none' | 'daily' | 'weekly' | 'monthly' | 'custom';
export type MonthlyBy = 'date' | 'nth' | 'last';
export type Ending = 'never' | 'count' | 'until';

export interface Repeat {
  frequency: Frequency;
  /** As typed: 1 for every day, week or month; 2 for every other. */
  interval: string;
  /** Weekly: the days, in Monday-first order. */
  days: Weekday[];
  /** Monthly: on the start's date, on its nth weekday, or on the month's last such weekday. */
  monthly: MonthlyBy;
  ending: Ending;
  /** As typed: how many times, when `ending` is `count`. */
  count: string;
  /** The last day (`YYYY-MM-DD`), when `ending` is `until`. */
  until: string;
  /** The rule as written in the Advanced field, when `frequency` is `custom`. */
  rule: string;
}

/** The picker's fields a problem can be about. */
export type RepeatField = 'interval' | 'days' | 'count' | 'until' | 'rule';

/** The weekday of a date (`YYYY-MM-DD`); Monday for anything else. */
export const weekdayOf = (date: string): Weekday => WEEKDAYS[(isDay(date) ? weekday(date) : 1) - 1]!;

const isWeekday = (value: string): value is Weekday => (WEEKDAYS as readonly string[]).includes(value);

/** Which of its weekday in the month a date is (2 for the second Tuesday), and whether it is the month's last. */
export function placeInMonth(date: string): { nth: number; last: boolean } {
  if (!isDay(date)) return { nth: 1, last: false };
  const day = Number(date.slice(8, 10));
  const length = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  return { nth: Math.ceil(day / 7), last: day + 7 > length };
}

/** The monthly choices a start date offers: its date, its nth weekday (not a 5th), the last weekday. */
export function monthlyChoices(date: string): MonthlyBy[] {
  const { nth, last } = placeInMonth(date);
  return ['date', ...(nth <= 4 ? (['nth'] as const) : []), ...(last ? (['last'] as const) : [])];
}

/** The monthly choice in force: the one picked when the start date offers it, its nearest otherwise. */
export function monthlyFor(repeat: Repeat, date: string): MonthlyBy {
  const choices = monthlyChoices(date);
  if (choices.includes(repeat.monthly)) return repeat.monthly;
  if (repeat.monthly === 'nth' && choices.includes('last')) return 'last';
  if (repeat.monthly === 'last' && choices.includes('nth')) return 'nth';
  return 'date';
}

/** "Does not repeat", ready to become weekly on the start's weekday or ten times. */
export const noRepeat = (date: string): Repeat => ({
  frequency: 'none',
  interval: '1',
  days: [weekdayOf(date)],
  monthly: 'date',
  ending: 'never',
  count: '10',
  until: '',
  rule: '',
});

const clean = (rule: string): string => rule.trim().toUpperCase().replace(/^RRULE:/, '');

/** An UNTIL as the last local day: a UTC time read in the event's zone, a date or floating time as written. */
function untilDay(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d, h, min, s, utc] = match;
  const day = `${y}-${m}-${d}`;
  if (!isDay(day)) return undefined;
  if (!utc) return day;
  return new Date(floatingAt(Date.UTC(+y!, +m! - 1, +d!, +h!, +min!, +s!), timeZone)).toISOString().slice(0, 10);
}

/**
 * A stored rule as the picker's choice; a rule the picker cannot show (yearly, several month days,
 * a weekday that is not the start's) comes back as `custom`, kept exactly as written.
 */
export function parseRule(rule: string | null, startLocal: string, timeZone: string): Repeat {
  const date = startLocal.slice(0, 10);
  const base = noRepeat(date);
  if (!rule) return base;
  const text = clean(rule);
  const custom: Repeat = { ...base, frequency: 'custom', rule: text };
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [name, value, ...rest] = part.split('=');
    if (!name || value === undefined || rest.length || parts.has(name)) return custom;
    parts.set(name, value);
  }
  const known = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST'];
  if ([...parts.keys()].some((name) => !known.includes(name)) || (parts.get('WKST') ?? 'MO') !== 'MO') return custom;

  const interval = parts.get('INTERVAL') ?? '1';
  if (!/^[1-9]\d{0,2}$/.test(interval)) return custom;
  const chosen: Repeat = { ...base, interval };
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) return custom;
  if (count !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(count)) return custom;
    Object.assign(chosen, { ending: 'count', count });
  }
  if (until !== undefined) {
    const day = untilDay(until, timeZone);
    if (!day) return custom;
    Object.assign(chosen, { ending: 'until', until: day });
  }

  const byDay = parts.get('BYDAY');
  const byMonthDay = parts.get('BYMONTHDAY');
  switch (parts.get('FREQ')) {
    case 'DAILY':
      return byDay || byMonthDay ? custom : { ...chosen, frequency: 'daily' };
    case 'WEEKLY': {
      const days = byDay ? byDay.split(',') : [weekdayOf(date)];
      if (byMonthDay || !days.every(isWeekday)) return custom;
      return { ...chosen, frequency: 'weekly', days: WEEKDAYS.filter((d) => days.includes(d)) };
    }
    case 'MONTHLY': {
      const { nth, last } = placeInMonth(date);
      const day = weekdayOf(date);
      if (!byDay && (!byMonthDay || byMonthDay === String(Number(date.slice(8, 10))))) return { ...chosen, frequency: 'monthly', monthly: 'date' };
      if (byDay && !byMonthDay && nth <= 4 && byDay === `${nth}${day}`) return { ...chosen, frequency: 'monthly', monthly: 'nth' };
      if (byDay && !byMonthDay && last && byDay === `-1${day}`) return { ...chosen, frequency: 'monthly', monthly: 'last' };
      return custom;
    }
    default:
      return custom;
  }
}

/** The RRULE value for a choice and start date (`FREQ=WEEKLY;BYDAY=WE;COUNT=12`), or null. */
export function buildRule(repeat: Repeat, date: string): string | null {
  if (repeat.frequency === 'none') return null;
  if (repeat.frequency === 'custom') return clean(repeat.rule) || null;
  const parts = [`FREQ=${repeat.frequency.toUpperCase()}`];
  const interval = Number(repeat.interval);
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  if (repeat.frequency === 'weekly') parts.push(`BYDAY=${WEEKDAYS.filter((d) => repeat.days.includes(d)).join(',')}`);
  if (repeat.frequency === 'monthly') {
    const by = monthlyFor(repeat, date);
    if (by === 'date') parts.push(`BYMONTHDAY=${Number(date.slice(8, 10))}`);
    else parts.push(`BYDAY=${by === 'last' ? -1 : placeInMonth(date).nth}${weekdayOf(date)}`);
  }
  if (repeat.ending === 'count') parts.push(`COUNT=${Number(repeat.count)}`);
  if (repeat.ending === 'until') parts.push(`UNTIL=${repeat.until.replace(/-/g, '')}`);
  return parts.join(';');
}

const whole = (value: string, min: number, max: number): boolean => /^\d{1,6}$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

/** What is wrong with a choice, by field, as message keys (the server checks a custom rule's grammar). */
export function repeatProblems(repeat: Repeat, date: string): Partial<Record<RepeatField, 'problem.interval' | 'problem.days' | 'problem.count' | 'problem.until' | 'problem.until.before' | 'problem.rule'>> {
  if (repeat.frequency === 'none') return {};
  if (repeat.frequency === 'custom') return clean(repeat.rule) ? {} : { rule: 'problem.rule' };
  return {
    ...(whole(repeat.interval, 1, 1000) ? {} : { interval: 'problem.interval' as const }),
    ...(repeat.frequency === 'weekly' && repeat.days.length === 0 ? { days: 'problem.days' as const } : {}),
    ...(repeat.ending === 'count' && !whole(repeat.count, 1, 10_000) ? { count: 'problem.count' as const } : {}),
    ...(repeat.ending === 'until' && !isDay(repeat.until) ? { until: 'problem.until' as const } : {}),
    ...(repeat.ending === 'until' && isDay(repeat.until) && isDay(date) && repeat.until < date ? { until: 'problem.until.before' as const } : {}),
  };
}

/** A weekday's name in the console's language ("Wednesday", "miércoles"). */
export const weekdayName = (day: Weekday): string =>
  new Intl.DateTimeFormat($lang.get(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));

const ordinal = (by: MonthlyBy, date: string): string => t(by === 'last' ? 'nth.last' : (`nth.${placeInMonth(date).nth}` as 'nth.1'));

/** "On the second Tuesday of each month": a monthly choice as the picker offers it. */
export const monthlyLabel = (by: MonthlyBy, date: string): string =>
  by === 'date'
    ? t('monthly.date', { day: Number(date.slice(8, 10)) })
    : t('monthly.nth', { nth: ordinal(by, date), weekday: weekdayName(weekdayOf(date)) });

/** The choice in plain words: "Every week on Wednesday, 12 times", "Every month on the last Friday". */
export function describe(repeat: Repeat, date: string): string {
  if (repeat.frequency === 'none') return t('repeat.none');
  if (repeat.frequency === 'custom') return t('repeat.custom');
  const count = Math.max(1, Number(repeat.interval) || 1);
  let text: string;
  if (repeat.frequency === 'daily') {
    text = t('every.day', { count });
  } else if (repeat.frequency === 'weekly') {
    const days = new Intl.ListFormat($lang.get(), { type: 'conjunction' }).format(WEEKDAYS.filter((d) => repeat.days.includes(d)).map(weekdayName));
    text = t('rule.weekly', { every: t('every.week', { count }), days, count: repeat.days.length });
  } else {
    const by = monthlyFor(repeat, date);
    const every = t('every.month', { count });
    text =
      by === 'date'
        ? t('rule.monthly.date', { every, day: Number(date.slice(8, 10)) })
        : t('rule.monthly.nth', { every, nth: ordinal(by, date), weekday: weekdayName(weekdayOf(date)) });
  }
  if (repeat.ending === 'count' && whole(repeat.count, 1, 10_000)) return t('ends.count', { rule: text, count: Number(repeat.count) });
  if (repeat.ending === 'until' && isDay(repeat.until)) {
    return t('ends.until', { rule: text, date: formatDateTime(`${repeat.until}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }) });
  }
  return text;
}
