import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { SalonBackend } from '../api/backend.js';
import type { Connection } from '../context/config.js';
import { callBackend, type AnswerOf, type BackendMethod, type ParamsOf } from '../api/call.js';
import { isAbort, SalonError, toSalonError } from '../api/errors.js';

export interface QueryState<T> {
  /** A request is under way (data may still hold the previous answer). */
  loading: boolean;
  data?: T;
  error?: SalonError;
}

export interface Query<T> {
  /** Subscribe to load; every subscriber to the same query shares one request. */
  readonly $state: ReadableAtom<QueryState<T>>;
  /**
   * Fetch again now, keeping the current data on screen until the answer arrives; `fresh` when
   * the reader's own write changed the answer (past any HTTP cache, see `RequestOptions.fresh`).
   */
  refresh(fresh?: boolean): Promise<void>;
}

type ReadMethod = Exclude<BackendMethod, 'signup' | 'rsvp' | 'swapSignup' | 'recordSwapEvents'>;

/** How long an answer counts as fresh; a stale one is shown and revalidated in the background. */
export const FRESH_MS = 30_000;

const caches = new WeakMap<SalonBackend, Map<string, Query<unknown>>>();

/**
 * A cached read from a backend. Identical reads from any number of widgets on one page make one
 * request; a later subscriber gets the cached answer at once and, once it is older than
 * {@link FRESH_MS}, a background revalidation (stale-while-revalidate). When the last
 * subscriber leaves, a request still under way is aborted. A read that failed is tried again
 * when the browser comes back online.
 */
export function backendQuery<M extends ReadMethod>(
  backend: SalonBackend,
  method: M,
  params: ParamsOf<M>,
): Query<AnswerOf<M>> {
  let cache = caches.get(backend);
  if (!cache) caches.set(backend, (cache = new Map()));
  const key = method + JSON.stringify(params);
  let query = cache.get(key) as Query<AnswerOf<M>> | undefined;
  if (!query) {
    query = createQuery((signal, fresh) => callBackend(backend, method, params, fresh ? { signal, fresh } : { signal }));
    cache.set(key, query);
  }
  return query;
}

function createQuery<T>(load: (signal: AbortSignal, fresh: boolean) => Promise<T>): Query<T> {
  const $state = atom<QueryState<T>>({ loading: false });
  let fetchedAt = -Infinity;
  let controller: AbortController | undefined;
  let pending: Promise<void> | undefined;

  const refresh = (fresh = false): Promise<void> =>
    (pending ??= (async () => {
      const abort = (controller = new AbortController());
      $state.set({ ...$state.get(), loading: true });
      try {
        const data = await load(abort.signal, fresh);
        fetchedAt = Date.now();
        $state.set({ loading: false, data });
      } catch (error) {
        const { data } = $state.get();
        $state.set(isAbort(error) ? { loading: false, data } : { loading: false, data, error: toSalonError(error) });
      } finally {
        pending = controller = undefined;
      }
    })());

  onMount($state, () => {
    if (Date.now() - fetchedAt > FRESH_MS) void refresh();
    // Back online: a read that failed is tried again at once, without the reader tapping "Try again";
    // not one refused for its configuration or for a group or site the backend does not know,
    // which the network does not change.
    const reconnected = () => {
      const { error } = $state.get();
      if (error && error.kind !== 'config' && error.kind !== 'not-found') void refresh();
    };
    addEventListener('online', reconnected);
    return () => {
      removeEventListener('online', reconnected);
      controller?.abort();
    };
  });

  return { $state, refresh };
}

const settled = <T>(state: QueryState<T>): Query<T> => ({ $state: atom(state), refresh: async () => {} });
const waiting = /* @__PURE__ */ settled<never>({ loading: true });

/**
 * A widget's read, whatever state its configuration is in: loading while a `<salon-provider>`
 * around it upgrades (`null`), the configuration error, or the shared cached query.
 */
export function connectionQuery<M extends ReadMethod>(
  connection: Connection | SalonError | null,
  method: M,
  params: (site: string) => ParamsOf<M>,
): Query<AnswerOf<M>> {
  return !connection || connection instanceof SalonError
    ? unconnected(connection)
    : backendQuery(connection.backend, method, params(connection.site));
}

/** What any read shows without a connection: loading while one may come (`null`), else the configuration error. */
export const unconnected = (problem: SalonError | null): Query<never> =>
  problem ? settled({ loading: false, error: problem }) : waiting;
