// Named bearer tokens for a site's admin API, for scripts and the author's web person. A token
// is shown once, when made; only its hash is kept, and it can be revoked at any time.
import { randomUUID } from 'node:crypto';
import { randomToken, sha256 } from '../crypto.js';
import type { Db } from '../db/open.js';
import { now } from '../deps.js';

/** Tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
const PREFIX = 'salon_';

export interface TokenInfo {
  id: string;
  name: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Makes a token; returns it in full, the only time it exists outside the caller's hands. */
export async function createToken(
  db: Db,
  site: string,
  name: string,
  by: string,
  secret: string = PREFIX + randomToken(32),
): Promise<TokenInfo & { token: string }> {
  const row = { id: randomUUID(), site_id: site, name, token_hash: sha256(secret), created_by: by, created_at: now() };
  await db.insertInto('api_tokens').values({ ...row, last_used_at: null, revoked_at: null }).execute();
  return { id: row.id, name, createdBy: by, createdAt: row.created_at, lastUsedAt: null, token: secret };
}

/** Revokes every live token of a site with this name, then makes a new one under it. */
export async function rotateToken(db: Db, site: string, name: string, by: string, secret?: string) {
  await db.updateTable('api_tokens').set({ revoked_at: now() }).where('site_id', '=', site).where('name', '=', name).where('revoked_at', 'is', null).execute();
  return createToken(db, site, name, by, secret);
}

/** Says whether a token is revoked now (it was live and of this site). */
export async function revokeToken(db: Db, site: string, id: string): Promise<boolean> {
  const { numUpdatedRows } = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now() })
    .where('site_id', '=', site)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return numUpdatedRows > 0n;
}

export async function listTokens(db: Db, site: string): Promise<TokenInfo[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_by', 'created_at', 'last_used_at'])
    .where('site_id', '=', site)
    .where('revoked_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdBy: r.created_by, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
}

/**
 * The live token of `site` this secret is, or `undefined`. Looked up by hash: the lookup learns
 * nothing an attacker could time. Use is recorded at most once a minute.
 */
export async function findToken(db: Db, site: string, secret: string): Promise<TokenInfo | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_by', 'created_at', 'last_used_at'])
    .where('token_hash', '=', sha256(secret))
    .where('site_id', '=', site)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const at = now();
  if (!row.last_used_at || Date.parse(at) - Date.parse(row.last_used_at) > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', row.id).execute();
  }
  return { id: row.id, name: row.name, createdBy: row.created_by, createdAt: row.created_at, lastUsedAt: at };
}
