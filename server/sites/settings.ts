// A site's settings as the author edits them, and creating a site (from the console or the
// operator's command line).
import * as v from 'valibot';
import type { Db } from '../db/open.js';
import { now } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { Id, required, text } from '../http/validate.js';
import type { Site } from './cache.js';
import { Origins } from './origins.js';
import { addOwner } from './owners.js';

/** A BCP 47 language tag, canonicalised (`pt-br` → `pt-BR`). */
const Lang = v.pipe(
  v.string(),
  v.trim(),
  v.check((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'Expected a language tag such as en, fr or pt-BR.'),
  v.transform((tag) => Intl.getCanonicalLocales(tag)[0]!),
);

const Name = required(200, 'Please enter a name.');

/** Site ids appear in every widget's URL; these would confuse readers or the API. */
const RESERVED = new Set(['admin', 'api', 'console', 'cdn', 'v1', 'www', 'new']);

export const SiteId = v.pipe(
  Id,
  v.minLength(2, 'Use at least 2 characters.'),
  v.check((id) => !RESERVED.has(id), 'This id is reserved; choose another.'),
);

export const SettingsInput = v.object({
  name: Name,
  authorName: Name,
  origins: v.optional(Origins, []),
  lang: v.optional(Lang, 'en'),
  listed: v.optional(v.boolean(), false),
  genres: v.optional(
    v.pipe(
      v.array(v.pipe(required(50), v.toLowerCase())),
      v.maxLength(10, 'At most 10 genres.'),
      v.transform((genres) => [...new Set(genres)]),
    ),
    [],
  ),
  about: v.optional(text(500), ''),
});

export const NewSiteInput = v.object({ id: SiteId, ...SettingsInput.entries });

export type Settings = v.InferOutput<typeof SettingsInput>;

/** A site as its owners see it. */
export const siteJson = (site: Site) => ({
  id: site.id,
  name: site.name,
  authorName: site.author_name,
  origins: site.origins,
  lang: site.lang,
  listed: site.listed,
  genres: site.genres,
  about: site.about,
  createdAt: site.created_at,
});

const columns = (input: Settings) => ({
  name: input.name,
  author_name: input.authorName,
  origins: JSON.stringify(input.origins),
  lang: input.lang,
  listed: input.listed ? 1 : 0,
  genres: JSON.stringify(input.genres),
  about: input.about,
});

/** Creates a site with its first owners; 409 if the id is taken. */
export async function createSite(db: Db, input: v.InferOutput<typeof NewSiteInput>, owners: string[], by: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('sites')
      .values({ id: input.id, ...columns(input), created_at: now() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
      throw new ApiError(409, 'taken', `The site id "${input.id}" is taken; choose another.`, 'id');
    }
    for (const email of owners) await addOwner(trx, input.id, email, by);
  });
}

export async function updateSettings(db: Db, site: string, input: Settings): Promise<void> {
  await db.updateTable('sites').set(columns(input)).where('id', '=', site).execute();
}
