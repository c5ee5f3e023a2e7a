import type { SalonBackend, SwapEventsParams } from '../api/backend.js';
import type { Recommendation } from '../api/schemas.js';
import { safeUrl } from '../internal/url.js';
import { persisted } from './persist.js';

/**
 * The store the reader shops at ("Kobo"), which swap cards list first. Kept in this site's
 * localStorage only: it is a preference, never sent anywhere.
 */
export const $shop = /* @__PURE__ */ persisted<string>('salon:shop', '', (v): v is string => typeof v === 'string');

/** A book's retailer links with only `http:`/`https:` URLs, the reader's store first. */
export function shopLinks(links: Recommendation['links'], shop: string): Recommendation['links'] {
  const safe = links.filter((link) => safeUrl(link.url));
  return shop ? [...safe.filter((l) => l.retailer === shop), ...safe.filter((l) => l.retailer !== shop)] : safe;
}

/** A blurb short enough for a card: a backend may send anything, including megabytes. */
export const clip = (text: string, max = 1200): string => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

type SwapEvent = SwapEventsParams['events'][number];

const batches = new Map<SalonBackend, Map<string, SwapEvent[]>>();
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

/** Sends every waiting count now, one request per backend and token (sendBeacon with the REST backend). */
export function flushSwapEvents(): void {
  clearTimeout(timer);
  timer = undefined;
  for (const [backend, byToken] of batches) {
    for (const [token, events] of byToken) {
      for (let i = 0; i < events.length; i += 50) {
        // Counts are best effort: a failure loses a count, never the page's calm.
        backend.recordSwapEvents({ token, events: events.slice(i, i + 50) }, {}).catch(() => {});
      }
    }
  }
  batches.clear();
}

/**
 * Counts an impression or a click for a swap, with the backend's signed token. Counts are
 * batched for a second and sent at once when the page is hidden or left, so none is lost on
 * unload. They carry no identifier of the reader, whatever the page's privacy signals.
 */
export function countSwap(backend: SalonBackend, token: string, event: SwapEvent): void {
  let byToken = batches.get(backend);
  if (!byToken) batches.set(backend, (byToken = new Map()));
  byToken.get(token)?.push(event) ?? byToken.set(token, [event]);
  if (!listening) {
    listening = true;
    addEventListener('pagehide', flushSwapEvents);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushSwapEvents());
  }
  timer ??= setTimeout(flushSwapEvents, 1000);
}
