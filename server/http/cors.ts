import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** Whether an origin matches a site's list; `http://localhost:*` allows any port. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) =>
    pattern.endsWith(':*') ? origin.startsWith(pattern.slice(0, -1)) && /^\d+$/.test(origin.slice(pattern.length - 1)) : origin === pattern,
  );
}

export interface CorsOptions {
  /** The origins the sites this route concerns registered; `undefined` when there is no such site (its 404 follows). */
  origins: (c: Context) => Promise<readonly string[] | undefined>;
  /** The server's own origins (its public URL, the console): always allowed. */
  own: (c: Context) => readonly string[];
  /** Where an author adds an origin, named in the refusal. */
  consoleUrl: string;
  /** Told of each page origin seen, registered or not (not the server's own). */
  seen?: (c: Context, origin: string, allowed: boolean) => void;
}

/**
 * CORS for routes that belong to sites. A browser origin the site registered gets access; any
 * other origin gets a 403 it can read (`origin_not_allowed`, naming the origin and where to add
 * it), so a widget on an unregistered page tells its author the truth instead of "network
 * error", and no write from such a page is ever stored. Preflights succeed for every origin, so
 * the refusal reaches the page. Requests without an Origin (servers, curl) are unaffected.
 *
 * Ours rather than hono/cors, which can write these headers but not the rest: it never refuses
 * (it only withholds Access-Control-Allow-Origin), so the readable 403 would still be a middleware
 * of ours looking the same origins up; and it writes through c.res before the handler and
 * c.header() after it, which takes every answer off @hono/node-server's fast path (about half the
 * GET rate; see app.ts and BENCHMARKS.md).
 */
export function cors({ origins, own, consoleUrl, seen }: CorsOptions): MiddlewareHandler {
  return async (c, next): Promise<Response | void> => {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS') {
      c.header('vary', 'Origin');
      if (origin) {
        c.header('access-control-allow-origin', origin);
        c.header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE');
        c.header('access-control-allow-headers', 'content-type, idempotency-key, accept, authorization');
        c.header('access-control-max-age', '600');
      }
      return c.body(null, 204);
    }
    if (origin !== undefined && !own(c).includes(origin)) {
      const registered = await origins(c);
      if (registered === undefined) return pass(c, next, origin);
      const allowed = originAllowed(origin, registered);
      seen?.(c, origin, allowed);
      if (allowed) return pass(c, next, origin);
      const site = c.req.param('site');
      throw new ApiError(
        403,
        'origin_not_allowed',
        `${origin} is not one of the website addresses registered${site ? ` for the site "${site}"` : ''}. ` +
          `Add it in the Salon console (${consoleUrl}), under Settings → Website addresses.`,
        undefined,
        { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'retry-after', vary: 'Origin' },
      );
    }
    return pass(c, next, origin);
  };
}

async function pass(c: Context, next: () => Promise<void>, origin: string | undefined): Promise<void> {
  await next();
  c.res.headers.append('vary', 'Origin');
  if (origin) {
    c.res.headers.set('access-control-allow-origin', origin);
    c.res.headers.set('access-control-expose-headers', 'retry-after, etag, idempotent-replayed');
  }
}
