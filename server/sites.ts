import { createHash } from 'node:crypto';
import type { Db } from './db/open.js';
import type { SitesTable } from './db/schema.js';

export type Site = Omit<SitesTable, 'origins'> & { origins: string[] };

const TTL_MS = 5_000;

/**
 * Site records with a few seconds of memory: every public request needs its site (CORS, scope),
 * and sites change rarely. Another instance's change is seen within the TTL.
 */
export class SiteCache {
  readonly #entries = new Map<string, { site: Site | undefined; at: number }>();

  constructor(private readonly db: Db) {}

  async get(id: string): Promise<Site | undefined> {
    const cached = this.#entries.get(id);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.site;
    const row = await this.db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
    const site = row && { ...row, origins: JSON.parse(row.origins) as string[] };
    this.#entries.set(id, { site, at: Date.now() });
    return site;
  }

  forget(id: string): void {
    this.#entries.delete(id);
  }
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
