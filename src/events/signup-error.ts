import type { SalonError } from '../api/errors.js';
import { SalonEvent } from './salon-event.js';

export interface SignupErrorDetail {
  /** Why the signup was not accepted; `kind: 'validation'` names the fields in `fields`. */
  error: SalonError;
}

/** Fired by `<salon-group-signup>` when the backend refuses a signup or fails to take it. */
export class SalonSignupErrorEvent extends SalonEvent<SignupErrorDetail> {
  constructor(detail: SignupErrorDetail) {
    super('salon-signup-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-signup-error': SalonSignupErrorEvent;
  }
}
