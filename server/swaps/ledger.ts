import { sql } from 'kysely';
import type { Db } from '../db/open.js';

export interface Counts {
  impressions: number;
  clicks: number;
  signups: number;
}

export interface LedgerEntry {
  swap: string;
  partner: string;
  /** Attention this site's readers gave the partner's book. */
  sent: Counts;
  /** Attention the partner's readers gave this site's book. */
  received: Counts;
  /** Counts sent again with a token already counted: not in the figures above, shown so nobody is fooled. */
  replayed: { sent: Counts; received: Counts };
}

const FIELD = { impression: 'impressions', click: 'clicks', signup: 'signups' } as const;

const zero = (): Counts => ({ impressions: 0, clicks: 0, signups: 0 });

/** What a site sent and received through each of its swaps (proposed, active or ended), oldest swap first. */
export async function ledger(db: Db, site: string): Promise<LedgerEntry[]> {
  const swaps = await db
    .selectFrom('swaps')
    .select(['id', 'site_a', 'site_b'])
    .where((eb) => eb.or([eb('site_a', '=', site), eb('site_b', '=', site)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (swaps.length === 0) return [];

  const entries = new Map<string, LedgerEntry>(
    swaps.map((s) => [
      s.id,
      { swap: s.id, partner: s.site_a === site ? s.site_b : s.site_a, sent: zero(), received: zero(), replayed: { sent: zero(), received: zero() } },
    ]),
  );
  const rows = await db
    .selectFrom('swap_events')
    .select((eb) => ['swap_id', 'from_site', 'type', eb.fn.countAll<string | number>().as('count')])
    .where('swap_id', 'in', swaps.map((s) => s.id))
    .where((eb) => eb.or([eb('from_site', '=', site), eb('to_site', '=', site)]))
    .groupBy(['swap_id', 'from_site', 'type'])
    .execute();
  for (const row of rows) {
    const entry = entries.get(row.swap_id);
    const field = FIELD[row.type];
    if (!entry || !field) continue;
    // PostgreSQL answers count(*) as a string (it is a bigint); SQLite as a number.
    (row.from_site === site ? entry.sent : entry.received)[field] += Number(row.count);
  }
  const replays = await db.selectFrom('swap_replays').selectAll().where('swap_id', 'in', swaps.map((s) => s.id)).execute();
  for (const row of replays) {
    const entry = entries.get(row.swap_id);
    if (entry) (row.from_site === site ? entry.replayed.sent : entry.replayed.received)[FIELD[row.type]] += Number(row.count);
  }
  return [...entries.values()];
}

type Series = Record<keyof Counts, number[]>;

export interface DailyLedger {
  /** UTC days, `YYYY-MM-DD`, oldest first, ending today. */
  days: string[];
  /** Per swap, one count per day in `days`. */
  swaps: Array<{ swap: string; partner: string; sent: Series; received: Series }>;
}

const DAY_MS = 24 * 3600_000;

/** The ledger day by day over the last `days` days (today included), for a chart. */
export async function dailyLedger(db: Db, site: string, days: number): Promise<DailyLedger> {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const list = Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10));
  const index = new Map(list.map((day, i) => [day, i]));
  const entries = await ledger(db, site);
  const series = (): Series => ({ impressions: Array(days).fill(0), clicks: Array(days).fill(0), signups: Array(days).fill(0) });
  const swaps = entries.map((e) => ({ swap: e.swap, partner: e.partner, sent: series(), received: series() }));
  if (swaps.length === 0) return { days: list, swaps };

  const day = sql<string>`substr(${sql.ref('at')}, 1, 10)`;
  const rows = await db
    .selectFrom('swap_events')
    .select((eb) => ['swap_id', 'from_site', 'type', day.as('day'), eb.fn.countAll<string | number>().as('count')])
    .where('swap_id', 'in', swaps.map((s) => s.swap))
    .where('at', '>=', list[0]!)
    .where((eb) => eb.or([eb('from_site', '=', site), eb('to_site', '=', site)]))
    .groupBy(['swap_id', 'from_site', 'type', day])
    .execute();
  for (const row of rows) {
    const entry = swaps.find((s) => s.swap === row.swap_id);
    const i = index.get(row.day);
    if (!entry || i === undefined) continue;
    (row.from_site === site ? entry.sent : entry.received)[FIELD[row.type]][i] += Number(row.count);
  }
  return { days: list, swaps };
}
