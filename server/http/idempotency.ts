import type { Context, MiddlewareHandler } from 'hono';
import { sha256 } from '../crypto.js';
import type { Db } from '../db/open.js';
import { ApiError } from './errors.js';

const DAY_MS = 24 * 3600_000;
/** A claim this old belongs to an instance that died mid-request: a retry may take it over. */
const ABANDONED_MS = 60_000;
/** How long a duplicate waits for the first request's answer before being told to retry. */
const WAIT_MS = 5_000;

const iso = (ms: number): string => new Date(ms).toISOString();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers a retry must not get again: the caller may fix its credentials, wait, or hit a healthy instance. */
const kept = (status: number): boolean => status !== 401 && status !== 429 && status < 500;

/**
 * Makes every POST with an `Idempotency-Key` safe to retry for 24 hours, across instances. The
 * key is claimed (a row, `state = 'claimed'`) before the handler runs, so exactly one request
 * runs; its answer then replaces the claim, and every retry gets that answer again (marked
 * `Idempotent-Replayed`) without running anything. A duplicate arriving while the first still
 * runs waits for its answer, and after a few seconds is told to retry (409 with Retry-After).
 * A key reused with another method, path, body or credentials is refused (422), as Stripe does.
 * A 401, 429 or 5xx answer is not kept: the claim is released, so a retry runs again.
 */
export function idempotency(db: Db): MiddlewareHandler {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || !key) return next();
    if (key.length > 200) throw new ApiError(400, 'invalid_idempotency_key', 'The Idempotency-Key is too long.');
    const scope = `POST ${new URL(c.req.url).pathname}`;
    // Who asks is part of the request: an answer (a new API token, say) is replayed only to the
    // credentials it was given to, never to whoever learns the key. The body is cached by Hono,
    // so the route reads it again for free.
    const credentials = `${c.req.header('authorization') ?? ''}\n${c.req.header('cookie') ?? ''}`;
    const fingerprint = sha256(`${scope}\n${credentials}\n${await c.req.text()}`);

    const deadline = Date.now() + WAIT_MS;
    for (let wait = 25; ; wait = Math.min(wait * 2, 250)) {
      const claimedAt = await claim(db, key, scope, fingerprint);
      if (claimedAt) return run(db, c, next, key, claimedAt);
      const prior = await db.selectFrom('idempotency').select(['fingerprint', 'scope', 'state', 'status', 'body']).where('key', '=', key).executeTakeFirst();
      // Released (a 401, 429 or 5xx) between our claim and this read: claim it again.
      if (!prior) continue;
      // Keys stored before fingerprints existed have none: they are compared by route only.
      if (prior.fingerprint ? prior.fingerprint !== fingerprint : prior.scope !== scope) {
        throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for another request.');
      }
      if (prior.state === 'done') {
        c.res = new Response(prior.body || null, {
          status: prior.status,
          headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
        });
        return;
      }
      if (Date.now() >= deadline) {
        throw new ApiError(409, 'idempotency_in_progress', 'A request with this Idempotency-Key is still being handled; retry in a moment.', undefined, {
          'retry-after': '1',
        });
      }
      await pause(wait);
    }
  };
}

/**
 * Claims the key for this request: a new row, or one forgotten (older than 24 hours) or
 * abandoned (claimed over a minute ago) taken over, in one statement so that only one request of
 * any number racing gets it. Returns the claim's time (which identifies it), or nothing.
 */
async function claim(db: Db, key: string, scope: string, fingerprint: string): Promise<string | undefined> {
  const now = Date.now();
  const claimed = { scope, fingerprint, state: 'claimed' as const, status: 0, body: '', created_at: iso(now) };
  const row = await db
    .insertInto('idempotency')
    .values({ key, ...claimed })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet(claimed)
        .where((eb) =>
          eb.or([
            eb('idempotency.created_at', '<', iso(now - DAY_MS)),
            eb.and([eb('idempotency.state', '=', 'claimed'), eb('idempotency.created_at', '<', iso(now - ABANDONED_MS))]),
          ]),
        ),
    )
    .returning('created_at')
    .executeTakeFirst();
  return row?.created_at;
}

/** Runs the request under its claim; then keeps its answer in place of the claim, or releases the claim. */
async function run(db: Db, c: Context, next: () => Promise<void>, key: string, claimedAt: string): Promise<void> {
  // Only this claim: if it was taken over meanwhile, the row is no longer ours to change.
  const claim = { key, state: 'claimed', created_at: claimedAt } as const;
  let keep = false;
  try {
    await next();
    // An answer that shows a secret once (a new API token) is never written down, not even here.
    keep = kept(c.res.status) && !c.get('shownOnce');
    if (keep) {
      const answer = { state: 'done' as const, status: c.res.status, body: await c.res.clone().text() };
      await db.updateTable('idempotency').set(answer).where((eb) => eb.and(claim)).execute();
    }
  } finally {
    if (!keep) await db.deleteFrom('idempotency').where((eb) => eb.and(claim)).execute();
  }
}

/** Forgets keys older than 24 hours. */
export async function pruneIdempotency(db: Db): Promise<void> {
  await db.deleteFrom('idempotency').where('created_at', '<', iso(Date.now() - DAY_MS)).execute();
}
