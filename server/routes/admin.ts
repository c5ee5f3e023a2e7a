import { Hono } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import * as v from 'valibot';
import type { Deps, Env } from '../deps.js';
import { now } from '../deps.js';
import { csvHeaders, toCsv } from '../http/csv.js';
import { ApiError, notFound } from '../http/errors.js';
import { body } from '../http/validate.js';
import { sha256 } from '../sites.js';
import { adminEventRoutes } from './admin-events.js';
import { adminSwapRoutes } from './admin-swaps.js';
import { groupJson } from './groups.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use lower-case letters, digits and dashes.'));

const FieldInput = v.object({
  name: id,
  label: v.pipe(text(200), v.minLength(1)),
  type: v.picklist(['text', 'email', 'textarea', 'select', 'checkboxes']),
  required: v.optional(v.boolean(), false),
  options: v.optional(v.pipe(v.array(v.object({ value: text(100), label: text(200) })), v.maxLength(30)), []),
});

const GroupInput = v.pipe(
  v.object({
    name: v.pipe(text(200), v.minLength(1)),
    description: v.optional(text(4000), ''),
    kind: v.picklist(['mastermind', 'readers', 'newsletter']),
    fields: v.optional(v.pipe(v.array(FieldInput), v.maxLength(20)), []),
    seats: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))), null),
    consentText: v.pipe(text(4000), v.minLength(1)),
    consentVersion: v.pipe(text(100), v.minLength(1)),
    doubleOptIn: v.optional(v.boolean(), true),
  }),
  v.forward(
    v.check(
      (g) => g.fields.every((f) => (f.type === 'select' || f.type === 'checkboxes') === f.options.length > 0),
      'Select and checkbox fields need options; other fields take none.',
    ),
    ['fields'],
  ),
);

/**
 * The author's own API, per site, behind `Authorization: Bearer <site token>` (stored hashed):
 * manage groups, events and swaps, export signups and RSVPs with proof of consent, read the ledger.
 */
export function adminRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();

  app.use('/sites/:site/admin/*', async (c, next) => {
    c.header('cache-control', 'no-store');
    const site = await deps.sites.get(c.req.param('site') ?? '');
    const token = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    const given = Buffer.from(sha256(token ?? ''), 'hex');
    const expected = Buffer.from(site?.admin_token_hash ?? sha256('\0no site'), 'hex');
    if (!site || !token || !timingSafeEqual(given, expected)) {
      throw new ApiError(401, 'unauthorized', 'A valid admin token for this site is required.', undefined, {
        'www-authenticate': 'Bearer',
      });
    }
    await next();
  });

  app.get('/sites/:site/admin/groups', async (c) => {
    const rows = await db.selectFrom('groups').selectAll().where('site_id', '=', c.req.param('site')).orderBy('id').execute();
    return c.json({ groups: rows.map((row) => groupJson(row, 0)).map(({ seatsLeft: _, ...group }) => group) });
  });

  app.put('/sites/:site/admin/groups/:group', async (c) => {
    const { site, group } = c.req.param();
    if (!v.is(id, group)) throw new ApiError(422, 'invalid', 'Use lower-case letters, digits and dashes for the id.', 'id');
    const input = await body(c, GroupInput);
    const existing = await db.selectFrom('groups').selectAll().where('site_id', '=', site).where('id', '=', group).executeTakeFirst();
    if (existing && existing.consent_text !== input.consentText && existing.consent_version === input.consentVersion) {
      throw new ApiError(422, 'consent_version_unchanged', 'Change the consent version when the consent text changes.', 'consentVersion');
    }
    const values = {
      name: input.name,
      description: input.description,
      kind: input.kind,
      fields: JSON.stringify(input.fields),
      seats: input.seats,
      consent_text: input.consentText,
      consent_version: input.consentVersion,
      double_opt_in: input.doubleOptIn ? 1 : 0,
    };
    if (existing) {
      await db.updateTable('groups').set(values).where('site_id', '=', site).where('id', '=', group).execute();
    } else {
      await db.insertInto('groups').values({ site_id: site, id: group, created_at: now(), ...values }).execute();
    }
    return c.json({ id: group }, existing ? 200 : 201);
  });

  app.delete('/sites/:site/admin/groups/:group', async (c) => {
    const { site, group } = c.req.param();
    const signup = await db.selectFrom('signups').select('id').where('site_id', '=', site).where('group_id', '=', group).executeTakeFirst();
    if (signup) throw new ApiError(409, 'has_signups', 'This group has signups; export them before removing it.');
    const { numDeletedRows } = await db.deleteFrom('groups').where('site_id', '=', site).where('id', '=', group).executeTakeFirst();
    if (!numDeletedRows) throw notFound('Group');
    return c.body(null, 204);
  });

  app.get('/sites/:site/admin/signups.csv', async (c) => {
    let query = db.selectFrom('signups').selectAll().where('site_id', '=', c.req.param('site'));
    const group = c.req.query('group');
    if (group) query = query.where('group_id', '=', group);
    const rows = await query.orderBy('created_at').execute();
    const csv = toCsv(
      ['group', 'email', 'name', 'status', 'answers', 'consent_text', 'consent_version', 'consented_at', 'source', 'swap', 'created_at', 'confirmed_at'],
      rows.map((r) => [r.group_id, r.email, r.name, r.status, r.answers, r.consent_text, r.consent_version, r.consented_at, r.source, r.swap_id, r.created_at, r.confirmed_at]),
    );
    return c.body(csv, 200, csvHeaders(`signups-${c.req.param('site')}.csv`));
  });

  app.route('/sites/:site/admin', adminEventRoutes(deps));
  app.route('/sites/:site/admin', adminSwapRoutes(deps));
  return app;
}
