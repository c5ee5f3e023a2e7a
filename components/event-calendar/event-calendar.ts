import { define } from '../../src/internal/define.js';
import { SalonEventCalendar } from './event-calendar.component.js';

define('salon-event-calendar', SalonEventCalendar);

export { SalonEventCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'salon-event-calendar': SalonEventCalendar;
  }
}
