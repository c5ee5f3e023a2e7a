import type { SignupResult } from '../api/schemas.js';
import { SalonEvent } from './salon-event.js';

export interface SwapSignupDetail {
  swap: string;
  /** The partner author whose newsletter the reader joined. */
  author: string;
  /** `confirmed` or `pending_confirmation` (the reader must confirm by email). */
  status: SignupResult['status'];
}

/** Fired by `<salon-swap-card>` when the backend accepted a newsletter signup through the card (also later, for one saved offline). */
export class SalonSwapSignupEvent extends SalonEvent<SwapSignupDetail> {
  constructor(detail: SwapSignupDetail) {
    super('salon-swap-signup', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-swap-signup': SalonSwapSignupEvent;
  }
}
