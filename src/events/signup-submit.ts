import type { SignupParams } from '../api/backend.js';
import { SalonEvent } from './salon-event.js';

/** What a reader is about to send: the signup without the spam-check honeypot. */
export type SignupSubmitDetail = Omit<SignupParams, 'honeypot'>;

/**
 * Fired by `<salon-group-signup>` when a valid form is about to be sent. Cancelable: call
 * `preventDefault()` and nothing is sent (to route the signup elsewhere, or to stop it).
 */
export class SalonSignupSubmitEvent extends SalonEvent<SignupSubmitDetail> {
  constructor(detail: SignupSubmitDetail) {
    super('salon-signup-submit', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-signup-submit': SalonSignupSubmitEvent;
  }
}
