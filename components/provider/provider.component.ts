import { ContextConsumer, ContextProvider } from '@lit/context';
import { html, LitElement, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { SalonBackend } from '../../src/api/backend.js';
import { configContext, resolveConfig, type SalonConfig } from '../../src/context/config.js';
import { VERSION } from '../../src/version.js';
import styles from './provider.styles.js';

/**
 * Configures every Salon widget inside it: the backend, the author's site and the language.
 * A widget's own attributes override the provider; the provider overrides the script tag's
 * `data-*` attributes. Providers nest: an inner one inherits what it leaves unset.
 *
 * @tag salon-provider
 * @summary Configuration (backend URL, site, language) for the Salon widgets inside it.
 * @slot - The widgets and any other content; the provider itself renders nothing.
 */
export class SalonProvider extends LitElement {
  static readonly version = VERSION;

  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    site: {},
    backend: { attribute: false },
    outer: { state: true },
  };

  /** Base URL of the Salon API, e.g. `https://api.example.com`. */
  api?: string;

  /** The author's site id on the backend. */
  site?: string;

  /** A backend object used instead of the REST client (see `SalonBackend`). */
  backend?: SalonBackend;

  /** What an outer provider says. */
  private outer: SalonConfig = {};

  readonly #provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  constructor() {
    super();
    new ContextConsumer(this, {
      context: configContext,
      subscribe: true,
      callback: (config) => (this.outer = config ?? {}),
    });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(): void {
    const own: SalonConfig = { api: this.api, site: this.site, lang: this.lang || undefined, backend: this.backend };
    this.#provider.setValue(resolveConfig([own, this.outer]));
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
