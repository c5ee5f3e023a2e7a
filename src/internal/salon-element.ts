import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { SalonBackend } from '../api/backend.js';
import { SalonError } from '../api/errors.js';
import { restBackend } from '../api/rest.js';
import { configContext, resolveConfig, scriptConfig, type Connection, type SalonConfig } from '../context/config.js';
import { $catalogs, $pageLang, canonicalLocale, direction, inheritedLang, loadCatalog, textLocale, translate } from '../i18n/i18n.js';
import type { MessageKey, StringOverrides } from '../i18n/messages.js';
import { attachBackend } from '../stores/outbox.js';
import { problemKeys, type Problem, type SubmissionState } from '../stores/submission.js';
import { VERSION } from '../version.js';
import { StoreController } from './store-controller.js';
import { theme } from './theme.js';


/**
 * Resolves once the page's own scripts have had their turn to configure widgets: a task after
 * DOMContentLoaded while the page loads (module scripts have run by then), else a task from now
 * (a script that sets `.backend` right after the elements upgrade has run by then).
 */
const scriptsRan = (): Promise<unknown> =>
  new Promise((resolve) =>
    document.readyState === 'loading'
      ? addEventListener('DOMContentLoaded', () => setTimeout(resolve))
      : setTimeout(resolve),
  );

/**
 * The base of every Salon widget. It resolves the widget's configuration — its own attributes,
 * then the nearest `<salon-provider>`, then the page's script tag — and its language, and gives
 * subclasses `t()` for texts and `connection` for data. Subclasses render; stores decide.
 */
export class SalonElement extends LitElement {
  /** Compared by `define()` when a second copy of Salon is on the page. */
  static readonly version = VERSION;

  static override styles = [theme];

  static override properties: PropertyDeclarations = {
    api: {},
    site: {},
    theme: { reflect: true },
    backend: { attribute: false },
    strings: { attribute: false },
    inherited: { state: true },
  };

  /** Base URL of the Salon API; overrides the provider and the script tag. */
  api?: string;

  /** The author's site id; overrides the provider and the script tag. */
  site?: string;

  /** `light` or `dark` for explicit colours, `auto` to follow the reader's system; unset inherits the page's. */
  theme?: 'light' | 'dark' | 'auto';

  /** A backend object to use instead of the REST client (see `SalonBackend`). */
  backend?: SalonBackend;

  /** Replacement texts, by message key; a `{count}` message may give plural forms. */
  strings?: StringOverrides;

  /** What the nearest `<salon-provider>` says. */
  private inherited: SalonConfig = {};

  /** The widget's own English texts, the fallback for its keys (those all widgets share come with i18n). */
  protected static english: StringOverrides = {};

  /** An attribute the widget cannot work without, besides the site (the signup's `group`). */
  protected static needs?: 'group';

  /** Until the page's scripts have run (`true`), missing configuration may yet come; `false` while waiting. */
  #waited?: boolean;
  /** The backend knows no such group or site, or refused the element's attributes: shown quietly, told to the author once. */
  #refused?: SalonError;
  #warned = false;
  #locale?: string;
  /** The shadow root's one child: it carries the language and direction of the widget's texts. */
  #text?: HTMLElement;
  #connection: Connection | SalonError | null = null;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: configContext,
      subscribe: true,
      callback: (config) => (this.inherited = config ?? {}),
    });
    new StoreController(this, $catalogs);
    new StoreController(this, $pageLang);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'locale'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'locale') {
      this.#locale = undefined;
      this.requestUpdate();
    }
  }

  /**
   * The language in force, as a BCP 47 tag: the element's `lang` (or `locale`), the provider's, the script
   * tag's `data-lang`, the nearest ancestor's `lang`, else English. Invalid tags are skipped.
   * Settled at each update (widgets read it for every text and date they render).
   */
  get locale(): string {
    return (this.#locale ??=
      canonicalLocale(this.getAttribute('lang')) ??
      canonicalLocale(this.getAttribute('locale')) ??
      canonicalLocale(this.inherited.lang) ??
      canonicalLocale(scriptConfig().lang) ??
      canonicalLocale(inheritedLang(this)) ??
      'en');
  }

  /**
   * The site and backend in force, or a `config` error naming what is missing (the API, the site
   * or the attribute the widget needs), or `null` while missing configuration may yet come: a
   * `<salon-provider>` around the element has yet to upgrade, or the page's scripts have yet to
   * run (one may set `.backend`). No request is made for an incomplete configuration. At each
   * level (attributes, provider, script tag) a backend object beats an API URL; the first level
   * that names a backend wins, and so does the first that names a site.
   *
   * Settled once per update, before the subclass's `willUpdate` (see {@link connection}): reading
   * it builds nothing and attaches nothing.
   */
  #resolve(): Connection | SalonError | null {
    const { api, backend, site } = resolveConfig([{ api: this.api, site: this.site, backend: this.backend }, this.inherited, scriptConfig()]);
    const needs = (this.constructor as typeof SalonElement).needs;
    let problem: string;
    if (!api && !backend) {
      problem = 'has no API: set data-api on the Salon script tag, api on <salon-provider> or on the element';
    } else if (!site) {
      problem = 'has no site: set data-site on the Salon script tag, site on <salon-provider> or on the element';
    } else if (needs && !this[needs as keyof this]) {
      problem = `needs a ${needs} attribute: the id of one of your ${needs}s (see the console’s Embed code)`;
    } else if (backend && typeof backend !== 'object') {
      problem = 'has a backend that is not an object (see SalonBackend in the README)';
    } else {
      try {
        return { site, backend: backend ?? restBackend(api!) };
      } catch {
        problem = `has "${api}", which is not a valid API URL`;
      }
    }
    if (!this.#waited || this.closest('salon-provider:not(:defined)')) return null;
    return new SalonError('config', `Salon: <${this.localName}> ${problem}.`);
  }

  /** The site and backend in force at the last update, a `config` error, or `null` while it may yet come (see `#resolve`). */
  protected get connection(): Connection | SalonError | null {
    return this.#connection;
  }

  /** The site and backend when the widget is set up; `undefined` otherwise (for handlers that act only then). */
  protected get ready(): Connection | undefined {
    const connection = this.#connection;
    return connection instanceof SalonError ? undefined : (connection ?? undefined);
  }

  /** Why the widget is not set up (a `config` error), once that is certain; `undefined` otherwise. */
  protected get problem(): SalonError | undefined {
    return this.#connection instanceof SalonError ? this.#connection : undefined;
  }

  /**
   * What a widget shows when its data cannot be shown. Not set up, or set up with a group or site
   * the backend does not know, is the author's to fix (the console tells them, once): the reader
   * gets a quiet line, no alarm and no "Try again". Anything else is an alert with "Try again".
   */
  protected failure(error: SalonError, unset: MessageKey, retry: () => unknown, busy = false): TemplateResult {
    // What the author must fix, not the reader: no site or group by that name, or attributes the
    // backend refuses (a `from` out of its range). Trying again would not help.
    if (error.kind === 'config' || error.kind === 'not-found' || error.kind === 'validation') {
      if (error.kind !== 'config') this.#refused = error;
      return html`<p part="message">${this.t(unset)}</p>`;
    }
    return html`<div role="alert" part="message">
      <p>${this.errorText(error)}</p>
      <button type="button" part="button" ?disabled=${busy} @click=${retry}>${this.t('retry')}</button>
    </div>`;
  }


  /**
   * What stopped a form, in one alert: the backend's refusal that names no field shown, or a
   * failure with "Try again" (which submits the same form again). Every Salon form shows it so.
   */
  protected formProblem({ phase, general, error }: SubmissionState<unknown>): TemplateResult | typeof nothing {
    const failed = phase === 'error' && error;
    const text = general ?? (failed ? this.errorText(error) : undefined);
    if (!text) return nothing;
    return html`<div role="alert" part="message" tabindex="-1">
      <p>${text}</p>
      ${failed
        ? html`<button type="button" part="button" @click=${(e: Event) => (e.currentTarget as HTMLButtonElement).form?.requestSubmit()}>
            ${this.t('retry')}
          </button>`
        : nothing}
    </div>`;
  }

  /**
   * After the next update, focuses what the reader must read first in `scope` (a selector): an
   * error summary, else the first field to fix, else the alert. Every Salon form does this.
   */
  protected focusProblem(scope = ''): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(['.summary', '[aria-invalid="true"]', '[role=alert]'].map((s) => `${scope} ${s}`).join())?.focus(),
    );
  }

  /** The text for a message key in the element's language, with the page's overrides. */
  protected t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** With markup among the vars (a date `isolate` wrapped), the message's parts, for Lit to render. */
  protected t(key: MessageKey, vars: Record<string, unknown>): string | unknown[];
  protected t(key: MessageKey, vars?: Record<string, unknown>): string | unknown[] {
    // `strings` is the page's to set: null or junk there means no overrides, not a broken widget.
    return translate(this.locale, key, vars, this.strings || undefined, (this.constructor as typeof SalonElement).english);
  }

  /** A field's problem in the reader's language (the backend's own text for a code the widget does not word). */
  protected problemText(problem: Problem): string {
    return 'text' in problem ? problem.text : this.t(problemKeys[problem.code]);
  }

  /** The reader-facing message for an error from the backend layer. */
  protected errorText(error: SalonError): string {
    return this.t(`error.${error.kind}`);
  }

  /**
   * Renders into a wrapper that says which language the texts are in (WCAG 3.1.2): the widget's
   * own, not the page's (French texts on an English page), and English, left to right, while
   * the language has no catalog (English fallback text on an Arabic page must not run backwards).
   */
  protected override createRenderRoot(): HTMLElement {
    return (this.#text = (super.createRenderRoot() as ShadowRoot).appendChild(document.createElement('div')));
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#connection = this.#resolve();
    if (this.#connection) {
      // The REST client's outbox is sent from here on, whichever widget first names the backend.
      if (!(this.#connection instanceof SalonError)) attachBackend(this.#connection.backend);
    } else if (this.#waited === undefined) {
      this.#waited = false;
      void scriptsRan().then(() => {
        this.#waited = true;
        this.requestUpdate();
      });
    }
    // The provider's or an ancestor's language may have changed since the last update.
    this.#locale = undefined;
    const locale = this.locale;
    loadCatalog(locale);
    const lang = textLocale(locale, this.strings);
    this.#text!.lang = lang;
    // An author's own dir on the element wins (a right-to-left layout whatever the texts).
    this.#text!.dir = this.dir || direction(lang);
  }

  /** Tells the page's author, once per element, why it shows its not-set-up state (a warning, never an error). */
  protected override updated(_changed: PropertyValues<this>): void {
    const connection = this.#connection;
    const refused = this.#refused;
    if (this.#warned || !connection || !(connection instanceof SalonError || refused)) return;
    this.#warned = true;
    const needs = (this.constructor as typeof SalonElement).needs;
    let why: string;
    if (connection instanceof SalonError) why = connection.message;
    else if (refused!.kind === 'validation') why = `Salon: the backend refused what <${this.localName}> asked for: ${refused!.message}`;
    else why = `Salon: <${this.localName}> found no ${needs ? `${needs} "${this[needs as keyof this]}" on ` : ''}site "${connection.site}" (see the console’s Embed code).`;
    console.warn(why);
  }
}
