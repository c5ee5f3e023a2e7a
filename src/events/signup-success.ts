import type { SignupResult } from '../api/schemas.js';
import { SalonEvent } from './salon-event.js';

export interface SignupSuccessDetail {
  /** `confirmed`, `pending_confirmation` (the reader must confirm by email) or `waitlisted`. */
  status: SignupResult['status'];
}

/**
 * Fired by `<salon-group-signup>` when the backend has accepted a signup — at once, or later
 * for a signup saved while the reader was offline.
 */
export class SalonSignupSuccessEvent extends SalonEvent<SignupSuccessDetail> {
  constructor(detail: SignupSuccessDetail) {
    super('salon-signup-success', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-signup-success': SalonSignupSuccessEvent;
  }
}
