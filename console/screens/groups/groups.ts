import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ConsoleElement } from '../../element.js';

/** The site's Groups (being built). */
@customElement('salon-console-groups')
export class ConsoleGroups extends ConsoleElement {
  /** The rest of the address after the screen's name (`#/<site>/groups/<path>`). */
  @property() path = '';

  protected override render(): TemplateResult {
    return html`<h1>Groups</h1>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-groups': ConsoleGroups;
  }
}
