// Who is signed in, and the one API client every screen uses. A 401 anywhere means the session
// ran out: the console then asks the author to sign in again, keeping the page they were on.
import { atom } from 'nanostores';
import { ConsoleApi, type Me } from './api.js';
import { $route, go, href } from './router.js';

export type Session = { state: 'loading' } | { state: 'signed-out'; expired?: boolean } | { state: 'signed-in'; me: Me };

export const $session = atom<Session>({ state: 'loading' });

export const api = new ConsoleApi(undefined, () => {
  if ($session.get().state === 'signed-in') $session.set({ state: 'signed-out', expired: true });
});

/**
 * Asks the server who is signed in (after loading, signing in, or creating a site). An author
 * who arrives at the console's bare address lands on their first site, or on creating one.
 */
export async function refreshSession(): Promise<void> {
  let me: Me;
  try {
    // Asked first so a signed-out visit makes no failing request (no 401 in the author's console).
    if (!(await api.signedIn())) throw new Error('signed out');
    me = await api.me();
  } catch {
    $session.set({ state: 'signed-out' });
    return;
  }
  $session.set({ state: 'signed-in', me });
  if ($route.get().name === 'none') go(me.sites[0] ? href(me.sites[0].id) : '#/new');
}

export async function signOut(): Promise<void> {
  await api.signOut().catch(() => undefined);
  $session.set({ state: 'signed-out' });
}
