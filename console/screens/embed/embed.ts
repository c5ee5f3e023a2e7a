import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ConsoleElement } from '../../element.js';

/** The site's Embed code (being built). */
@customElement('salon-console-embed')
export class ConsoleEmbed extends ConsoleElement {
  /** The rest of the address after the screen's name (`#/<site>/embed/<path>`). */
  @property() path = '';

  protected override render(): TemplateResult {
    return html`<h1>Embed code</h1>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-embed': ConsoleEmbed;
  }
}
