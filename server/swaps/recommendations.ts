// What a site shows its readers from its swaps: the partners' books as recommendations, drawn by
// the swaps' weights (the rotation), matched to the card's placement. The public routes in
// routes/swaps.ts serve them; the ledger and counts live beside this file.
import type { Recommendation } from '../../src/api/schemas.js';
import { jsonList, stringList } from '../db/json.js';
import type { Db } from '../db/open.js';
import type { BooksTable, SwapsTable } from '../db/schema.js';
import { httpUrl } from '../http/validate.js';
import type { SiteCache } from '../sites/cache.js';
import { newsletters } from './newsletter.js';

/**
 * Up to `count` distinct indexes of `items`, drawn one after another with probability proportional
 * to the weights of those not drawn yet. Items with a weight of zero or less are never drawn.
 */
export function weightedSample<T>(items: readonly T[], weights: readonly number[], count: number, random: () => number = Math.random): T[] {
  const pool = items.flatMap((item, i) => ((weights[i] ?? 0) > 0 ? [{ item, weight: weights[i]! }] : []));
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const total = pool.reduce((sum, p) => sum + p.weight, 0);
    let r = random() * total;
    // Rounding can leave r a hair above the last weight; the last entry then takes it.
    let index = pool.length - 1;
    for (let i = 0; i < pool.length; i++) {
      r -= pool[i]!.weight;
      if (r < 0) {
        index = i;
        break;
      }
    }
    picked.push(pool[index]!.item);
    pool.splice(index, 1);
  }
  return picked;
}

const placementMatches = (placements: string, placement: string | undefined): boolean => {
  const list = stringList(placements);
  return list.length === 0 || (placement !== undefined && list.includes(placement));
};

/** The other side of a swap as seen from `site`, or `undefined` if the swap does not involve it. */
export function partnerOf(swap: Pick<SwapsTable, 'site_a' | 'book_a' | 'site_b' | 'book_b'>, site: string): { site: string; book: string } | undefined {
  if (swap.site_a === site) return { site: swap.site_b, book: swap.book_b };
  if (swap.site_b === site) return { site: swap.site_a, book: swap.book_a };
  return undefined;
}

function bookItem(swap: string, author: string, book: BooksTable, consent: Recommendation['newsletter']): Recommendation {
  const links = jsonList(book.links).flatMap((link) => {
    if (typeof link !== 'object' || link === null) return [];
    const { retailer, url } = link as Record<string, unknown>;
    const safe = httpUrl(url);
    return typeof retailer === 'string' && safe ? [{ retailer, url: safe }] : [];
  });
  return {
    swap,
    author: { name: author },
    title: book.title,
    coverUrl: httpUrl(book.cover_url) ?? null,
    blurb: book.blurb,
    genres: stringList(book.genres),
    links,
    newsletter: consent,
  };
}

/** Every partner book `site` may show at `placement`, with the swap's rotation weight. */
export async function candidates(db: Db, sites: SiteCache, site: string, placement: string | undefined): Promise<Array<{ item: Recommendation; weight: number }>> {
  const swaps = await db
    .selectFrom('swaps')
    .selectAll()
    .where('active', '=', 1)
    .where((eb) => eb.or([eb('site_a', '=', site), eb('site_b', '=', site)]))
    .orderBy('id')
    .execute();
  const sides = swaps.flatMap((swap) => {
    const partner = partnerOf(swap, site);
    return partner && partner.site !== site && placementMatches(swap.placements, placement) ? [{ swap, partner }] : [];
  });
  if (sides.length === 0) return [];

  const partners = [...new Set(sides.map((s) => s.partner.site))];
  const [books, lists, authors] = await Promise.all([
    db
      .selectFrom('books')
      .selectAll()
      .where((eb) => eb.or(sides.map(({ partner }) => eb.and([eb('site_id', '=', partner.site), eb('id', '=', partner.book)]))))
      .execute(),
    newsletters(db, partners),
    Promise.all(partners.map((p) => sites.get(p))),
  ]);
  return sides.flatMap(({ swap, partner }) => {
    const book = books.find((b) => b.site_id === partner.site && b.id === partner.book);
    const author = authors.find((a) => a?.id === partner.site);
    // A swap whose book was deleted has nothing to show.
    if (!book || !author) return [];
    const group = lists.get(partner.site);
    const newsletter = group ? { consent: { text: group.consent_text, version: group.consent_version } } : null;
    return [{ item: bookItem(swap.id, author.author_name, book, newsletter), weight: swap.weight }];
  });
}
