import { define } from '../../src/internal/define.js';
import { SalonSwapCard } from './swap-card.component.js';

define('salon-swap-card', SalonSwapCard);

export { SalonSwapCard };

declare global {
  interface HTMLElementTagNameMap {
    'salon-swap-card': SalonSwapCard;
  }
}
