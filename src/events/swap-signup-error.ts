import type { SalonError } from '../api/errors.js';
import { SalonEvent } from './salon-event.js';

export interface SwapSignupErrorDetail {
  /** The swap whose partner's newsletter the reader tried to join. */
  swap: string;
  /** The partner author's name. */
  author: string;
  /** Why the signup was not accepted; `kind: 'validation'` names the fields in `fields`. */
  error: SalonError;
}

/** Fired by `<salon-swap-card>` when the backend refuses a newsletter signup through the card or fails to take it. */
export class SalonSwapSignupErrorEvent extends SalonEvent<SwapSignupErrorDetail> {
  constructor(detail: SwapSignupErrorDetail) {
    super('salon-swap-signup-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-swap-signup-error': SalonSwapSignupErrorEvent;
  }
}
