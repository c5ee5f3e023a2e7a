import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { SalonBackend } from '../../src/api/backend.js';
import { common, copyText } from '../common.js';
import { ConsoleElement } from '../element.js';
import { LANGUAGES, translator } from '../i18n.js';
import { checkbox, field, select } from '../parts.js';
import { messages } from './messages.js';
import { type Choice, type Loading, npmSnippet, scriptSnippet, type WidgetTag, widgetAttributes, widgets } from './snippet.js';

const t = translator(messages);

/**
 * The embed-code builder: pick a widget and its options, see it live, copy the code to paste.
 * The console shows it with the author's own site, groups and event tags; the public /builder/
 * page with the demo's. The preview is the real widget, made with the same attributes the
 * snippet gives it.
 */
export class SalonEmbedBuilder extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      .builder {
        display: grid;
        grid-template-columns: minmax(15rem, 22rem) minmax(0, 1fr);
        gap: 2rem;
      }
      @container (max-width: 46rem) {
        .builder {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .preview {
        padding: 1.5rem;
        border: 1px dashed var(--border);
        border-radius: var(--radius);
        background: #fff;
        color: #222;
      }
      .preview.dark {
        background: #16171b;
        color: #eee;
      }
      h2:first-child {
        margin-top: 0;
      }
      input[type='color'] {
        width: 4rem;
        padding: 0.2rem;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    api: {},
    cdn: {},
    backend: { attribute: false },
    groups: { attribute: false },
    tags: { attribute: false },
    pageLang: { attribute: 'page-lang' },
    choice: { state: true },
    copied: { state: true },
  };

  /** The API's base URL the code names. */
  api = new URL('/', location.href).href;
  /** The folder of the CDN files the code loads from (ending in `/`). */
  cdn = new URL('/cdn/', location.href).href;
  /** A backend object for the preview (tests, offline demos); the code still names `api`. */
  backend?: SalonBackend;
  /** The site's groups, to choose from, with how many questions each requires of a reader. */
  groups: Array<{ id: string; name: string; required?: number }> = [];
  /** The tags of the site's events, to choose from (free text when empty). */
  tags: string[] = [];
  /** The language of the author's pages (the site's), for the preview while the widgets follow the page's. */
  pageLang = 'en';

  private choice: Choice = {
    widget: 'salon-group-signup',
    group: '',
    compact: false,
    view: 'list',
    tag: '',
    placement: 'sidebar',
    layout: 'card',
    lang: '',
    theme: '',
    accent: '',
    loading: 'script',
  };
  private copied = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groups') && !this.groups.some((g) => g.id === this.choice.group)) {
      this.choice = { ...this.choice, group: this.groups[0]?.id ?? '' };
    }
  }

  #set<K extends keyof Choice>(name: K, value: Choice[K]): void {
    this.choice = { ...this.choice, [name]: value };
    this.copied = '';
  }

  #options(): TemplateResult {
    const c = this.choice;
    if (c.widget === 'salon-group-signup') {
      return this.groups.length === 0
        ? html`<p class="notice">${t('group.none')}</p>`
        : html`${select({ id: 'group', label: t('group'), value: c.group, options: this.groups.map((g) => [g.id, g.name]), onChange: (v) => this.#set('group', v) })}
          ${checkbox({ id: 'compact', label: t('compact'), checked: c.compact, ...this.#compactHint(), onChange: (v) => this.#set('compact', v) })}`;
    }
    if (c.widget === 'salon-event-calendar') {
      return html`${select({ id: 'view', label: t('view'), value: c.view, options: [['list', t('view.list')], ['month', t('view.month')]], onChange: (v) => this.#set('view', v as Choice['view']) })}
      ${this.tags.length
        ? select({ id: 'tag', label: t('tag'), value: c.tag, options: [['', t('tag.all')], ...this.tags.map((tag): [string, string] => [tag, tag])], onChange: (v) => this.#set('tag', v) })
        : field({ id: 'tag', label: t('tag'), value: c.tag, onInput: (v) => this.#set('tag', v) })}`;
    }
    return html`${field({ id: 'placement', label: t('placement'), hint: t('placement.hint'), value: c.placement, onInput: (v) => this.#set('placement', v) })}
    ${select({ id: 'layout', label: t('layout'), value: c.layout, options: [['card', t('layout.card')], ['stack', t('layout.stack')]], onChange: (v) => this.#set('layout', v as Choice['layout']) })}`;
  }

  /** Compact keeps the questions a reader must answer: the author is told, so the form is no surprise. */
  #compactHint(): { hint?: string } {
    const required = this.groups.find((g) => g.id === this.choice.group)?.required ?? 0;
    return required ? { hint: t('compact.required', { count: required }) } : {};
  }

  #previewKey = '';
  #previewElement?: HTMLElement & { backend?: SalonBackend };

  /** The live widget: made with the attributes the code gives it, again only when they change. */
  #preview(): HTMLElement | typeof nothing {
    const { widget, lang } = this.choice;
    if (widget === 'salon-group-signup' && !this.choice.group) return nothing;
    const key = JSON.stringify({ ...this.choice, loading: '', site: this.site, pageLang: this.pageLang });
    if (key === this.#previewKey && this.#previewElement) return this.#previewElement;
    this.#previewKey = key;
    const el = (this.#previewElement = document.createElement(widget));
    for (const [name, value] of widgetAttributes(this.choice)) el.setAttribute(name, value);
    // As on the author's page: the language chosen, else the page's (the site's language is the best guess of it).
    el.setAttribute('lang', lang || this.pageLang);
    el.setAttribute('site', this.site);
    if (this.backend) el.backend = this.backend;
    else el.setAttribute('api', this.api);
    return el;
  }

  async #copy(kind: 'script' | 'npm', text: string): Promise<void> {
    this.copied = `${kind}-${await copyText(text, this.renderRoot.querySelector(`pre.${kind}`))}`;
  }

  protected override render(): TemplateResult {
    const where = { cdn: this.cdn, api: this.api, site: this.site };
    const c = this.choice;
    const script = scriptSnippet(c, where);
    const npm = npmSnippet(c, where);
    const copied = this.copied.endsWith('-copied') ? common('copied') : this.copied ? common('selected') : '';
    return html`<div class="builder">
      <form @submit=${(e: Event) => e.preventDefault()} aria-labelledby="options">
        <h2 id="options">${t('options')}</h2>
        ${select({
          id: 'widget',
          label: t('widget'),
          value: c.widget,
          options: (Object.keys(widgets) as WidgetTag[]).map((tag) => [tag, t(`widget.${tag}`)]),
          onChange: (v) => this.#set('widget', v as WidgetTag),
        })}
        ${this.#options()}
        ${select({
          id: 'lang',
          label: t('lang'),
          hint: t(c.lang ? 'lang.fixed.hint' : 'lang.page.hint'),
          value: c.lang,
          options: [['', t('lang.page')], ...Object.entries(LANGUAGES)],
          onChange: (v) => this.#set('lang', v),
        })}
        ${select({
          id: 'theme',
          label: t('theme'),
          value: c.theme,
          options: [['', t('theme.page')], ['light', t('theme.light')], ['dark', t('theme.dark')], ['auto', t('theme.auto')]],
          onChange: (v) => this.#set('theme', v as Choice['theme']),
        })}
        <div class="field">
          <label for="accent">${t('accent')}</label>
          <input type="color" id="accent" name="accent" .value=${c.accent || '#2d56c9'} @input=${(e: Event) => this.#set('accent', (e.target as HTMLInputElement).value)} />
        </div>
        ${select({
          id: 'loading',
          label: t('loading'),
          value: c.loading,
          options: (['script', 'loader', 'module'] as Loading[]).map((l) => [l, t(`loading.${l}`)]),
          onChange: (v) => this.#set('loading', v as Loading),
        })}
      </form>
      <div>
        <h2 id="preview">${t('preview')}</h2>
        <div class=${classMap({ preview: true, dark: c.theme === 'dark' })} role="region" aria-labelledby="preview">${this.#preview()}</div>
        <h2 id="paste">${t('paste')}</h2>
        <p class="hint">${t('loading.hint')}</p>
        <pre class="script">${script}</pre>
        <div class="actions"><button type="button" class="primary" @click=${() => this.#copy('script', script)}>${t('copy.script')}</button></div>
        <p class="hint">${t('paste.hint')}</p>
        <h2 id="npm">${t('npm')}</h2>
        <pre class="npm">${npm}</pre>
        <div class="actions"><button type="button" @click=${() => this.#copy('npm', npm)}>${t('copy.npm')}</button></div>
        <p role="status">${copied}</p>
      </div>
    </div>`;
  }
}

customElements.define('salon-embed-builder', SalonEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'salon-embed-builder': SalonEmbedBuilder;
  }
}
