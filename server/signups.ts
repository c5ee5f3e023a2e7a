// How a signup is stored and confirmed, for a group's form and a swap card's newsletter alike.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from './db/open.js';
import type { Database, GroupsTable, SignupsTable } from './db/schema.js';
import { type Deps, now } from './deps.js';
import { sha256 } from './crypto.js';

const CONFIRM_TTL_MS = 7 * 24 * 3600_000;

export interface NewSignup {
  site: string;
  group: Pick<GroupsTable, 'id' | 'consent_text' | 'consent_version'>;
  email: string;
  name: string;
  answers: Record<string, string | string[]>;
  status: SignupsTable['status'];
  source: string;
  /** The swap whose card brought the reader, if any. */
  swap: string | null;
}

/**
 * Stores a signup with its proof of consent: the consent text and version the reader agreed to,
 * when, and from which page. Returns its id.
 */
export async function insertSignup(db: Kysely<Database>, signup: NewSignup): Promise<string> {
  const id = randomUUID();
  const at = now();
  await db
    .insertInto('signups')
    .values({
      id,
      site_id: signup.site,
      group_id: signup.group.id,
      email: signup.email,
      name: signup.name,
      answers: JSON.stringify(signup.answers),
      status: signup.status,
      consent_text: signup.group.consent_text,
      consent_version: signup.group.consent_version,
      consented_at: at,
      source: signup.source,
      swap_id: signup.swap,
      created_at: at,
      confirmed_at: signup.status === 'confirmed' ? at : null,
    })
    .execute();
  return id;
}

/** Creates a single-use confirmation link for a pending signup; only its hash is stored. */
export async function confirmationLink(db: Db, publicUrl: string, signupId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db
    .insertInto('confirmations')
    .values({
      token_hash: sha256(token),
      signup_id: signupId,
      expires_at: new Date(Date.now() + CONFIRM_TTL_MS).toISOString(),
      used_at: null,
    })
    .execute();
  return `${publicUrl}/v1/confirm/${token}`;
}

/**
 * Emails a pending signup its confirmation link (double opt-in). Sending happens after the
 * answer; a failure is logged and the signup stays pending.
 */
export async function sendConfirmation(
  deps: Deps,
  { signupId, email, name, list, purpose }: { signupId: string; email: string; name: string; list: string; purpose: string },
): Promise<void> {
  const link = await confirmationLink(deps.db, deps.publicUrl, signupId);
  deps.mailer
    .send({
      to: email,
      subject: `Please confirm: ${list}`,
      text: `Hello${name ? ` ${name}` : ''},\n\nPlease confirm that you want to ${purpose}:\n\n${link}\n\nIf you did not ask for this, ignore this email and nothing will happen.\n`,
      link,
    })
    .catch((error: unknown) => console.error(`Could not send the confirmation email for signup ${signupId}:`, error));
}
