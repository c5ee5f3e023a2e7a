import { SalonEvent } from './salon-event.js';

export interface SwapImpressionDetail {
  /** The swap whose book was seen. */
  swap: string;
  title: string;
  author: string;
}

/** Fired by `<salon-swap-card>` when at least half of a recommendation has been visible for a second (once per book and page). */
export class SalonSwapImpressionEvent extends SalonEvent<SwapImpressionDetail> {
  constructor(detail: SwapImpressionDetail) {
    super('salon-swap-impression', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-swap-impression': SalonSwapImpressionEvent;
  }
}
