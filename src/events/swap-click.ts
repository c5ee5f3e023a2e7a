import { SalonEvent } from './salon-event.js';

export interface SwapClickDetail {
  swap: string;
  title: string;
  author: string;
  /** The link followed: a retailer's or the author's. */
  url: string;
  /** The retailer's name, for a buy link. */
  retailer?: string;
}

/** Fired by `<salon-swap-card>` when the reader follows a retailer or author link. */
export class SalonSwapClickEvent extends SalonEvent<SwapClickDetail> {
  constructor(detail: SwapClickDetail) {
    super('salon-swap-click', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-swap-click': SalonSwapClickEvent;
  }
}
