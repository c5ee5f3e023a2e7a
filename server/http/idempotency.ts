import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/open.js';
import { ApiError } from './errors.js';

const DAY_MS = 24 * 3600_000;

/**
 * Makes every POST with an `Idempotency-Key` safe to retry for 24 hours: the first answer is
 * stored, and a retry with the same key gets that answer again (marked `Idempotent-Replayed`)
 * without running anything. A key reused for another route is refused.
 */
export function idempotency(db: Db): MiddlewareHandler {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || !key) return next();
    if (key.length > 200) throw new ApiError(400, 'invalid_idempotency_key', 'The Idempotency-Key is too long.');
    const scope = `POST ${new URL(c.req.url).pathname}`;
    const prior = await db
      .selectFrom('idempotency')
      .selectAll()
      .where('key', '=', key)
      .where('created_at', '>=', new Date(Date.now() - DAY_MS).toISOString())
      .executeTakeFirst();
    if (prior) {
      if (prior.scope !== scope) {
        throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for another request.');
      }
      c.res = new Response(prior.body || null, {
        status: prior.status,
        headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
      });
      return;
    }
    await next();
    const { status } = c.res;
    if (status >= 500 || status === 429) return;
    const stored = { scope, status, body: await c.res.clone().text(), created_at: new Date().toISOString() };
    await db
      .insertInto('idempotency')
      .values({ key, ...stored })
      .onConflict((oc) => oc.column('key').doUpdateSet(stored))
      .execute();
  };
}

/** Forgets keys older than 24 hours. */
export async function pruneIdempotency(db: Db): Promise<void> {
  await db.deleteFrom('idempotency').where('created_at', '<', new Date(Date.now() - DAY_MS).toISOString()).execute();
}
