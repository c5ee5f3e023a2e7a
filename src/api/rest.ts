import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type {
  EventsParams,
  GroupParams,
  RecommendationsParams,
  RequestOptions,
  RsvpParams,
  SalonBackend,
  SignupParams,
  SwapEventsParams,
  SwapSignupParams,
} from './backend.js';
import { SalonError, besideField, isAbort } from './errors.js';
import { randomId } from '../internal/random-id.js';
import type { EventList, Group, Recommendations, RsvpResult, SignupResult } from './schemas.js';

export interface RestBackendOptions {
  /** Base URL of the API, e.g. `https://api.example.com` (the `/v1/…` paths are appended). */
  api: string;
  /** Milliseconds to wait for each response. Default 10 s. */
  timeout?: number;
  /** How many times a failed GET is retried, with backoff. Writes are never retried here. */
  retries?: number;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
}

const seg = encodeURIComponent;

/** The shape of every error body the contract allows: `{"error": {"code", "message", "field"}}`. */
interface ErrorBody {
  error?: { code?: string; message?: string; field?: string };
}

async function toError(error: unknown): Promise<unknown> {
  if (isAbort(error) || error instanceof SalonError) return error;
  if (error instanceof TimeoutError) return new SalonError('timeout', 'The backend did not answer in time.');
  if (!(error instanceof HTTPError)) {
    return new SalonError('network', 'The backend could not be reached.');
  }
  const { status, headers } = error.response;
  const body: ErrorBody = await error.response.json().catch(() => ({}));
  const { code, message = `The backend answered ${status}.`, field } = body.error ?? {};
  const init = { code, status, fields: field ? { [field]: besideField(field, message) } : undefined };
  if (status === 404) return new SalonError('not-found', message, init);
  if (code === 'origin_not_allowed') {
    // The page's origin is not registered for the site: the author's to fix, so they hear it once
    // in the console (the message names the origin and where to add it); readers see "not set up".
    warnOnce(`Salon: ${message}`);
    return new SalonError('config', message, init);
  }
  if (status === 429) {
    const retryAfter = Number(headers.get('retry-after')) || undefined;
    return new SalonError('rate-limited', message, { ...init, retryAfter });
  }
  if (status >= 400 && status < 500) return new SalonError('validation', message, init);
  return new SalonError('server', message, init);
}

const warned = new Set<string>();
const warnOnce = (message: string): void => {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
};

/**
 * The default backend: Salon's REST contract (v1) over `fetch`. GETs time out and are retried
 * with backoff; every POST carries an `Idempotency-Key` so a retried write lands once; failures
 * become {@link SalonError}s. Answers are validated by the caller (`callBackend`).
 */
export class RestBackend implements SalonBackend {
  readonly id: string;
  /** The API root every path is resolved against, ending in `/`. */
  readonly base: string;
  readonly #http: KyInstance;

  constructor({ api, timeout = 10_000, retries = 2, fetch }: RestBackendOptions) {
    this.base = apiBase(api);
    this.id = `rest:${this.base}`;
    this.#http = ky.create({
      prefixUrl: this.base,
      timeout,
      fetch,
      credentials: 'omit',
      retry: {
        limit: retries,
        methods: ['get'],
        statusCodes: [408, 500, 502, 503, 504],
        afterStatusCodes: [503],
        maxRetryAfter: 5_000,
        backoffLimit: 5_000,
      },
    });
  }

  async #request<T>(path: string, { signal, idempotencyKey, fresh }: RequestOptions, json?: unknown): Promise<T> {
    try {
      const response = await this.#http(path, {
        method: json === undefined ? 'get' : 'post',
        signal,
        // Revalidated with the server (its ETag keeps that cheap), not taken from the HTTP cache.
        ...(fresh ? { cache: 'no-cache' as const } : {}),
        json,
        headers:
          json === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'idempotency-key': idempotencyKey ?? randomId() },
      });
      if (response.status === 204) return undefined as T;
      return (await response.json().catch(() => {
        throw new SalonError('server', 'The backend answered with something that is not JSON.', {
          code: 'invalid_response',
        });
      })) as T;
    } catch (error) {
      throw await toError(error);
    }
  }

  getGroup({ site, group }: GroupParams, options: RequestOptions = {}): Promise<Group> {
    return this.#request(`v1/sites/${seg(site)}/groups/${seg(group)}`, options);
  }

  signup({ site, group, ...body }: SignupParams, options: RequestOptions = {}): Promise<SignupResult> {
    return this.#request(`v1/sites/${seg(site)}/groups/${seg(group)}/signups`, options, body);
  }

  listEvents({ site, ...query }: EventsParams, options: RequestOptions = {}): Promise<EventList> {
    // This client shows cancelled dates as such, so it asks for them (older clients would show them as on).
    return this.#request(`v1/sites/${seg(site)}/events?${search({ ...query, include: 'cancelled' })}`, options);
  }

  rsvp({ site, event, ...body }: RsvpParams, options: RequestOptions = {}): Promise<RsvpResult> {
    return this.#request(`v1/sites/${seg(site)}/events/${seg(event)}/rsvps`, options, body);
  }

  calendarUrl({ site, event }: { site: string; event?: string }): string {
    return `${this.base}v1/sites/${seg(site)}/events${event ? `/${seg(event)}` : ''}.ics`;
  }

  getRecommendations({ site, ...query }: RecommendationsParams, options: RequestOptions = {}): Promise<Recommendations> {
    return this.#request(`v1/sites/${seg(site)}/recommendations?${search(query)}`, options);
  }

  swapSignup({ swap, ...body }: SwapSignupParams, options: RequestOptions = {}): Promise<SignupResult> {
    return this.#request(`v1/swaps/${seg(swap)}/signups`, options, body);
  }

  /**
   * Counts travel by `sendBeacon` when the browser has it, so they survive the page unloading;
   * as `text/plain`, which needs no CORS preflight. A reader who sends Global Privacy Control or
   * Do Not Track gets a keep-alive `fetch` instead, without cookies or referrer: the counts alone.
   */
  async recordSwapEvents(params: SwapEventsParams, { signal }: RequestOptions = {}): Promise<void> {
    const url = `${this.base}v1/swaps/events`;
    const body = JSON.stringify(params);
    const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
    if (!nav.globalPrivacyControl && nav.doNotTrack !== '1' && nav.sendBeacon?.(url, new Blob([body], { type: 'text/plain' }))) {
      return;
    }
    const response = await fetch(url, {
      method: 'POST',
      body,
      signal,
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'content-type': 'text/plain' },
    }).catch((error: unknown) => {
      throw new SalonError('network', String(error));
    });
    if (!response.ok) throw new SalonError('server', `Counting failed with ${response.status}.`, { status: response.status });
  }
}

/** Query string from the defined values only. */
const search = (query: Record<string, string | number | undefined>): string =>
  new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  ).toString();

/**
 * The absolute API root, ending in `/`; relative URLs resolve against the page. Throws on what
 * is not an http(s) URL or path: `javascript:`, `ftp:`, or words with spaces ("not a url").
 */
function apiBase(api: string): string {
  const url = new URL(api.replace(/\/*$/, '/'), document.baseURI);
  if (!/^https?:$/.test(url.protocol) || /\s/.test(api)) throw new TypeError(api);
  return url.href;
}

const shared = new Map<string, RestBackend>();

/** One REST client per API URL, so widgets that share an API share its cache and outbox. */
export function restBackend(api: string): RestBackend {
  const base = apiBase(api);
  let backend = shared.get(base);
  if (!backend) shared.set(base, (backend = new RestBackend({ api: base })));
  return backend;
}
