import { SalonEvent } from './salon-event.js';

export interface RangeChangeDetail {
  /** `list` or `month`. */
  view: 'list' | 'month';
  /** The days shown, as `YYYY-MM-DD` in the reader's time zone: `from` included, `to` excluded. */
  from: string;
  to: string;
}

/** Fired by `<salon-event-calendar>` when the days it shows change (navigation, "more", another view). */
export class SalonRangeChangeEvent extends SalonEvent<RangeChangeDetail> {
  constructor(detail: RangeChangeDetail) {
    super('salon-range-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-range-change': SalonRangeChangeEvent;
  }
}
