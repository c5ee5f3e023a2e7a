import type { Db } from '../db/open.js';
import { now } from '../deps.js';

const EVERY_MS = 10 * 60_000;
/** Refused origins kept per site: enough to show an author their own mistake, not a flood's. */
const MAX_REFUSED = 20;

/**
 * Remembers which pages call a site's routes, so the console can tell an author "your widgets are
 * live on https://janedoe.com" or "requests from http://janedoe.test were refused: add it?".
 * Each instance writes a given site and origin at most every ten minutes; never awaited by the
 * request it comes from.
 */
export class OriginLog {
  readonly #written = new Map<string, number>();

  constructor(private readonly db: Db) {}

  record(site: string, origin: string, allowed: boolean): void {
    const key = `${site} ${origin} ${allowed}`;
    const last = this.#written.get(key);
    if (last !== undefined && Date.now() - last < EVERY_MS) return;
    if (this.#written.size > 10_000) this.#written.clear();
    this.#written.set(key, Date.now());
    void this.#write(site, origin.slice(0, 300), allowed).catch((error: unknown) => console.error('Could not record an origin:', error));
  }

  async #write(site: string, origin: string, allowed: boolean): Promise<void> {
    if (!allowed) {
      const { count } = await this.db
        .selectFrom('site_origins_seen')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('site_id', '=', site)
        .where('allowed', '=', 0)
        .executeTakeFirstOrThrow();
      if (Number(count) >= MAX_REFUSED) return;
    }
    const at = now();
    await this.db
      .insertInto('site_origins_seen')
      .values({ site_id: site, origin, allowed: allowed ? 1 : 0, last_seen_at: at })
      .onConflict((oc) => oc.columns(['site_id', 'origin']).doUpdateSet({ allowed: allowed ? 1 : 0, last_seen_at: at }))
      .execute();
  }
}
