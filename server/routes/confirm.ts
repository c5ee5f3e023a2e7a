import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Deps, Env } from '../deps.js';
import { now } from '../deps.js';
import { sha256 } from '../crypto.js';

const page = (title: string, message: string) => html`<!doctype html>
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title}</title>
      <link rel="icon" href="data:," />
      <style>
        body { font: 18px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; }
      </style>
    </head>
    <body>
      <h1>${title}</h1>
      <p>${message}</p>
    </body>
  </html>`;

/** The link in a double opt-in email: single use, expiring; answers a small page, not JSON. */
export function confirmRoutes({ db }: Deps): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/confirm/:token', async (c) => {
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    const row = await db
      .selectFrom('confirmations')
      .innerJoin('signups', 'signups.id', 'confirmations.signup_id')
      .innerJoin('groups', (join) =>
        join.onRef('groups.site_id', '=', 'signups.site_id').onRef('groups.id', '=', 'signups.group_id'),
      )
      .select(['confirmations.token_hash', 'confirmations.expires_at', 'confirmations.used_at', 'signups.id', 'groups.name'])
      .where('confirmations.token_hash', '=', sha256(c.req.param('token')))
      .executeTakeFirst();
    if (!row) return c.html(page('Link not valid', 'This confirmation link is not valid. Please sign up again.'), 404);
    if (row.used_at) return c.html(page('Already confirmed', `You are already confirmed for ${row.name}.`), 410);
    if (row.expires_at < now()) {
      return c.html(page('Link expired', 'This confirmation link has expired. Please sign up again.'), 410);
    }
    const at = now();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('confirmations').set({ used_at: at }).where('token_hash', '=', row.token_hash).execute();
      await trx
        .updateTable('signups')
        .set({ status: 'confirmed', confirmed_at: at })
        .where('id', '=', row.id)
        .where('status', '=', 'pending_confirmation')
        .execute();
    });
    return c.html(page('You’re in!', `Thank you for confirming. Welcome to ${row.name}.`));
  });
  return app;
}
