// Single-use confirmation links, for signups and RSVPs alike: made here, opened at
// /v1/confirm/:token (routes/confirm.ts). Only the token's hash is stored.
import { randomToken, sha256 } from './crypto.js';

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 7 * 24 * 3600_000;

/** The stored half of a new link: its hash, expiry and (not yet) use. */
export interface ConfirmationRow {
  token_hash: string;
  expires_at: string;
  used_at: null;
}

/** A new link: `store` keeps its row (with the signup's or RSVP's id), and the link to email is returned. */
export async function confirmationLink(publicUrl: string, store: (row: ConfirmationRow) => Promise<unknown>): Promise<string> {
  const token = randomToken();
  await store({ token_hash: sha256(token), expires_at: new Date(Date.now() + CONFIRM_TTL_MS).toISOString(), used_at: null });
  return `${publicUrl}/v1/confirm/${token}`;
}
