// The console's screens in a test page, against the real reference server: the page's /v1/ is
// passed through to it (test/support/reference-server.mjs), so signing in sets the session cookie
// on this origin exactly as on the console's own.
import { fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { Settings } from '../../console/api.js';
import { refreshSession } from '../../console/session.js';
import { currentLink, lastLink } from './mail.js';

/** A fresh address for each author a test invents. */
export const newEmail = (who = 'author'): string => `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;

/** Signs in as an author would (asks for a link, follows it), then loads the console's session. */
export async function signIn(email = newEmail()): Promise<string> {
  const before = await currentLink(email);
  const asked = await fetch('/v1/auth/sign-in/magic-link', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  if (!asked.ok) throw new Error(`sign-in link refused: ${asked.status}`);
  // The new link, not one this address got before: mail goes out a moment after the answer.
  const token = new URL(await lastLink(email, before)).searchParams.get('sign-in')!;
  const verified = await fetch(`/v1/auth/magic-link/verify?token=${encodeURIComponent(token)}`, { redirect: 'manual' });
  if (verified.status !== 200) throw new Error(`sign-in link did not work: ${verified.status}`);
  await refreshSession();
  return email;
}

/** Creates a site for the signed-in author through the API; returns its id. */
export async function createSite(settings: Partial<Settings> & { id?: string } = {}): Promise<string> {
  const id = settings.id ?? `site-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const response = await fetch('/v1/sites', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `${id} books`, authorName: 'Ada Author', origins: ['https://ada.example'], ...settings, id }),
  });
  if (response.status !== 201) throw new Error(`site not created: ${response.status} ${await response.text()}`);
  await refreshSession();
  return id;
}

/** A console screen in the page, once it has rendered its heading. */
export async function screen<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('h1'), 'screen rendered');
  return el;
}

export { html, lastLink };
