import { Hono } from 'hono';
import * as v from 'valibot';
import type { Deps, Env } from '../deps.js';
import { ApiError, notFound } from '../http/errors.js';
import { Email, json, required, text } from '../http/validate.js';
import { originAllowed } from '../http/cors.js';
import { ownerMail } from '../mail/texts.js';
import { addOwner, listOwners } from '../sites/owners.js';
import { SettingsInput, siteJson, updateSettings } from '../sites/settings.js';
import { createToken, listTokens, revokeToken } from '../sites/tokens.js';

const OwnerInput = v.object({ email: Email, lang: v.optional(text(20), 'en') });
const TokenInput = v.object({ name: required(100, 'Please name the token (what uses it).') });

/**
 * A site itself, for its owners: settings (names, website addresses, language, directory
 * listing), a summary for the console's checklist, co-owners and API tokens. Mounted under
 * `/sites/:site/admin`, behind the owner-or-token check.
 */
export function adminSiteRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();
  const site = async (id: string) => {
    deps.sites.forget(id);
    const found = await deps.sites.get(id);
    if (!found) throw notFound('Site');
    return found;
  };

  app.get('/settings', async (c) => c.json(siteJson(await site(c.req.param('site')!))));

  app.put('/settings', json(SettingsInput), async (c) => {
    const id = c.req.param('site')!;
    const input = c.req.valid('json');
    await updateSettings(db, id, input);
    // Origins refused before and registered now are no longer a problem to show.
    const refused = await db.selectFrom('site_origins_seen').select('origin').where('site_id', '=', id).where('allowed', '=', 0).execute();
    const fixed = refused.map((r) => r.origin).filter((origin) => originAllowed(origin, input.origins));
    if (fixed.length) await db.deleteFrom('site_origins_seen').where('site_id', '=', id).where('origin', 'in', fixed).execute();
    return c.json(siteJson(await site(id)));
  });

  /** What the console's getting-started checklist and home screen need, in one answer. */
  app.get('/overview', async (c) => {
    const id = c.req.param('site')!;
    const countOf = async (table: 'groups' | 'events' | 'books'): Promise<number> => {
      const { n } = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('site_id', '=', id)
        .executeTakeFirstOrThrow();
      return Number(n);
    };
    const [groups, events, books, signups, swaps, seen] = await Promise.all([
      countOf('groups'),
      countOf('events'),
      countOf('books'),
      db.selectFrom('signups').select(['status', (eb) => eb.fn.countAll<string | number>().as('n')]).where('site_id', '=', id).groupBy('status').execute(),
      db
        .selectFrom('swaps')
        .select(['site_a', 'site_b', 'active', 'ended_at'])
        .where((eb) => eb.or([eb('site_a', '=', id), eb('site_b', '=', id)]))
        .execute(),
      db.selectFrom('site_origins_seen').select(['origin', 'allowed', 'last_seen_at']).where('site_id', '=', id).orderBy('last_seen_at', 'desc').execute(),
    ]);
    const byStatus = Object.fromEntries(signups.map((s) => [s.status, Number(s.n)]));
    return c.json({
      site: siteJson(await site(id)),
      counts: {
        groups,
        events,
        books,
        signups: {
          pending_confirmation: byStatus.pending_confirmation ?? 0,
          confirmed: byStatus.confirmed ?? 0,
          waitlisted: byStatus.waitlisted ?? 0,
        },
        swaps: {
          active: swaps.filter((s) => s.active && !s.ended_at).length,
          // Proposals waiting for this author's answer.
          awaiting: swaps.filter((s) => !s.active && !s.ended_at && s.site_b === id).length,
        },
      },
      origins: {
        live: seen.filter((s) => s.allowed).map((s) => ({ origin: s.origin, lastSeenAt: s.last_seen_at })),
        refused: seen.filter((s) => !s.allowed).map((s) => ({ origin: s.origin, lastSeenAt: s.last_seen_at })),
      },
    });
  });

  app.get('/owners', async (c) => {
    const owners = await listOwners(db, c.req.param('site')!);
    return c.json({ owners: owners.map((o) => ({ email: o.email, addedBy: o.added_by, addedAt: o.added_at })) });
  });

  app.post('/owners', json(OwnerInput), async (c) => {
    const id = c.req.param('site')!;
    const { email, lang } = c.req.valid('json');
    const added = await addOwner(db, id, email, c.get('actor').label);
    if (added) {
      const { name } = await site(id);
      const by = c.get('actor').email ?? name;
      await deps.mailer.send({ to: email, ...ownerMail(lang, name, by, `${deps.publicUrl}/console/`) });
    }
    return c.json({ email }, added ? 201 : 200);
  });

  app.delete('/owners/:email', async (c) => {
    const id = c.req.param('site')!;
    const email = decodeURIComponent(c.req.param('email')).toLowerCase();
    const owners = await listOwners(db, id);
    if (!owners.some((o) => o.email === email)) throw notFound('Owner');
    if (owners.length === 1) throw new ApiError(409, 'last_owner', 'A site needs at least one owner; add another before removing this one.');
    await db.deleteFrom('site_owners').where('site_id', '=', id).where('email', '=', email).execute();
    return c.body(null, 204);
  });

  app.get('/tokens', async (c) => c.json({ tokens: await listTokens(db, c.req.param('site')!) }));

  app.post('/tokens', json(TokenInput), async (c) => {
    const { name } = c.req.valid('json');
    c.set('shownOnce', true);
    return c.json(await createToken(db, c.req.param('site')!, name, c.get('actor').label), 201);
  });

  app.delete('/tokens/:id', async (c) => {
    if (!(await revokeToken(db, c.req.param('site')!, c.req.param('id')))) throw notFound('Token');
    return c.body(null, 204);
  });

  return app;
}
