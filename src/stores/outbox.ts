import { map } from 'nanostores';
import type { SalonBackend, WriteMethod } from '../api/backend.js';
import { callBackend, type AnswerOf, type ParamsOf } from '../api/call.js';
import { isTransient, toSalonError, type SalonError } from '../api/errors.js';
import { randomId } from '../internal/random-id.js';
import { persistedMap } from './persist.js';

/** A write waiting to reach its backend. Its key is also its `Idempotency-Key`. */
export interface OutboxEntry {
  key: string;
  /** The id of the backend it is for. */
  target: string;
  method: WriteMethod;
  params: object;
  /** When the reader submitted it (ms since epoch). */
  at: number;
}

export type Delivery =
  | { state: 'sending' }
  | { state: 'queued' }
  | { state: 'delivered'; result: unknown }
  | { state: 'failed'; error: SalonError };

export type SendResult<T> = { state: 'delivered'; key: string; result: T } | { state: 'queued'; key: string };

/** Entries older than this are dropped unsent: the reader has long moved on. */
const MAX_AGE_MS = 7 * 24 * 3600_000;
const RETRY_BASE_MS = 5_000;
const RETRY_MAX_MS = 300_000;

const isEntry = (e: unknown): e is OutboxEntry =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as OutboxEntry).key === 'string' &&
  typeof (e as OutboxEntry).target === 'string' &&
  typeof (e as OutboxEntry).method === 'string' &&
  typeof (e as OutboxEntry).at === 'number';

/**
 * Writes not yet acknowledged, by key: one localStorage item each (`salon:outbox:<key>`), kept
 * across reloads and shared by tabs.
 */
export const $outbox = /* @__PURE__ */ persistedMap<OutboxEntry>('salon:outbox:', isEntry);

/** What became of each write sent in this page, by key; widgets watch their own key. */
export const $deliveries = /* @__PURE__ */ map<Record<string, Delivery>>({});

const backends = new Map<string, SalonBackend>();
const anonymous = new WeakMap<SalonBackend, string>();
const inFlight = new Set<string>();
let failures = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The id under which a backend's entries are stored; backends without one get a per-page id. */
function targetOf(backend: SalonBackend): string {
  if (backend.id) return backend.id;
  let id = anonymous.get(backend);
  if (!id) anonymous.set(backend, (id = `page:${randomId()}`));
  return id;
}

const remove = (key: string): void => $outbox.setKey(key, undefined);

/** One attempt to deliver an entry; settles its delivery state. */
async function deliver(entry: OutboxEntry, backend: SalonBackend): Promise<Delivery> {
  inFlight.add(entry.key);
  $deliveries.setKey(entry.key, { state: 'sending' });
  let delivery: Delivery;
  try {
    const result = await callBackend(backend, entry.method, entry.params as never, { idempotencyKey: entry.key });
    delivery = { state: 'delivered', result };
    failures = 0;
    remove(entry.key);
  } catch (error) {
    if (isTransient(error)) {
      delivery = { state: 'queued' };
      failures++;
      schedule();
    } else {
      delivery = { state: 'failed', error: toSalonError(error) };
      remove(entry.key);
    }
  } finally {
    inFlight.delete(entry.key);
  }
  $deliveries.setKey(entry.key, delivery);
  return delivery;
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(flush, Math.min(RETRY_BASE_MS * 2 ** (failures - 1), RETRY_MAX_MS));
}

/**
 * Sends every waiting entry whose backend is known in this page. Runs when a backend is first
 * used, when the browser comes back online or the page becomes visible, and on a backoff timer
 * while entries wait. Safe to call any time: an entry is never in flight twice in one page, and
 * across tabs its idempotency key makes a second delivery a no-op on the server.
 */
export async function flush(): Promise<void> {
  const now = Date.now();
  await Promise.all(
    Object.entries($outbox.get()).map(([key, entry]) => {
      // Corrupt or stale entries are dropped, from storage too.
      if (!entry || now - entry.at > MAX_AGE_MS) return remove(key);
      const backend = backends.get(entry.target);
      return backend && !inFlight.has(entry.key) ? deliver(entry, backend) : undefined;
    }),
  );
}

/** Makes a backend known to the outbox and delivers what was waiting for it. */
export function attachBackend(backend: SalonBackend): void {
  listen();
  const target = targetOf(backend);
  if (backends.get(target) === backend) return;
  backends.set(target, backend);
  void flush();
}

/**
 * Sends a write through the outbox. The entry is stored *before* the first attempt, so a tab
 * closed mid-request still delivers it on the next visit. Resolves `delivered` with the answer,
 * or `queued` when the backend is unreachable (it will be sent later, exactly once); rejects
 * with a {@link SalonError} when the backend refuses it.
 */
export async function send<M extends WriteMethod>(
  backend: SalonBackend,
  method: M,
  params: ParamsOf<M>,
): Promise<SendResult<AnswerOf<M>>> {
  attachBackend(backend);
  const entry: OutboxEntry = { key: randomId(), target: targetOf(backend), method, params, at: Date.now() };
  $outbox.setKey(entry.key, entry);
  const delivery = await deliver(entry, backend);
  if (delivery.state === 'failed') throw delivery.error;
  return delivery.state === 'delivered'
    ? { state: 'delivered', key: entry.key, result: delivery.result as AnswerOf<M> }
    : { state: 'queued', key: entry.key };
}

/**
 * Calls `settled` once when a queued write is finally delivered or refused; returns a function
 * that stops watching (a widget leaving the page).
 */
export function watchDelivery(
  key: string,
  settled: (delivery: Extract<Delivery, { state: 'delivered' | 'failed' }>) => void,
): () => void {
  const check = (delivery: Delivery | undefined): void => {
    if (delivery?.state !== 'delivered' && delivery?.state !== 'failed') return;
    stop();
    settled(delivery);
  };
  const stop = $deliveries.listen((deliveries) => check(deliveries[key]));
  check($deliveries.get()[key]);
  return stop;
}

let listening = false;

/** Retry when the network or the reader comes back; registered on first use, not on import. */
function listen(): void {
  if (listening) return;
  listening = true;
  addEventListener('online', () => void flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void flush();
  });
}
