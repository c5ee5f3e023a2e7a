// Who may do what: a site's owners (authors, by email), and who may create sites at all.
import type { Db } from '../db/open.js';
import type { NewSites } from '../config.js';
import { now } from '../deps.js';

/** Whether an email may create a site under the operator's policy. */
export async function mayCreateSites(db: Db, email: string, policy: NewSites): Promise<boolean> {
  if (policy === 'open') return true;
  if (policy === 'closed') return false;
  return Boolean(await db.selectFrom('invited_authors').select('email').where('email', '=', email).executeTakeFirst());
}

/** Whether a sign-in link may be sent: to anyone when sites are open, else to owners and invited authors. */
export async function mayReceiveSignInLink(db: Db, email: string, policy: NewSites): Promise<boolean> {
  if (policy === 'open' || (await mayCreateSites(db, email, policy))) return true;
  return Boolean(await db.selectFrom('site_owners').select('email').where('email', '=', email).executeTakeFirst());
}

export async function isOwner(db: Db, site: string, email: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('site_owners').select('email').where('site_id', '=', site).where('email', '=', email).executeTakeFirst(),
  );
}

/** The sites an email owns, by name. */
export async function sitesOwnedBy(db: Db, email: string): Promise<Array<{ id: string; name: string }>> {
  return db
    .selectFrom('site_owners')
    .innerJoin('sites', 'sites.id', 'site_owners.site_id')
    .select(['sites.id', 'sites.name'])
    .where('site_owners.email', '=', email)
    .orderBy('sites.name')
    .execute();
}

export async function listOwners(db: Db, site: string) {
  return db
    .selectFrom('site_owners')
    .select(['email', 'added_by', 'added_at'])
    .where('site_id', '=', site)
    .orderBy('added_at')
    .orderBy('email')
    .execute();
}

/** Adds an owner; says whether they were new. */
export async function addOwner(db: Db, site: string, email: string, by: string): Promise<boolean> {
  const result = await db
    .insertInto('site_owners')
    .values({ site_id: site, email, added_by: by, added_at: now() })
    .onConflict((oc) => oc.columns(['site_id', 'email']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Allows an email to create sites when they are invite-only. */
export async function inviteAuthor(db: Db, email: string, by: string): Promise<void> {
  await db
    .insertInto('invited_authors')
    .values({ email, invited_by: by, invited_at: now() })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
}
