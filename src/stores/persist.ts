import { persistentAtom, persistentMap } from '@nanostores/persistent';
import type { MapStore, WritableAtom } from 'nanostores';

/** Decodes stored JSON, giving `fallback` for text that is corrupt or of the wrong shape. */
const decoder =
  <T>(valid: (value: unknown) => value is T, fallback: T) =>
  (text: string): T => {
    try {
      const value: unknown = JSON.parse(text);
      return valid(value) ? value : fallback;
    } catch {
      return fallback;
    }
  };

/** Keeps a value for this page's life when storage refuses it (quota exceeded, storage revoked). */
function inMemory<T>(store: { value: T; notify(): void }, value: T): void {
  store.value = value;
  store.notify();
}

/**
 * A localStorage-backed atom that survives what real pages throw at it: storage that is
 * disabled or full (the value then lives in memory) and stored text that is not valid JSON
 * or not the expected shape (the initial value is used instead). Tabs stay in sync.
 */
export function persisted<T>(key: string, initial: T, valid: (value: unknown) => value is T): WritableAtom<T> {
  const store = persistentAtom<T>(key, initial, {
    encode: (value) => (value === initial ? (undefined as unknown as string) : JSON.stringify(value)),
    decode: decoder(valid, initial),
  });
  const set = store.set;
  store.set = (value: T) => {
    try {
      set(value);
    } catch {
      inMemory(store as unknown as { value: T; notify(): void }, value);
    }
  };
  return store;
}

/**
 * A localStorage-backed map with one storage key per entry (`prefix` + key), so two tabs that
 * add entries at once never overwrite each other's. Corrupt entries are dropped; storage
 * failures fall back to memory, as in {@link persisted}.
 */
export function persistedMap<T>(
  prefix: string,
  valid: (value: unknown) => value is T,
): MapStore<Record<string, T | undefined>> {
  const store = persistentMap<Record<string, T | undefined>>(prefix, {}, {
    encode: JSON.stringify,
    decode: decoder((value): value is T | undefined => valid(value), undefined),
  });
  const setKey = store.setKey;
  store.setKey = (key, value) => {
    try {
      setKey(key, value);
    } catch {
      const next = { ...store.value };
      if (value === undefined) delete next[key];
      else next[key] = value;
      inMemory(store as unknown as { value: typeof next; notify(): void }, next);
    }
  };
  return store;
}
