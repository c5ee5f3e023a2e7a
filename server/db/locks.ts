// Rows writers take turns on. SQLite has one writer at a time anyway; on PostgreSQL, several
// instances write at once, so a transaction that counts and then inserts first locks the row
// the count belongs to (FOR UPDATE), and the next writer waits until it commits.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * The seats of a group or an event, its row locked until the transaction ends: two readers
 * cannot both take the last seat. Throws when there is no such row.
 */
export async function lockSeats(
  trx: Kysely<Database>,
  table: 'groups' | 'events',
  site: string,
  id: string,
  postgres: boolean,
): Promise<number | null> {
  let lock = trx.selectFrom(table).select('seats').where('site_id', '=', site).where('id', '=', id);
  if (postgres) lock = lock.forUpdate();
  return (await lock.executeTakeFirstOrThrow()).seats;
}

/** Locks the site's row until the transaction ends, so writers of its events take turns. */
export async function lockSite(trx: Kysely<Database>, site: string, postgres: boolean): Promise<void> {
  let lock = trx.selectFrom('sites').select('id').where('id', '=', site);
  if (postgres) lock = lock.forUpdate();
  await lock.executeTakeFirst();
}
