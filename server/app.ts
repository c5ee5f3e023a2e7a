import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { join } from 'node:path';
import { ownOrigins } from './auth/access.js';
import { CLIENT_HEADER, createAuth } from './auth/auth.js';
import { client, type Deps, type Env } from './deps.js';
import { cors } from './http/cors.js';
import { ApiError, errorBody, handleError } from './http/errors.js';
import { idempotency } from './http/idempotency.js';
import { rateLimit } from './http/rate-limit.js';
import { ResponseCache } from './http/response-cache.js';
import { staticFiles } from './http/static-files.js';
import { urlProblem } from './http/validate.js';
import { adminRoutes } from './routes/admin.js';
import { authorRoutes } from './routes/authors.js';
import { confirmRoutes } from './routes/confirm.js';
import { cacheKey, eventRoutes } from './routes/events.js';
import { groupRoutes } from './routes/groups.js';
import { rsvpRoutes } from './routes/rsvps.js';
import { swapRoutes } from './routes/swaps.js';
import { openapiJson } from './routes/openapi.js';
import { OriginLog } from './sites/seen.js';

const MINUTE = 60_000;

export interface AppOptions extends Omit<Deps, 'auth'> {
  /** The repository's root: serve the CDN build, the console and the demo pages from it. */
  files?: string;
}

/**
 * The Salon REST API (v1) as a Hono app: web-standard Request in, Response out, so it runs on
 * Node here and could run on edge runtimes. Holds no state between requests but what `deps`
 * holds (the database, which on PostgreSQL also keeps the rate-limit counters; in memory only a
 * 5-second site cache, a 1-second cache of public answers and, on SQLite, the rate-limit
 * counters). With `files`, also the CDN build (`/cdn/`), the console (`/console/`) and the demo
 * pages.
 */
export function createApp({ files, ...options }: AppOptions): Hono<Env> {
  const deps: Deps = {
    ...options,
    auth: createAuth({
      db: options.db,
      dialect: options.postgres ? 'postgres' : 'sqlite',
      publicUrl: options.publicUrl,
      secret: options.secret,
      mailer: options.mailer,
      newSites: options.newSites,
      limiter: options.limiter,
    }),
  };
  const app = new Hono<Env>();
  const who = client(deps);
  const own = ownOrigins(deps);
  const consoleUrl = `${deps.publicUrl}/console/`;

  app.onError(handleError);
  app.notFound((c) => c.json(errorBody('not_found', 'No such route.'), 404));

  app.use('/v1/*', async (c, next) => {
    // NUL and other control characters in a path or query reach no route (PostgreSQL refuses NUL).
    const problem = urlProblem(c.req.url);
    if (problem) throw new ApiError(400, 'invalid_characters', problem);
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

  // CORS: a site's routes answer the origins that site registered (and the server's own pages);
  // a swap's, either partner's. Any other origin is told, readably, that it is not registered.
  const seen = new OriginLog(deps.db);
  app.use(
    '/v1/sites/:site/*',
    cors({
      origins: async (c) => (await deps.sites.get(c.req.param('site') ?? ''))?.origins,
      own,
      consoleUrl,
      seen: (c, origin, allowed) => seen.record(c.req.param('site') ?? '', origin, allowed),
    }),
  );
  const swapCors = cors({
    origins: async (c) => {
      const swap = await deps.db.selectFrom('swaps').select(['site_a', 'site_b']).where('id', '=', c.req.param('swap') ?? '').executeTakeFirst();
      if (!swap) return undefined;
      const sites = await Promise.all([deps.sites.get(swap.site_a), deps.sites.get(swap.site_b)]);
      return sites.flatMap((s) => s?.origins ?? []);
    },
    own,
    consoleUrl,
  });
  // Counts answer any origin from their own route (write-only, signed, no personal data).
  app.use('/v1/swaps/:swap/*', (c, next) => (c.req.path === '/v1/swaps/events' ? next() : swapCors(c, next)));

  // Route families with their own budgets per client: reads, counts (beacons from every page
  // view), the console's work (signed in), and other writes (readers' forms, sign-in links).
  const reads = rateLimit(deps.limiter, 'read', 600, MINUTE, who);
  const counts = rateLimit(deps.limiter, 'count', 120, MINUTE, who);
  const authoring = rateLimit(deps.limiter, 'console', 600, MINUTE, who);
  const writes = rateLimit(deps.limiter, 'write', 20, MINUTE, who);
  const consolePath = /^\/v1\/(me|sites|directory|sites\/[^/]+\/admin(\/.*)?)$/;
  app.use('/v1/*', (c, next) => {
    if (consolePath.test(c.req.path)) return authoring(c, next);
    if (c.req.method !== 'POST') return reads(c, next);
    return (c.req.path === '/v1/swaps/events' ? counts : writes)(c, next);
  });

  // Sign-in, sessions and sign-out: better-auth, told the client's address as Salon sees it.
  app.on(['GET', 'POST'], '/v1/auth/*', (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_HEADER, who(c));
    return deps.auth.handler(new Request(c.req.raw, { headers }));
  });

  app.use('/v1/*', idempotency(deps.db));
  const cache = new ResponseCache({ key: cacheKey });
  app.use('/v1/sites/:site/*', async (c, next) => {
    const site = c.req.param('site') ?? '';
    if (!(await deps.sites.get(site))) throw new ApiError(404, 'not_found', 'Site not found.');
    await next();
    if (c.req.method !== 'GET') {
      cache.forgetSite(site);
      deps.sites.forget(site);
    }
  });
  app.use('/v1/sites/:site/*', cache.middleware());
  const tag = etag();
  app.use('/v1/*', (c, next) => (c.req.method === 'GET' ? tag(c, next) : next()));

  app.route('/v1', groupRoutes(deps));
  app.route('/v1', eventRoutes(deps));
  app.route('/v1', rsvpRoutes(deps));
  app.route('/v1', swapRoutes(deps));
  app.route('/v1', confirmRoutes(deps));
  app.route('/v1', adminRoutes(deps));
  app.route('/v1', authorRoutes(deps));
  app.get('/v1/openapi.json', (c) => c.json(openapiJson()));

  if (files) serveFiles(app, files);
  return app;
}

/**
 * The files beside the API: the CDN build any page may load (CORS open, precompressed, hashed
 * chunks cached for good), the console (its own origin only, never framed), the demo pages.
 */
function serveFiles(app: Hono<Env>, root: string): void {
  app.use(
    '/cdn/*',
    staticFiles({
      roots: [join(root, 'dist/cdn')],
      strip: '/cdn',
      headers: { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin', 'timing-allow-origin': '*' },
      immutable: (path) => path.includes('/chunks/'),
    }),
  );
  app.use(
    '/console/*',
    staticFiles({
      roots: [join(root, 'dist/console')],
      strip: '/console',
      headers: {
        'content-security-policy':
          "default-src 'self'; img-src 'self' https: data:; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
      },
      cacheControl: 'no-cache',
    }),
  );
  app.get('/console', (c) => c.redirect('/console/', 301));
  app.use('/demo/*', staticFiles({ roots: [join(root, 'dist/demo')], strip: '/demo', immutable: (path) => path.includes('vendor/') }));
  app.use('/*', staticFiles({ roots: [join(root, 'demo')], cacheControl: 'no-cache' }));
}
