import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Binds a nanostores store to a Lit element: the element re-renders when the store changes,
 * and the store stays mounted (and loading) only while the element is connected.
 */
export class StoreController<T> implements ReactiveController {
  #store: ReadableAtom<T>;
  #unlisten?: () => void;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    store: ReadableAtom<T>,
  ) {
    this.#store = store;
    host.addController(this);
  }

  get value(): T {
    return this.#store.get();
  }

  /** Follow another store (when the element's attributes now point somewhere else). */
  set store(store: ReadableAtom<T>) {
    if (store === this.#store) return;
    this.#unlisten?.();
    this.#store = store;
    if (this.#connected) this.hostConnected();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#unlisten = this.#store.listen(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unlisten?.();
    this.#unlisten = undefined;
  }
}
