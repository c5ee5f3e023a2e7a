import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { client, type Deps, type Env } from './deps.js';
import { cors } from './http/cors.js';
import { ApiError, errorBody, handleError } from './http/errors.js';
import { idempotency } from './http/idempotency.js';
import { rateLimit } from './http/rate-limit.js';
import { ResponseCache } from './http/response-cache.js';
import { adminRoutes } from './routes/admin.js';
import { confirmRoutes } from './routes/confirm.js';
import { eventRoutes } from './routes/events.js';
import { groupRoutes } from './routes/groups.js';
import { swapRoutes } from './routes/swaps.js';
import { openapiJson } from './routes/openapi.js';

const MINUTE = 60_000;

/**
 * The Salon REST API (v1) as a Hono app: web-standard Request in, Response out, so it runs on
 * Node here and could run on edge runtimes. Holds no state between requests but what `deps`
 * holds (the database; in memory only rate-limit counters, a 5-second site cache and a 1-second
 * cache of public answers).
 */
export function createApp(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  const who = client(deps);

  app.onError(handleError);
  app.notFound((c) => c.json(errorBody('not_found', 'No such route.'), 404));

  app.use('/v1/*', async (c, next) => {
    await next();
    // On c.res.headers, not c.header(): that reads bodyUsed, which makes @hono/node-server turn its
    // lightweight response into a full stream-backed one and leave its fast path (~half the GET rate).
    c.res.headers.set('x-content-type-options', 'nosniff');
  });
  const limitBody = bodyLimit({
    maxSize: 16 * 1024,
    onError: () => {
      throw new ApiError(413, 'too_large', 'The request body is larger than 16 KB.');
    },
  });
  // Only requests with bodies: asking a GET for its body makes the Node adapter build a full Request.
  app.use('/v1/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'OPTIONS' ? next() : limitBody(c, next)));

  // CORS: a site's routes answer the origins that site registered; a swap's, either partner's.
  app.use(
    '/v1/sites/:site/*',
    cors(async (c) => (await deps.sites.get(c.req.param('site') ?? ''))?.origins ?? []),
  );
  const swapCors = cors(async (c) => {
    const swap = await deps.db.selectFrom('swaps').select(['site_a', 'site_b']).where('id', '=', c.req.param('swap') ?? '').executeTakeFirst();
    if (!swap) return [];
    const sites = await Promise.all([deps.sites.get(swap.site_a), deps.sites.get(swap.site_b)]);
    return sites.flatMap((s) => s?.origins ?? []);
  });
  // Counts answer any origin from their own route (write-only, signed, no personal data).
  app.use('/v1/swaps/:swap/*', (c, next) => (c.req.path === '/v1/swaps/events' ? next() : swapCors(c, next)));

  // Route families with their own budgets per client: reads, counts (beacons from every page view), other writes.
  const reads = rateLimit(deps.limiter, 'read', 600, MINUTE, who);
  const counts = rateLimit(deps.limiter, 'count', 120, MINUTE, who);
  const writes = rateLimit(deps.limiter, 'write', 20, MINUTE, who);
  app.use('/v1/*', (c, next) =>
    (c.req.method !== 'POST' ? reads : c.req.path === '/v1/swaps/events' ? counts : writes)(c, next),
  );
  app.use('/v1/*', idempotency(deps.db));
  const cache = new ResponseCache();
  app.use('/v1/sites/:site/*', async (c, next) => {
    const site = c.req.param('site') ?? '';
    if (!(await deps.sites.get(site))) throw new ApiError(404, 'not_found', 'Site not found.');
    await next();
    if (c.req.method !== 'GET') cache.forgetSite(site);
  });
  app.use('/v1/sites/:site/*', cache.middleware());
  app.use('/v1/*', async (c, next) => {
    if (c.req.method !== 'GET') return next();
    return etag()(c, next);
  });

  app.route('/v1', groupRoutes(deps));
  app.route('/v1', eventRoutes(deps));
  app.route('/v1', swapRoutes(deps));
  app.route('/v1', confirmRoutes(deps));
  app.route('/v1', adminRoutes(deps));
  app.get('/v1/openapi.json', (c) => c.json(openapiJson()));
  return app;
}
