import { Hono } from 'hono';
import * as v from 'valibot';
import type { Deps, Env } from '../deps.js';
import { now } from '../deps.js';
import { csvHeaders, toCsv } from '../http/csv.js';
import { ApiError, notFound } from '../http/errors.js';
import { siteAdmin } from '../auth/access.js';
import { jsonObject } from '../db/json.js';
import { Id as id, ids, json, query, required, text } from '../http/validate.js';
import { adminEventRoutes } from './admin-events.js';
import { adminSiteRoutes } from './admin-site.js';
import { adminSwapRoutes } from './admin-swaps.js';
import { groupJson } from './groups.js';
import { fillGroup } from '../signups.js';

const SignupsQuery = v.object({
  group: v.optional(text(100)),
  status: v.optional(v.picklist(['pending_confirmation', 'confirmed', 'waitlisted'])),
});

const FieldInput = v.pipe(
  v.object({
    name: id,
    label: required(200),
    type: v.picklist(['text', 'email', 'textarea', 'select', 'checkboxes']),
    required: v.optional(v.boolean(), false),
    options: v.optional(v.pipe(v.array(v.object({ value: text(100), label: text(200) })), v.maxLength(30)), []),
  }),
  // Named on the question (`fields.2.options`), so the console can show it there.
  v.forward(
    v.check((f) => (f.type === 'select' || f.type === 'checkboxes') === f.options.length > 0, 'Select and checkbox fields need options; other fields take none.'),
    ['options'],
  ),
);

const GroupInput = v.object({
  name: required(200),
  description: v.optional(text(4000), ''),
  kind: v.picklist(['mastermind', 'readers', 'newsletter']),
  fields: v.optional(v.pipe(v.array(FieldInput), v.maxLength(20)), []),
  seats: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))), null),
  consentText: required(4000),
  consentVersion: required(100),
  doubleOptIn: v.optional(v.boolean(), true),
});

/**
 * The author's own API, per site, for its owners signed in to the console or a script with one of
 * the site's tokens (`Authorization: Bearer …`, stored hashed): settings, groups, events and
 * swaps; signups and RSVPs with proof of consent; the ledger.
 */
export function adminRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();

  app.use('/sites/:site/admin/*', siteAdmin(deps));

  app.get('/sites/:site/admin/groups', async (c) => {
    const site = c.req.param('site');
    const [rows, counts] = await Promise.all([
      db.selectFrom('groups').selectAll().where('site_id', '=', site).orderBy('id').execute(),
      db
        .selectFrom('signups')
        .select(['group_id', 'status', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('site_id', '=', site)
        .groupBy(['group_id', 'status'])
        .execute(),
    ]);
    const signups = (group: string) => {
      const of = (status: string) => Number(counts.find((r) => r.group_id === group && r.status === status)?.n ?? 0);
      return { pending_confirmation: of('pending_confirmation'), confirmed: of('confirmed'), waitlisted: of('waitlisted') };
    };
    return c.json({
      groups: rows.map((row) => {
        const { seatsLeft: _, ...group } = groupJson(row, 0);
        return { ...group, signups: signups(row.id) };
      }),
    });
  });

  app.put('/sites/:site/admin/groups/:group', ids('group'), json(GroupInput), async (c) => {
    const { site, group } = c.req.param();
    const input = c.req.valid('json');
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
      const told = await db.transaction().execute(async (trx) => {
        await trx.updateTable('groups').set(values).where('site_id', '=', site).where('id', '=', group).execute();
        // More seats (or none to count) let the waitlist in, in this transaction.
        return (await fillGroup(trx, deps.publicUrl, site, group, deps.postgres)).told;
      });
      if (told) deps.mailer.wake();
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

  /** Signups with their proof of consent, newest first; by group and status. */
  app.get('/sites/:site/admin/signups', query(SignupsQuery), async (c) => {
    const { group, status } = c.req.valid('query');
    let query = db.selectFrom('signups').selectAll().where('site_id', '=', c.req.param('site'));
    if (group) query = query.where('group_id', '=', group);
    if (status) query = query.where('status', '=', status);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(1000).execute();
    return c.json({
      signups: rows.map((r) => ({
        id: r.id,
        group: r.group_id,
        email: r.email,
        name: r.name,
        status: r.status,
        answers: (jsonObject(r.answers) ?? {}) as Record<string, string | string[]>,
        consent: { text: r.consent_text, version: r.consent_version, at: r.consented_at },
        source: r.source,
        swap: r.swap_id,
        createdAt: r.created_at,
        confirmedAt: r.confirmed_at,
      })),
    });
  });

  /** Removes a reader's signup and its confirmation link, when they ask to be forgotten. */
  app.delete('/sites/:site/admin/signups/:id', async (c) => {
    const { site, id } = c.req.param();
    const deleted = await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('signups').select('group_id').where('site_id', '=', site).where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      await trx.deleteFrom('confirmations').where('signup_id', '=', id).execute();
      await trx.deleteFrom('signups').where('site_id', '=', site).where('id', '=', id).execute();
      // The seat it held goes to whoever waits.
      return await fillGroup(trx, deps.publicUrl, site, row.group_id, deps.postgres);
    });
    if (!deleted) throw notFound('Signup');
    if (deleted.told) deps.mailer.wake();
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

  app.route('/sites/:site/admin', adminSiteRoutes(deps));
  app.route('/sites/:site/admin', adminEventRoutes(deps));
  app.route('/sites/:site/admin', adminSwapRoutes(deps));
  return app;
}
