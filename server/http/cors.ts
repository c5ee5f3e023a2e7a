import type { Context, MiddlewareHandler } from 'hono';

/** Whether an origin matches a site's list; `http://localhost:*` allows any port. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) =>
    pattern.endsWith(':*') ? origin.startsWith(pattern.slice(0, -1)) && /^\d+$/.test(origin.slice(pattern.length - 1)) : origin === pattern,
  );
}

/**
 * CORS for routes that belong to sites: a browser origin gets access only if one of the sites
 * the route concerns registered it. Requests without an Origin (servers, curl) are unaffected.
 */
export function cors(origins: (c: Context) => Promise<readonly string[]>): MiddlewareHandler {
  return async (c, next): Promise<Response | void> => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && originAllowed(origin, await origins(c));
    if (c.req.method === 'OPTIONS') {
      c.header('vary', 'Origin');
      if (allowed) {
        c.header('access-control-allow-origin', origin);
        c.header('access-control-allow-methods', 'GET, POST, PUT, DELETE');
        c.header('access-control-allow-headers', 'content-type, idempotency-key, accept, authorization');
        c.header('access-control-max-age', '600');
      }
      return c.body(null, 204);
    }
    await next();
    c.res.headers.append('vary', 'Origin');
    if (allowed) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.set('access-control-expose-headers', 'retry-after, etag, idempotent-replayed');
    }
  };
}
