import type { MiddlewareHandler } from 'hono';

interface Entry {
  body: string;
  headers: Record<string, string>;
  etag: string | null;
  expires: number;
}

/**
 * A second of memory for public GET answers (those marked `cache-control: public`), per URL.
 * Listing a month of events costs a few queries and a recurrence expansion; a page with
 * several widgets, or a burst of readers, asks the same thing many times a second. Any write to
 * a site forgets that site's answers at once; another instance's writes show within the TTL,
 * well inside the 30–60 s the same answers may be cached by browsers and CDNs anyway.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();

  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #key: (url: string) => string;

  /**
   * `key` names the entry a request's answer is kept under: by default its URL; a route whose
   * answer is the same for many URLs (a listing window rounded) can name one for all of them.
   */
  constructor({ ttlMs = 1_000, maxEntries = 2_000, key = (url: string) => url }: { ttlMs?: number; maxEntries?: number; key?: (url: string) => string } = {}) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    this.#key = key;
  }

  /** Serves cached GETs and remembers fresh public ones; `site` scopes what a write forgets. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (c.req.method !== 'GET') return next();
      const key = this.#key(c.req.url);
      const entry = this.#entries.get(key);
      if (entry && entry.expires > Date.now()) {
        // c.body with a string takes @hono/node-server's fast path (no stream to read back).
        const fresh = entry.etag !== null && c.req.header('if-none-match') === entry.etag;
        return fresh ? c.body(null, 304, entry.headers) : c.body(entry.body, 200, entry.headers);
      }
      await next();
      if (c.res.status !== 200 || !c.res.headers.get('cache-control')?.startsWith('public')) return;
      if (this.#entries.size >= this.#maxEntries) this.#entries.clear();
      this.#entries.set(key, {
        body: await c.res.clone().text(),
        headers: Object.fromEntries(
          [...c.res.headers].filter(([name]) => !name.startsWith('access-control-') && name !== 'vary'),
        ),
        etag: c.res.headers.get('etag'),
        expires: Date.now() + this.#ttlMs,
      });
    };
  }

  /** Forgets every answer about one site, after a write to it. */
  forgetSite(site: string): void {
    const marker = `/v1/sites/${encodeURIComponent(site)}/`;
    for (const key of this.#entries.keys()) if (key.includes(marker)) this.#entries.delete(key);
  }
}
