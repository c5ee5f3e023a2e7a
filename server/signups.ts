// Joining a group, for a group's form and a swap card's newsletter alike: one transaction that
// takes the group's lock, finds the reader's earlier signup, counts the seats held, stores the
// signup with its proof of consent, and queues the email that goes with it. The answer is the
// same whether or not the address signed up before, and one address gets at most one email of a
// kind per group every ten minutes, so a form cannot tell who is a member nor bomb an inbox.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { confirmationLink } from './confirmations.js';
import { sha256 } from './crypto.js';
import { lockSeats } from './db/locks.js';
import type { Database, GroupsTable, SignupsTable } from './db/schema.js';
import { type Deps, now } from './deps.js';
import { queueMail, recentlyQueued } from './mail/queue.js';
import { readerLang, signupMail, type GroupMail } from './mail/readers.js';

/** How long a signup waiting for its confirmation keeps a seat (of a group with seats). */
export const HOLD_MS = 24 * 3600_000;
const MAIL_INTERVAL_MS = 10 * 60_000;

type Status = SignupsTable['status'];

/** Seats taken: confirmed signups, and pending ones whose hold has not run out. */
export async function seatsTaken(db: Kysely<Database>, site: string, group: string): Promise<number> {
  const { count } = await db
    .selectFrom('signups')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('site_id', '=', site)
    .where('group_id', '=', group)
    .where((eb) => eb.or([eb('status', '=', 'confirmed'), eb.and([eb('status', '=', 'pending_confirmation'), eb('hold_until', '>', now())])]))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export interface Joining {
  site: string;
  group: GroupsTable;
  /** The author whose list it is, for the email. */
  author: string;
  email: string;
  name: string;
  answers: Record<string, string | string[]>;
  source: string;
  /** The widget's language, for the reader's emails and confirmation page. */
  lang: string;
  /** The swap whose card brought the reader; its token, so the signup counts once per token. */
  swap?: { id: string; fromSite: string; tokenHash: string };
}

/**
 * Signs a reader up (or finds their signup) and queues the email; wakes the mail worker once the
 * transaction is in. The answer: `waitlisted` when the group is full, else `pending_confirmation`
 * for double opt-in, `confirmed` otherwise — for a new address and a known one alike.
 */
export async function join(deps: Deps, j: Joining): Promise<{ status: Status }> {
  const { db, postgres, publicUrl } = deps;
  const result = await db.transaction().execute(async (trx) => {
    const seats = await lockSeats(trx, 'groups', j.site, j.group.id, postgres);
    // Seats freed since the last look go to the waitlist first: a newcomer does not jump it.
    const promoted = await fillSeats(trx, publicUrl, j.site, { ...j.group, seats }, j.author);
    const full = seats !== null && (await seatsTaken(trx, j.site, j.group.id)) >= seats;
    const fresh: Status = full ? 'waitlisted' : j.group.double_opt_in ? 'pending_confirmation' : 'confirmed';
    const existing = await trx
      .selectFrom('signups')
      .select(['id', 'status', 'hold_until'])
      .where('site_id', '=', j.site)
      .where('group_id', '=', j.group.id)
      .where('email', '=', j.email)
      .executeTakeFirst();
    const kind = `signup:${j.site}/${j.group.id}`;
    const quiet = await recentlyQueued(trx, j.email, kind, MAIL_INTERVAL_MS);

    if (existing) {
      if (existing.status === 'pending_confirmation' && !quiet) {
        // Asked again while pending: a new link, and the seat held again if one is free.
        if (seats !== null && !full) await trx.updateTable('signups').set({ hold_until: new Date(Date.now() + HOLD_MS).toISOString() }).where('id', '=', existing.id).execute();
        await queueConfirmation(trx, publicUrl, existing.id, addressee(j), kind);
      } else if (existing.status === 'confirmed' && j.group.double_opt_in && !quiet) {
        await queueMail(trx, { kind, to: j.email, ...signupMail[readerLang(j.lang)].alreadyIn(addressee(j)) });
      }
      // What a new signup would have been told: a known address learns nothing more.
      const told: Status = existing.status === 'waitlisted' || !j.group.double_opt_in ? existing.status : fresh === 'waitlisted' ? 'pending_confirmation' : fresh;
      return { status: told, queued: !quiet || promoted > 0 };
    }

    const at = now();
    const id = randomUUID();
    await trx
      .insertInto('signups')
      .values({
        id,
        site_id: j.site,
        group_id: j.group.id,
        email: j.email,
        name: j.name,
        answers: JSON.stringify(j.answers),
        status: fresh,
        consent_text: j.group.consent_text,
        consent_version: j.group.consent_version,
        consented_at: at,
        source: j.source,
        lang: j.lang,
        swap_id: j.swap?.id ?? null,
        created_at: at,
        confirmed_at: fresh === 'confirmed' ? at : null,
        hold_until: fresh === 'pending_confirmation' && seats !== null ? new Date(Date.now() + HOLD_MS).toISOString() : null,
      })
      .execute();
    if (j.swap) {
      await trx
        .insertInto('swap_events')
        .values({ id: randomUUID(), swap_id: j.swap.id, from_site: j.swap.fromSite, to_site: j.site, type: 'signup', at, token_hash: j.swap.tokenHash })
        .onConflict((oc) => oc.columns(['token_hash', 'swap_id', 'type']).where('token_hash', 'is not', null).doNothing())
        .execute();
    }
    if (fresh === 'pending_confirmation') await queueConfirmation(trx, publicUrl, id, addressee(j), kind);
    return { status: fresh, queued: fresh === 'pending_confirmation' || promoted > 0 };
  });
  if (result.queued) deps.mailer.wake();
  return { status: result.status };
}

/** Who a signup's emails go to, in which language, and what they name. */
interface Addressee extends GroupMail {
  email: string;
  lang: string;
}

/**
 * A single-use confirmation link for a pending signup (only its hash is kept), and its email,
 * queued; `opened`: the seat is one the waitlist just freed for them.
 */
async function queueConfirmation(trx: Kysely<Database>, publicUrl: string, signupId: string, to: Addressee, kind: string, opened = false): Promise<void> {
  const link = await confirmationLink(publicUrl, (row) => trx.insertInto('confirmations').values({ ...row, signup_id: signupId }).execute());
  const texts = signupMail[readerLang(to.lang)];
  await queueMail(trx, { kind, to: to.email, ...(opened ? texts.opened(to, link) : texts.confirm(to, link)), link });
}

/**
 * The waitlist moves: the group's free seats go to the readers who have waited longest, before
 * any newcomer, whenever seats may have freed (a hold ran out, the author added seats or removed
 * a signup) and before a signup or a confirmation is counted. A reader whose address is proven
 * (they confirmed it, or the group asks for no confirmation) is in at once and told so; anyone
 * else is sent a new link and their seat held for a day, as a new signup's would be. Runs in the
 * caller's transaction with the group's row locked (`lockSeats`); returns how many emails it
 * queued (wake the mailer once the transaction is in).
 */
export async function fillSeats(trx: Kysely<Database>, publicUrl: string, site: string, group: Pick<GroupsTable, 'id' | 'name' | 'seats' | 'double_opt_in'>, author: string): Promise<number> {
  const free = group.seats === null ? Infinity : group.seats - (await seatsTaken(trx, site, group.id));
  if (free <= 0) return 0;
  let next = trx
    .selectFrom('signups')
    .select(['id', 'email', 'name', 'lang'])
    .select((eb) =>
      eb.exists(eb.selectFrom('confirmations').select('confirmations.signup_id').whereRef('confirmations.signup_id', '=', 'signups.id').where('confirmations.used_at', 'is not', null)).as('proven'),
    )
    .where('site_id', '=', site)
    .where('group_id', '=', group.id)
    .where('status', '=', 'waitlisted')
    .orderBy('created_at')
    .orderBy('id');
  if (free !== Infinity) next = next.limit(free);
  const waiting = await next.execute();
  const kind = `waitlist:${site}/${group.id}`;
  for (const reader of waiting) {
    const to = { email: reader.email, name: reader.name, group: group.name, author, lang: reader.lang };
    if (!group.double_opt_in || Boolean(reader.proven)) {
      await trx.updateTable('signups').set({ status: 'confirmed', confirmed_at: now(), hold_until: null }).where('id', '=', reader.id).execute();
      await queueMail(trx, { kind, to: reader.email, ...signupMail[readerLang(reader.lang)].admitted(to) });
    } else {
      await trx.updateTable('signups').set({ status: 'pending_confirmation', hold_until: new Date(Date.now() + HOLD_MS).toISOString() }).where('id', '=', reader.id).execute();
      await queueConfirmation(trx, publicUrl, reader.id, to, kind, true);
    }
  }
  return waiting.length;
}

/**
 * `fillSeats` for a group known by its id: takes the group's lock first. For the sweep, the
 * author's changes and confirmations. Returns the group's seats (read under the lock) and how
 * many emails it queued.
 */
export async function fillGroup(trx: Kysely<Database>, publicUrl: string, site: string, groupId: string, postgres: boolean): Promise<{ seats: number | null; told: number }> {
  const seats = await lockSeats(trx, 'groups', site, groupId, postgres);
  const group = await trx
    .selectFrom('groups')
    .innerJoin('sites', 'sites.id', 'groups.site_id')
    .select(['groups.id', 'groups.name', 'groups.double_opt_in', 'sites.author_name'])
    .where('groups.site_id', '=', site)
    .where('groups.id', '=', groupId)
    .executeTakeFirstOrThrow();
  return { seats, told: await fillSeats(trx, publicUrl, site, { ...group, seats }, group.author_name) };
}

const addressee = (j: Joining): Addressee => ({ email: j.email, name: j.name, group: j.group.name, author: j.author, lang: j.lang });

/** What a signup's confirmation link leads to: `ready` to use, just `confirmed`, `used` before, or `expired`. */
export interface SignupConfirmation {
  state: 'ready' | 'confirmed' | 'used' | 'expired';
  signupId: string;
  group: string;
  status: Status;
  /** The reader's language, for the page. */
  lang: string;
}

/** Looks a link up, without using it (a GET, a mail scanner's HEAD). */
export async function findSignupConfirmation(db: Kysely<Database>, token: string): Promise<SignupConfirmation | undefined> {
  const row = await db
    .selectFrom('confirmations')
    .innerJoin('signups', 'signups.id', 'confirmations.signup_id')
    .innerJoin('groups', (join) => join.onRef('groups.site_id', '=', 'signups.site_id').onRef('groups.id', '=', 'signups.group_id'))
    .select(['confirmations.expires_at', 'confirmations.used_at', 'signups.id', 'signups.status', 'signups.lang', 'groups.name'])
    .where('confirmations.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return undefined;
  return { state: row.used_at ? 'used' : row.expires_at < now() ? 'expired' : 'ready', signupId: row.id, group: row.name, status: row.status, lang: row.lang };
}

/**
 * Uses a link: the signup becomes `confirmed` — or `waitlisted` if its seat hold ran out and
 * the group filled meanwhile. Used once (two clicks at once confirm once).
 */
export async function confirmSignup(deps: Deps, token: string): Promise<SignupConfirmation | undefined> {
  const found = await findSignupConfirmation(deps.db, token);
  if (!found || found.state !== 'ready') return found;
  let promoted = 0;
  const used = await deps.db.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('confirmations').set({ used_at: now() }).where('token_hash', '=', sha256(token)).where('used_at', 'is', null).executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) return false;
    const row = await trx.selectFrom('signups').selectAll().where('id', '=', found.signupId).executeTakeFirstOrThrow();
    if (row.status !== 'pending_confirmation') return true;
    // The group's lock, and free seats to the waitlist first (this reader, pending, is not on it).
    const { seats, told } = await fillGroup(trx, deps.publicUrl, row.site_id, row.group_id, deps.postgres);
    promoted = told;
    const held = row.hold_until !== null && row.hold_until > now();
    const full = !held && seats !== null && (await seatsTaken(trx, row.site_id, row.group_id)) >= seats;
    const at = now();
    await trx
      .updateTable('signups')
      .set(full ? { status: 'waitlisted', hold_until: null } : { status: 'confirmed', confirmed_at: at, hold_until: null })
      .where('id', '=', row.id)
      .execute();
    return true;
  });
  if (promoted) deps.mailer.wake();
  const after = (await findSignupConfirmation(deps.db, token))!;
  return used ? { ...after, state: 'confirmed' } : after;
}
