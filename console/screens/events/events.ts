import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ConsoleElement } from '../../element.js';

/** The site's Events (being built). */
@customElement('salon-console-events')
export class ConsoleEvents extends ConsoleElement {
  /** The rest of the address after the screen's name (`#/<site>/events/<path>`). */
  @property() path = '';

  protected override render(): TemplateResult {
    return html`<h1>Events</h1>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-events': ConsoleEvents;
  }
}
