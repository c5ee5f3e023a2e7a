import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { atom } from 'nanostores';
import type { Group } from '../../src/api/schemas.js';
import { define } from '../../src/internal/define.js';
import { SalonElement } from '../../src/internal/salon-element.js';
import { StoreController } from '../../src/internal/store-controller.js';
import { connectionQuery, type QueryState } from '../../src/stores/query.js';

/**
 * The smallest widget on the shared runtime, for the foundation's tests: it shows a group's
 * name and seats, or what went wrong, exactly as the real widgets are built.
 */
export class TestWidget extends SalonElement {
  static override properties: PropertyDeclarations = {
    group: {},
  };

  group = 'spring-mastermind';

  #group = new StoreController<QueryState<Group>>(this, atom({ loading: true }));

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#group.store = connectionQuery(this.connection, 'getGroup', (site) => ({ site, group: this.group })).$state;
  }

  protected override render(): TemplateResult {
    const { data, error } = this.#group.value;
    if (error) return html`<p role="alert" part="message">${this.errorText(error)}</p>`;
    if (!data) return html`<p role="status">${this.t('loading')}</p>`;
    return html`<h2>${data.name}</h2>
      ${data.seatsLeft === null ? '' : html`<p class="seats">${this.t('seatsLeft', { count: data.seatsLeft })}</p>`}`;
  }
}

define('salon-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'salon-test-widget': TestWidget;
  }
}
