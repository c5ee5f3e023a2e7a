import { atom, map, onMount, type MapStore, type WritableAtom } from 'nanostores';

/** The page's localStorage, or none where the page may not use it (storage disabled, some sandboxed frames). */
const storage = (): Storage | undefined => {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
};

/** Stored JSON decoded, or `fallback` for nothing stored, text that is corrupt, or a value of the wrong shape. */
function read<T>(text: string | null | undefined, valid: (value: unknown) => value is T, fallback: T): T {
  try {
    const value: unknown = text == null ? fallback : JSON.parse(text);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Stores a value (`undefined` removes it); storage that refuses (full, revoked) leaves it in memory for this page's life. */
function write(key: string, value: unknown): void {
  try {
    if (value === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // The store keeps the value; only its persistence is lost.
  }
}

/**
 * While a store is in use, tells it which key another tab changed (`null`: any may have, as when a
 * tab clears storage or this page comes back from the back-forward cache), and once at the start.
 */
function follow(store: MapStore<never> | WritableAtom<never>, changed: (key: string | null) => void): void {
  onMount(store, () => {
    const onStorage = (event: StorageEvent) => changed(event.key);
    const onShow = () => changed(null);
    onShow();
    addEventListener('storage', onStorage);
    addEventListener('pageshow', onShow);
    return () => {
      removeEventListener('storage', onStorage);
      removeEventListener('pageshow', onShow);
    };
  });
}

/**
 * A localStorage-backed atom that survives what real pages throw at it: storage that is
 * disabled or full (the value then lives in memory) and stored text that is not valid JSON
 * or not the expected shape (the initial value is used instead). Tabs stay in sync.
 */
export function persisted<T>(key: string, initial: T, valid: (value: unknown) => value is T): WritableAtom<T> {
  const load = () => read(storage()?.getItem(key), valid, initial);
  const store = atom(load());
  const set = store.set;
  store.set = (value: T) => {
    write(key, value === initial ? undefined : value);
    set(value);
  };
  follow(store as WritableAtom<never>, (changed) => (changed === null || changed === key) && set(load()));
  return store;
}

/**
 * A localStorage-backed map with one storage key per entry (`prefix` + key), so two tabs that
 * add entries at once never overwrite each other's. Corrupt entries are dropped; storage
 * failures fall back to memory, as in {@link persisted}.
 */
export function persistedMap<T>(prefix: string, valid: (value: unknown) => value is T): MapStore<Record<string, T | undefined>> {
  const entry = (key: string) => read(storage()?.getItem(key), (value): value is T | undefined => valid(value), undefined);
  const load = () => {
    const entries: Record<string, T | undefined> = {};
    for (const key of Object.keys(storage() ?? {})) {
      if (!key.startsWith(prefix)) continue;
      const value = entry(key);
      // A corrupt entry is dropped from storage too, so it is not read again on every page.
      if (value === undefined) write(key, undefined);
      else entries[key.slice(prefix.length)] = value;
    }
    return entries;
  };
  const store = map(load());
  const setKey = store.setKey;
  store.setKey = (key, value) => {
    write(prefix + key, value);
    setKey(key, value);
  };
  follow(store as MapStore<never>, (changed) => {
    if (changed === null) store.set(load());
    else if (changed.startsWith(prefix)) setKey(changed.slice(prefix.length), entry(changed));
  });
  return store;
}
