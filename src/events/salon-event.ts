/**
 * The base of every `salon-*` event: it bubbles and crosses shadow roots (`composed`), so a
 * host page can listen on the element, a wrapper or `document`. Each event has its own small
 * subclass in this folder and an entry on `GlobalEventHandlersEventMap`, which types
 * `addEventListener` for TypeScript, React 19 and Vue users.
 */
export class SalonEvent<D> extends CustomEvent<D> {
  constructor(type: `salon-${string}`, detail: D, { cancelable = false } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}
