import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { sha256 } from '../crypto.js';
import type { Db } from '../db/open.js';
import { now } from '../deps.js';

export type CountType = 'impression' | 'click';

/**
 * Records a page view's counts for its swaps: each kind once per attribution token and swap,
 * however often the token is sent again (a replay is kept apart, counted as one, and shown as
 * such in the ledger, never added to it). `partners` maps each swap to the author credited.
 */
export async function recordCounts(
  db: Db,
  token: string,
  fromSite: string,
  events: Array<{ swap: string; type: CountType }>,
  partners: Map<string, string>,
): Promise<{ counted: number; replayed: number }> {
  const tokenHash = sha256(token);
  const unique = [...new Map(events.filter((e) => partners.has(e.swap)).map((e) => [`${e.swap} ${e.type}`, e])).values()];
  if (unique.length === 0) return { counted: 0, replayed: 0 };
  const at = now();
  const inserted = await db
    .insertInto('swap_events')
    .values(unique.map((e) => ({ id: randomUUID(), swap_id: e.swap, from_site: fromSite, to_site: partners.get(e.swap)!, type: e.type, at, token_hash: tokenHash })))
    .onConflict((oc) => oc.columns(['token_hash', 'swap_id', 'type']).where('token_hash', 'is not', null).doNothing())
    .returning(['swap_id', 'type'])
    .execute();
  const fresh = new Set(inserted.map((r) => `${r.swap_id} ${r.type}`));
  const replays = unique.filter((e) => !fresh.has(`${e.swap} ${e.type}`));
  for (const e of replays) {
    await db
      .insertInto('swap_replays')
      .values({ swap_id: e.swap, from_site: fromSite, type: e.type, count: 1 })
      .onConflict((oc) => oc.columns(['swap_id', 'from_site', 'type']).doUpdateSet({ count: sql`swap_replays.count + 1` }))
      .execute();
  }
  return { counted: inserted.length, replayed: replays.length };
}
