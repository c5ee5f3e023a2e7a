import type { Occurrence } from '../api/schemas.js';
import { SalonEvent } from './salon-event.js';

export interface EventOpenDetail {
  /** The occurrence whose details the reader opened. */
  occurrence: Occurrence;
}

/** Fired by `<salon-event-calendar>` when the reader opens an event's details. */
export class SalonEventOpenEvent extends SalonEvent<EventOpenDetail> {
  constructor(detail: EventOpenDetail) {
    super('salon-event-open', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-event-open': SalonEventOpenEvent;
  }
}
