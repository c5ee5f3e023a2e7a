// Where the author is in the console, in the URL's hash so every screen has an address that
// survives a reload and works with Back: `#/new` (create a site) or `#/<site>/<screen>/<rest…>`.
import { atom } from 'nanostores';

export const SCREENS = ['home', 'groups', 'events', 'swaps', 'embed', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export type Route = { name: 'new' } | { name: 'none' } | { name: 'site'; site: string; screen: Screen; rest: string[] };

export function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'new') return { name: 'new' };
  if (!parts[0]) return { name: 'none' };
  const screen = (SCREENS as readonly string[]).includes(parts[1] ?? '') ? (parts[1] as Screen) : 'home';
  return { name: 'site', site: parts[0], screen, rest: parts.slice(2) };
}

export const href = (site: string, screen: Screen = 'home', ...rest: string[]): string =>
  `#/${[site, screen, ...rest].map(encodeURIComponent).join('/')}`;

export const $route = atom<Route>(parse(location.hash));

addEventListener('hashchange', () => $route.set(parse(location.hash)));

/** Goes to a route as a link would (a history entry; Back returns). */
export function go(to: string): void {
  if (location.hash === to) $route.set(parse(to));
  else location.hash = to;
}
