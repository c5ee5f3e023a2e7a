import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/open.js';
import { ApiError } from './errors.js';

/** Counts requests per key in fixed windows. */
export interface RateLimiter {
  /** Records one request; says whether it is allowed and, if not, how many seconds to wait. */
  hit(key: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfter: number }>;
}

const verdict = (count: number, start: number, limit: number, windowMs: number, now: number) => ({
  allowed: count <= limit,
  retryAfter: Math.max(1, Math.ceil((start + windowMs - now) / 1000)),
});

/** The in-process limiter, for SQLite: one instance by nature, so its memory is every count there is. */
export class MemoryRateLimiter implements RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  async hit(key: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfter: number }> {
    const now = Date.now();
    let window = this.#windows.get(key);
    if (!window || now - window.start >= windowMs) {
      if (this.#windows.size > 50_000) this.#sweep(now, windowMs);
      this.#windows.set(key, (window = { start: now, count: 0 }));
    }
    window.count++;
    return verdict(window.count, window.start, limit, windowMs, now);
  }

  #sweep(now: number, windowMs: number): void {
    for (const [key, window] of this.#windows) if (now - window.start >= windowMs) this.#windows.delete(key);
  }
}

export interface SharedRateLimiterOptions {
  /** The longest window any caller asks for; rows older than that are deleted. */
  longestWindowMs?: number;
  /** How often (at most) an instance deletes the windows that ended. */
  pruneEveryMs?: number;
}

/**
 * The limiter shared by every instance on one PostgreSQL: one row per key (`rate_limits`), counted
 * with one atomic upsert per request, so N instances let through what one would. Windows that
 * ended are deleted by whichever instance gets there first, at most once a minute each.
 */
export class SharedRateLimiter implements RateLimiter {
  readonly #db: Db;
  readonly #longestWindowMs: number;
  readonly #pruneEveryMs: number;
  #prunedAt = 0;

  constructor(db: Db, { longestWindowMs = 3600_000, pruneEveryMs = 60_000 }: SharedRateLimiterOptions = {}) {
    this.#db = db;
    this.#longestWindowMs = longestWindowMs;
    this.#pruneEveryMs = pruneEveryMs;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfter: number }> {
    if (windowMs > this.#longestWindowMs) throw new Error(`A ${windowMs} ms window outlives its row (pruned after ${this.#longestWindowMs} ms).`);
    const now = Date.now();
    if (now - this.#prunedAt >= this.#pruneEveryMs) {
      this.#prunedAt = now;
      void this.prune(now).catch((error) => console.error('Pruning rate-limit windows failed:', error));
    }
    const row = await this.#db
      .insertInto('rate_limits')
      .values({ key, window_start: now, count: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          // The window ended: this request opens the next one.
          const ended = eb('rate_limits.window_start', '<=', now - windowMs);
          return {
            count: eb.case().when(ended).then(1).else(eb('rate_limits.count', '+', 1)).end(),
            window_start: eb.case().when(ended).then(now).else(eb.ref('rate_limits.window_start')).end(),
          };
        }),
      )
      .returning(['count', 'window_start'])
      .executeTakeFirstOrThrow();
    // pg reads a bigint as a string.
    return verdict(row.count, Number(row.window_start), limit, windowMs, now);
  }

  /** Deletes the windows that ended (for every window length in use). */
  async prune(now = Date.now()): Promise<void> {
    await this.#db.deleteFrom('rate_limits').where('window_start', '<=', now - this.#longestWindowMs).execute();
  }
}

/** The limiter for this database: shared through PostgreSQL, in memory on SQLite. */
export const rateLimiter = (db: Db, postgres: boolean): RateLimiter => (postgres ? new SharedRateLimiter(db) : new MemoryRateLimiter());

/**
 * The client's address. `hops` is how many proxies of ours stand in front (TRUST_PROXY): each
 * appends the address it was called from to X-Forwarded-For, so the client is the `hops`-th
 * address counted from the right of X-Forwarded-For followed by the socket's, as Express's
 * `trust proxy` hop count says. What lies further left was written by the client: never read.
 * With fewer addresses than hops, the leftmost one.
 */
export function clientAddress(headers: Headers, socketAddress: string | undefined, hops: number): string {
  const forwarded = hops > 0 ? (headers.get('x-forwarded-for') ?? '').split(',').map((a) => a.trim()).filter(Boolean) : [];
  const chain = [...forwarded, socketAddress || 'unknown'];
  return chain[Math.max(0, chain.length - 1 - hops)]!;
}

/** Limits one route family per client; answers 429 with Retry-After past the limit. */
export function rateLimit(
  limiter: RateLimiter | undefined,
  name: string,
  limit: number,
  windowMs: number,
  client: (c: Parameters<MiddlewareHandler>[0]) => string,
): MiddlewareHandler {
  return async (c, next) => {
    if (!limiter) return next();
    const { allowed, retryAfter } = await limiter.hit(`${name}:${client(c)}`, limit, windowMs);
    if (!allowed) {
      throw new ApiError(429, 'rate_limited', 'Too many requests; please wait a moment.', undefined, {
        'retry-after': String(retryAfter),
      });
    }
    await next();
  };
}
