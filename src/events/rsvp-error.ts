import type { SalonError } from '../api/errors.js';
import { SalonEvent } from './salon-event.js';

export interface RsvpErrorDetail {
  /** Why the RSVP was not accepted; `kind: 'validation'` names the fields in `fields`. */
  error: SalonError;
}

/** Fired by `<salon-event-calendar>` when the backend refuses an RSVP or fails to take it. */
export class SalonRsvpErrorEvent extends SalonEvent<RsvpErrorDetail> {
  constructor(detail: RsvpErrorDetail) {
    super('salon-rsvp-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-rsvp-error': SalonRsvpErrorEvent;
  }
}
