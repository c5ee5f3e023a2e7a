// Which of a partner's groups a swap card offers as "their newsletter": the recommendations show
// its consent and the card's signup joins it, so both ask here and always agree on the group.
import { jsonList } from '../db/json.js';
import type { Db } from '../db/open.js';
import type { GroupsTable } from '../db/schema.js';

/**
 * The group that stands for a site's newsletter among `groups` (all of the same site): one of kind
 * `newsletter` with no required question (the card asks only for an email), whatever its id (the
 * console makes ids from names, "My Monthly Letter" → `my-monthly-letter`). With several, the one whose id is `newsletter` (the demo's and the early
 * docs' choice, so a site that had it keeps it), else the earliest created, then the smallest id:
 * a new newsletter added later never takes over the one readers were already offered.
 */
export function pickNewsletter<G extends Pick<GroupsTable, 'id' | 'kind' | 'created_at' | 'fields'>>(groups: readonly G[]): G | undefined {
  return groups
    // The card asks only for an email: a newsletter with a required question cannot be joined from it.
    .filter((g) => g.kind === 'newsletter' && !jsonList(g.fields).some((f) => (f as { required?: boolean }).required))
    .sort((a, b) => Number(b.id === 'newsletter') - Number(a.id === 'newsletter') || a.created_at.localeCompare(b.created_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

/** Each of `sites`' newsletter (see pickNewsletter), by site; a site without one is absent. */
export async function newsletters(db: Db, sites: readonly string[]): Promise<Map<string, GroupsTable>> {
  if (sites.length === 0) return new Map();
  const rows = await db.selectFrom('groups').selectAll().where('kind', '=', 'newsletter').where('site_id', 'in', sites).execute();
  return new Map(
    sites.flatMap((site) => {
      const group = pickNewsletter(rows.filter((g) => g.site_id === site));
      return group ? [[site, group] as const] : [];
    }),
  );
}
