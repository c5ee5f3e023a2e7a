import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiProblem } from '../../api.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { api } from '../../session.js';
import type { SiteDraft } from '../../site-form/site-form.js';
import '../../site-form/site-form.js';
import { messages } from './messages.js';

const t = translator(messages);

/**
 * Creating a site: its names, id, website addresses and language.
 *
 * @fires salon-console-site-created - `detail.id` is the new site's id.
 */
export class ConsoleNewSite extends ConsoleElement {
  static override properties: PropertyDeclarations = {
    first: { type: Boolean },
    busy: { state: true },
    problem: { state: true },
  };

  /** The author's first site (a warmer heading). */
  first = false;
  private busy = false;
  private problem?: ApiProblem;
  /** Where the form starts; one object, so a re-render never resets what the author typed. */
  readonly #blank: SiteDraft = { id: '', name: '', authorName: '', origins: [''], lang: this.language, listed: false, genres: [], about: '' };

  async #create(e: CustomEvent<SiteDraft>): Promise<void> {
    this.busy = true;
    this.problem = undefined;
    try {
      const { id } = await api.createSite({ ...e.detail, lang: e.detail.lang || this.language });
      this.dispatchEvent(new CustomEvent('salon-console-site-created', { detail: { id }, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = error as ApiProblem;
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    return html`<h1>${this.first ? t('heading.first') : t('heading')}</h1>
      <p>${t('intro')}</p>
      <salon-console-site-form
        with-id
        .value=${this.#blank}
        .problem=${this.problem}
        .busy=${this.busy}
        .submitLabel=${this.busy ? t('creating') : t('create')}
        @salon-console-save=${this.#create}
      ></salon-console-site-form>`;
  }
}

customElements.define('salon-console-new-site', ConsoleNewSite);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-new-site': ConsoleNewSite;
  }
  interface GlobalEventHandlersEventMap {
    'salon-console-site-created': CustomEvent<{ id: string }>;
  }
}
