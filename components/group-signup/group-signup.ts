import { define } from '../../src/internal/define.js';
import { SalonGroupSignup } from './group-signup.component.js';

define('salon-group-signup', SalonGroupSignup);

export { SalonGroupSignup };

declare global {
  interface HTMLElementTagNameMap {
    'salon-group-signup': SalonGroupSignup;
  }
}
