import { define } from '../../src/internal/define.js';
import { SalonProvider } from './provider.component.js';

define('salon-provider', SalonProvider);

export { SalonProvider };

declare global {
  interface HTMLElementTagNameMap {
    'salon-provider': SalonProvider;
  }
}
