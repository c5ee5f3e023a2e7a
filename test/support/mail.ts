// The reference server's email, as a person would read it: the last link it sent to an address
// (the test runner keeps the links the server prints; see test/support/reference-server.mjs).
import { waitUntil } from '@open-wc/testing';

/** The link the server emailed to an address last, or '' if none yet. */
export async function currentLink(email: string): Promise<string> {
  const response = await fetch(`/__reference-server/link?to=${encodeURIComponent(email)}`);
  return response.ok ? response.text() : '';
}

/**
 * The last link the server emailed to an address, once its mail worker has sent it; with
 * `other`, a link other than that one (the one a request just asked for, not an earlier one).
 */
export async function lastLink(email: string, other = ''): Promise<string> {
  let link = '';
  await waitUntil(
    async () => {
      link = await currentLink(email);
      return link !== '' && link !== other;
    },
    `an email with a link to ${email}`,
    { timeout: 5000 },
  );
  return link;
}
