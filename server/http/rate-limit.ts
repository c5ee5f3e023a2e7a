import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** Counts requests per key in fixed windows. Behind an interface so a shared store can replace memory. */
export interface RateLimiter {
  /** Records one request; says whether it is allowed and, if not, how many seconds to wait. */
  hit(key: string, limit: number, windowMs: number): { allowed: boolean; retryAfter: number };
}

/** The in-process limiter: each instance counts its own traffic (fine for one or a few instances). */
export class MemoryRateLimiter implements RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  hit(key: string, limit: number, windowMs: number): { allowed: boolean; retryAfter: number } {
    const now = Date.now();
    let window = this.#windows.get(key);
    if (!window || now - window.start >= windowMs) {
      if (this.#windows.size > 50_000) this.#sweep(now, windowMs);
      this.#windows.set(key, (window = { start: now, count: 0 }));
    }
    window.count++;
    return { allowed: window.count <= limit, retryAfter: Math.ceil((window.start + windowMs - now) / 1000) };
  }

  #sweep(now: number, windowMs: number): void {
    for (const [key, window] of this.#windows) if (now - window.start >= windowMs) this.#windows.delete(key);
  }
}

/** The client's address: the socket's, or the first X-Forwarded-For hop when behind a trusted proxy. */
export function clientAddress(headers: Headers, socketAddress: string | undefined, trustProxy: boolean): string {
  const forwarded = trustProxy ? headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || socketAddress || 'unknown';
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
    const { allowed, retryAfter } = limiter.hit(`${name}:${client(c)}`, limit, windowMs);
    if (!allowed) {
      throw new ApiError(429, 'rate_limited', 'Too many requests; please wait a moment.', undefined, {
        'retry-after': String(retryAfter),
      });
    }
    await next();
  };
}
