import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ConsoleElement } from '../../element.js';

/** The site's Books and swaps (being built). */
@customElement('salon-console-swaps')
export class ConsoleSwaps extends ConsoleElement {
  /** The rest of the address after the screen's name (`#/<site>/swaps/<path>`). */
  @property() path = '';

  protected override render(): TemplateResult {
    return html`<h1>Books and swaps</h1>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-swaps': ConsoleSwaps;
  }
}
