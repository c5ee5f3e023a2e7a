import { Hono, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { signedIn } from '../auth/access.js';
import type { Deps, Env } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { stringList } from '../db/json.js';
import { httpUrl, json, query, text } from '../http/validate.js';
import { mayCreateSites, sitesOwnedBy } from '../sites/owners.js';
import { createSite, NewSiteInput } from '../sites/settings.js';

const DirectoryQuery = v.object({ genre: v.optional(v.pipe(text(50), v.toLowerCase())) });

/**
 * What a signed-in author can do before choosing a site: see who they are and which sites they
 * own, create a site (as the operator's SALON_NEW_SITES allows), and browse the directory of
 * authors who listed themselves for swaps.
 */
export function authorRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();
  for (const path of ['/me', '/sites', '/directory']) app.use(path, signedIn(deps));

  app.get('/me', async (c) => {
    const email = c.get('actor').email!;
    return c.json({
      email,
      sites: await sitesOwnedBy(db, email),
      mayCreateSites: await mayCreateSites(db, email, deps.newSites),
    });
  });

  // Who may create sites is told before what they sent is checked.
  const mayCreate: MiddlewareHandler<Env> = async (c, next) => {
    if (!(await mayCreateSites(db, c.get('actor').email!, deps.newSites))) {
      throw new ApiError(
        403,
        'not_allowed',
        deps.newSites === 'closed'
          ? 'On this server, sites are created by its operator. Ask them to add you to a site.'
          : 'On this server, sites are created by invitation. Ask its operator to invite this email address.',
      );
    }
    await next();
  };
  app.post('/sites', mayCreate, json(NewSiteInput), async (c) => {
    const email = c.get('actor').email!;
    const input = c.req.valid('json');
    await createSite(db, input, [email], email);
    deps.sites.forget(input.id);
    return c.json({ id: input.id, name: input.name }, 201);
  });

  app.get('/directory', query(DirectoryQuery), async (c) => {
    const { genre } = c.req.valid('query');
    const sites = await db.selectFrom('sites').select(['id', 'name', 'author_name', 'genres', 'about']).where('listed', '=', 1).orderBy('author_name').execute();
    const books = sites.length
      ? await db.selectFrom('books').select(['site_id', 'id', 'title', 'genres', 'cover_url']).where('site_id', 'in', sites.map((s) => s.id)).orderBy('title').execute()
      : [];
    const authors = sites.flatMap((site) => {
      const own = books.filter((b) => b.site_id === site.id).map((b) => ({ id: b.id, title: b.title, genres: stringList(b.genres), coverUrl: httpUrl(b.cover_url) ?? null }));
      const genres = stringList(site.genres);
      const all = new Set([...genres, ...own.flatMap((b) => b.genres)].map((g) => g.toLowerCase()));
      if (genre && !all.has(genre)) return [];
      return [{ site: site.id, name: site.name, authorName: site.author_name, about: site.about, genres, books: own }];
    });
    return c.json({ authors });
  });

  return app;
}
