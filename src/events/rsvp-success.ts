import type { Occurrence, RsvpResult } from '../api/schemas.js';
import { SalonEvent } from './salon-event.js';

export interface RsvpSuccessDetail {
  /** `going` or `waitlisted`. */
  status: RsvpResult['status'];
  /** The occurrence the reader RSVPed to. */
  occurrence: Occurrence;
}

/**
 * Fired by `<salon-event-calendar>` when the backend has accepted an RSVP — at once, or later
 * for one saved while the reader was offline. The join link of an online event is not in it.
 */
export class SalonRsvpSuccessEvent extends SalonEvent<RsvpSuccessDetail> {
  constructor(detail: RsvpSuccessDetail) {
    super('salon-rsvp-success', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-rsvp-success': SalonRsvpSuccessEvent;
  }
}
