// The reference server's email, as a person would read it: the last link it sent to an address
// (the test runner keeps the links the server prints; see test/support/reference-server.mjs).
import { waitUntil } from '@open-wc/testing';

/** The last link the server emailed to an address, once its mail worker has sent it. */
export async function lastLink(email: string): Promise<string> {
  let link = '';
  await waitUntil(
    async () => {
      const response = await fetch(`/__reference-server/link?to=${encodeURIComponent(email)}`);
      link = response.ok ? await response.text() : '';
      return link !== '';
    },
    `an email with a link to ${email}`,
    { timeout: 5000 },
  );
  return link;
}
