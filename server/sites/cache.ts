import type { Selectable } from 'kysely';
import { stringList } from '../db/json.js';
import type { Db } from '../db/open.js';
import type { SitesTable } from '../db/schema.js';

/** A site as the server uses it, its JSON columns read. */
export type Site = Omit<Selectable<SitesTable>, 'origins' | 'genres' | 'listed'> & { origins: string[]; genres: string[]; listed: boolean };

const TTL_MS = 5_000;

export const siteOf = (row: Selectable<SitesTable>): Site => ({
  ...row,
  origins: stringList(row.origins),
  genres: stringList(row.genres),
  listed: Boolean(row.listed),
});

/**
 * Site records with a few seconds of memory: every public request needs its site (CORS, scope),
 * and sites change rarely. Another instance's change is seen within the TTL; this instance's
 * own changes are forgotten at once.
 */
export class SiteCache {
  readonly #entries = new Map<string, { site: Site | undefined; at: number }>();

  constructor(private readonly db: Db) {}

  async get(id: string): Promise<Site | undefined> {
    const cached = this.#entries.get(id);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.site;
    const row = await this.db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
    const site = row && siteOf(row);
    if (this.#entries.size > 10_000) this.#entries.clear();
    this.#entries.set(id, { site, at: Date.now() });
    return site;
  }

  forget(id: string): void {
    this.#entries.delete(id);
  }
}
