import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import type { Selectable } from 'kysely';
import type { BooksTable, SwapsTable } from '../db/schema.js';
import { type Deps, type Env, now } from '../deps.js';
import { csvHeaders, toCsv } from '../http/csv.js';
import { ApiError, notFound } from '../http/errors.js';
import { jsonList, stringList } from '../db/json.js';
import { lockSite } from '../db/locks.js';
import { count, HttpUrl, Id as id, ids, json, query, plainText, required } from '../http/validate.js';
import { dailyLedger, ledger } from '../swaps/ledger.js';

const BookInput = v.object({
  title: required(300),
  coverUrl: v.optional(v.nullable(HttpUrl), null),
  // Widgets render the blurb as text; markup would show up as literal tags, so it is refused here.
  blurb: v.optional(plainText(2000), ''),
  genres: v.optional(v.pipe(v.array(required(50)), v.maxLength(10)), []),
  links: v.optional(v.pipe(v.array(v.object({ retailer: required(100), url: HttpUrl })), v.maxLength(10)), []),
});

type Swap = Selectable<SwapsTable>;

const DailyQuery = v.object({
  days: v.optional(count(1, 366), '30'),
});

const SwapInput = v.object({
  partner: id,
  book: id,
  partnerBook: id,
  weight: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 1),
  placements: v.optional(v.pipe(v.array(required(100)), v.maxLength(20)), []),
});

const bookJson = (row: BooksTable) => ({
  id: row.id,
  title: row.title,
  coverUrl: row.cover_url,
  blurb: row.blurb,
  genres: stringList(row.genres),
  links: jsonList(row.links) as Array<{ retailer: string; url: string }>,
  createdAt: row.created_at,
});

/** A swap as one of its two sites sees it: "book" is always that site's own. */
const swapJson = (row: Swap, site: string) => {
  const mine = row.site_a === site;
  return {
    id: row.id,
    partner: mine ? row.site_b : row.site_a,
    book: mine ? row.book_a : row.book_b,
    partnerBook: mine ? row.book_b : row.book_a,
    weight: row.weight,
    placements: stringList(row.placements),
    status: swapStatus(row),
    proposedBy: row.site_a,
    createdAt: row.created_at,
    acceptedAt: row.accepted_at,
    endedAt: row.ended_at,
  };
};

/** A proposal the partner ended was declined; one its proposer ended, withdrawn. */
function swapStatus(row: Swap): 'proposed' | 'active' | 'ended' | 'declined' | 'withdrawn' {
  if (!row.ended_at) return row.active ? 'active' : 'proposed';
  if (row.accepted_at) return 'ended';
  return row.ended_by === row.site_b ? 'declined' : 'withdrawn';
}

/** The site whose admin API this is; the mount point supplies it (and has checked the token). */
function siteOf(c: Context<Env>): string {
  const site = c.req.param('site');
  if (!site) throw notFound('Site');
  return site;
}

/**
 * The author's side of list swaps, mounted under `/sites/:site/admin` behind the site's token:
 * books to lend, proposing, accepting and ending swaps, the ledger, and swap signups as CSV.
 */
export function adminSwapRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();

  const findSwap = async (site: string, swap: string): Promise<Swap> => {
    const row = await db
      .selectFrom('swaps')
      .selectAll()
      .where('id', '=', swap)
      .where((eb) => eb.or([eb('site_a', '=', site), eb('site_b', '=', site)]))
      .executeTakeFirst();
    // Another pair's swap is answered as missing: its existence is not this site's business.
    if (!row) throw notFound('Swap');
    return row;
  };

  app.get('/books', async (c) => {
    const rows = await db.selectFrom('books').selectAll().where('site_id', '=', siteOf(c)).orderBy('id').execute();
    return c.json({ books: rows.map(bookJson) });
  });

  app.put('/books/:book', ids('book'), json(BookInput), async (c) => {
    const site = siteOf(c);
    const { book } = c.req.valid('param');
    const input = c.req.valid('json');
    const values = {
      title: input.title,
      cover_url: input.coverUrl,
      blurb: input.blurb,
      genres: JSON.stringify([...new Set(input.genres)]),
      links: JSON.stringify(input.links),
    };
    const existing = await db.selectFrom('books').select('id').where('site_id', '=', site).where('id', '=', book).executeTakeFirst();
    if (existing) {
      await db.updateTable('books').set(values).where('site_id', '=', site).where('id', '=', book).execute();
    } else {
      await db.insertInto('books').values({ site_id: site, id: book, created_at: now(), ...values }).execute();
    }
    const row = await db.selectFrom('books').selectAll().where('site_id', '=', site).where('id', '=', book).executeTakeFirstOrThrow();
    return c.json(bookJson(row), existing ? 200 : 201);
  });

  app.delete('/books/:book', async (c) => {
    const site = siteOf(c);
    const book = c.req.param('book');
    const inUse = await db
      .selectFrom('swaps')
      .select('id')
      .where('ended_at', 'is', null)
      .where((eb) => eb.or([eb.and([eb('site_a', '=', site), eb('book_a', '=', book)]), eb.and([eb('site_b', '=', site), eb('book_b', '=', book)])]))
      .executeTakeFirst();
    if (inUse) throw new ApiError(409, 'in_use', 'This book is in a swap that has not ended; end the swap first.');
    const { numDeletedRows } = await db.deleteFrom('books').where('site_id', '=', site).where('id', '=', book).executeTakeFirst();
    if (!numDeletedRows) throw notFound('Book');
    return c.body(null, 204);
  });

  app.get('/swaps', async (c) => {
    const site = siteOf(c);
    const rows = await db
      .selectFrom('swaps')
      .selectAll()
      .where((eb) => eb.or([eb('site_a', '=', site), eb('site_b', '=', site)]))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return c.json({ swaps: rows.map((row) => swapJson(row, site)) });
  });

  app.post('/swaps', json(SwapInput), async (c) => {
    const site = siteOf(c);
    const input = c.req.valid('json');
    if (input.partner === site) throw new ApiError(422, 'invalid', 'A swap needs another author’s site.', 'partner');
    if (!(await deps.sites.get(input.partner))) throw new ApiError(404, 'not_found', 'Partner site not found.', 'partner');
    const [mine, theirs] = await Promise.all([
      db.selectFrom('books').select('id').where('site_id', '=', site).where('id', '=', input.book).executeTakeFirst(),
      db.selectFrom('books').select('id').where('site_id', '=', input.partner).where('id', '=', input.partnerBook).executeTakeFirst(),
    ]);
    if (!mine) throw new ApiError(404, 'not_found', 'Book not found.', 'book');
    if (!theirs) throw new ApiError(404, 'not_found', 'The partner’s book not found.', 'partnerBook');
    const row: Swap = {
      id: randomUUID(),
      site_a: site,
      book_a: input.book,
      site_b: input.partner,
      book_b: input.partnerBook,
      weight: input.weight,
      placements: JSON.stringify([...new Set(input.placements)]),
      // Nothing shows on the partner's pages until they agree.
      active: 0,
      created_at: now(),
      accepted_at: null,
      ended_at: null,
      ended_by: null,
    };
    await db.transaction().execute(async (trx) => {
      // Proposals between two sites take turns (on the first site's row, whichever proposes),
      // so the same two books are never in two open swaps, proposed from either side.
      await lockSite(trx, site < input.partner ? site : input.partner, deps.postgres);
      const open = await trx
        .selectFrom('swaps')
        .select('id')
        .where('ended_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb.and([eb('site_a', '=', site), eb('book_a', '=', input.book), eb('site_b', '=', input.partner), eb('book_b', '=', input.partnerBook)]),
            eb.and([eb('site_a', '=', input.partner), eb('book_a', '=', input.partnerBook), eb('site_b', '=', site), eb('book_b', '=', input.book)]),
          ]),
        )
        .executeTakeFirst();
      if (open) throw new ApiError(409, 'duplicate', 'These two books are already in a swap between you, proposed or running.');
      await trx.insertInto('swaps').values(row).execute();
    });
    return c.json(swapJson(row, site), 201);
  });

  app.post('/swaps/:swap/accept', async (c) => {
    const site = siteOf(c);
    const row = await findSwap(site, c.req.param('swap'));
    if (row.site_b !== site) throw new ApiError(403, 'forbidden', 'Only the author the swap was proposed to can accept it.');
    if (row.ended_at) throw new ApiError(409, 'ended', 'This swap has ended; propose a new one.');
    const accepted_at = row.accepted_at ?? now();
    await db.updateTable('swaps').set({ active: 1, accepted_at }).where('id', '=', row.id).execute();
    return c.json(swapJson({ ...row, active: 1, accepted_at }, site));
  });

  /** The partner says no to a proposal; it can then neither be accepted nor shown. */
  app.post('/swaps/:swap/decline', async (c) => {
    const site = siteOf(c);
    const row = await findSwap(site, c.req.param('swap'));
    if (row.site_b !== site) throw new ApiError(403, 'forbidden', 'Only the author the swap was proposed to can decline it; withdraw it by ending it.');
    if (row.accepted_at || row.ended_at) throw new ApiError(409, 'not_proposed', 'Only a proposal can be declined; end an accepted swap instead.');
    const ended_at = now();
    await db.updateTable('swaps').set({ active: 0, ended_at, ended_by: site }).where('id', '=', row.id).execute();
    return c.json(swapJson({ ...row, active: 0, ended_at, ended_by: site }, site));
  });

  app.post('/swaps/:swap/end', async (c) => {
    const site = siteOf(c);
    const row = await findSwap(site, c.req.param('swap'));
    const ended = row.ended_at ? { ended_at: row.ended_at, ended_by: row.ended_by } : { ended_at: now(), ended_by: site };
    await db.updateTable('swaps').set({ active: 0, ...ended }).where('id', '=', row.id).execute();
    return c.json(swapJson({ ...row, active: 0, ...ended }, site));
  });

  app.get('/ledger', async (c) => c.json(await ledger(db, siteOf(c))));

  /** The ledger day by day (UTC), for the console's chart. */
  app.get('/ledger/daily', query(DailyQuery), async (c) => {
    const { days } = c.req.valid('query');
    return c.json(await dailyLedger(db, siteOf(c), days));
  });

  app.get('/ledger.csv', async (c) => {
    const site = siteOf(c);
    const entries = await ledger(db, site);
    const csv = toCsv(
      ['swap', 'partner', 'sent_impressions', 'sent_clicks', 'sent_signups', 'received_impressions', 'received_clicks', 'received_signups'],
      entries.map((e) => [e.swap, e.partner, e.sent.impressions, e.sent.clicks, e.sent.signups, e.received.impressions, e.received.clicks, e.received.signups]),
    );
    return c.body(csv, 200, csvHeaders(`ledger-${site}.csv`));
  });

  app.get('/swap-signups.csv', async (c) => {
    const site = siteOf(c);
    const rows = await db
      .selectFrom('signups')
      .select(['email', 'name', 'swap_id', 'consent_text', 'consent_version', 'consented_at', 'source', 'status'])
      .where('site_id', '=', site)
      .where('swap_id', 'is not', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const csv = toCsv(
      ['email', 'name', 'swap', 'consent_text', 'consent_version', 'consented_at', 'source', 'status'],
      rows.map((r) => [r.email, r.name, r.swap_id, r.consent_text, r.consent_version, r.consented_at, r.source, r.status]),
    );
    return c.body(csv, 200, csvHeaders(`swap-signups-${site}.csv`));
  });

  return app;
}
