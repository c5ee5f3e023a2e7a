import { Hono } from 'hono';
import type { Recommendations } from '../../src/api/schemas.js';
import { sha256 } from '../crypto.js';
import type { Deps, Env } from '../deps.js';
import { ApiError, notFound } from '../http/errors.js';
import { json, query } from '../http/validate.js';
import { RecommendationsQuery, SwapEventsBody, SwapSignupBody } from '../requests.js';
import { recordCounts } from '../swaps/counts.js';
import { newsletters } from '../swaps/newsletter.js';
import { candidates, partnerOf, weightedSample } from '../swaps/recommendations.js';
import { type TokenPayload, signToken, verifyToken } from '../swaps/tokens.js';
import { join } from '../signups.js';

function verified(secret: string, token: string): TokenPayload {
  const payload = verifyToken(secret, token);
  if (!payload) throw new ApiError(403, 'invalid_token', 'The attribution token is invalid or has expired; reload the page.');
  return payload;
}

/**
 * List swaps, public side: the partner books a site shows its readers (with a signed token saying
 * which were shown where), the card's impression and click counts, and newsletter signups to the
 * partner through the card. `random` drives the weighted rotation.
 */
export function swapRoutes(deps: Deps, random: () => number = Math.random): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();

  app.get('/sites/:site/recommendations', query(RecommendationsQuery), async (c) => {
    const site = c.req.param('site');
    const asked = c.req.valid('query');
    const placement = asked.placement || undefined;
    const genre = asked.genre?.toLowerCase() || undefined;
    const all = await candidates(db, deps.sites, site, placement);
    const inGenre = genre ? all.filter((x) => x.item.genres.some((g) => g.toLowerCase() === genre)) : [];
    const pool = inGenre.length > 0 ? inGenre : all;
    const items = weightedSample(
      pool.map((x) => x.item),
      pool.map((x) => x.weight),
      asked.limit ?? 1,
      random,
    );
    const token = signToken(deps.secret, { site, swaps: items.map((i) => i.swap), iat: Math.floor(Date.now() / 1000) });
    const host = await deps.sites.get(site);
    // Every load draws again, so no cache may replay an earlier draw.
    c.header('cache-control', 'private, no-store');
    return c.json({ token, ...(host ? { host: { name: host.author_name } } : {}), items } satisfies Recommendations);
  });

  // Write-only, no personal data, and the signed token says what may be counted: any page may send it.
  app.use('/swaps/events', async (c, next) => {
    await next();
    c.res.headers.set('access-control-allow-origin', '*');
  });
  app.options('/swaps/events', (c) => {
    c.header('access-control-allow-methods', 'POST');
    c.header('access-control-allow-headers', 'content-type');
    c.header('access-control-max-age', '86400');
    return c.body(null, 204);
  });
  // sendBeacon posts text/plain (no preflight); json() reads JSON whatever the content type says.
  app.post('/swaps/events', json(SwapEventsBody), async (c) => {
    const input = c.req.valid('json');
    const token = verified(deps.secret, input.token);
    const events = input.events.filter((e) => token.swaps.includes(e.swap));
    if (events.length === 0) return c.body(null, 204);

    const swaps = await db
      .selectFrom('swaps')
      .select(['id', 'site_a', 'book_a', 'site_b', 'book_b'])
      .where('id', 'in', [...new Set(events.map((e) => e.swap))])
      .execute();
    const partners = new Map(
      swaps.flatMap((s) => {
        const partner = partnerOf(s, token.site);
        return partner ? [[s.id, partner.site] as const] : [];
      }),
    );
    await recordCounts(db, input.token, token.site, events, partners);
    return c.body(null, 204);
  });

  app.post('/swaps/:swap/signups', json(SwapSignupBody), async (c) => {
    const swapId = c.req.param('swap');
    const input = c.req.valid('json');
    const token = verified(deps.secret, input.token);
    if (!token.swaps.includes(swapId)) throw new ApiError(403, 'invalid_token', 'This token was not issued for this swap.');
    const swap = await db.selectFrom('swaps').selectAll().where('id', '=', swapId).executeTakeFirst();
    if (!swap) throw notFound('Swap');
    const partner = partnerOf(swap, token.site)?.site;
    if (!partner) throw new ApiError(403, 'invalid_token', 'This token was not issued for this swap.');
    // The group the card offered: the recommendations picked it by the same rule.
    const group = (await newsletters(db, [partner])).get(partner);
    if (!group) throw notFound('Newsletter');
    if (input.consentVersion !== group.consent_version) {
      throw new ApiError(409, 'consent_outdated', 'The consent text has changed; please read it again.', 'consent');
    }

    const author = (await deps.sites.get(partner))?.author_name ?? group.name;
    const { status } = await join(deps, {
      site: partner,
      group,
      author,
      email: input.email,
      name: input.name,
      answers: {},
      source: input.source,
      lang: input.lang,
      swap: { id: swap.id, fromSite: token.site, tokenHash: sha256(input.token) },
    });
    return c.json({ status }, 201);
  });

  return app;
}
