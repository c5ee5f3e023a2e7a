// <salon-embed-builder>: pick a widget, set its options, see it live, copy the embed code. Built
// with Lit and Salon's own elements (the page loads Salon through the same script tag an author
// pastes); bundled to dist/demo/builder.js by `npm run build`.
import { LitElement, css, html } from 'lit';
import { npmSnippet, scriptSnippet, widgetAttributes, widgets } from './snippet.js';

const languages = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch' };

export class SalonEmbedBuilder extends LitElement {
  static properties = {
    site: {},
    api: {},
    cdn: {},
    /** A backend object for the preview (tests and offline demos); the snippet still names `api`. */
    backend: { attribute: false },
    choice: { state: true },
    copied: { state: true },
  };

  static styles = css`
    :host {
      display: grid;
      grid-template-columns: minmax(16em, 22em) minmax(0, 1fr);
      gap: 2em;
      font: inherit;
    }
    @media (max-width: 760px) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    form {
      display: grid;
      gap: 0.75em;
      align-content: start;
    }
    label {
      display: grid;
      gap: 0.25em;
      font-weight: 600;
    }
    label.check {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    input:not([type='checkbox']):not([type='color']),
    select {
      min-height: 44px;
      padding: 0.25em 0.5em;
      font: inherit;
    }
    .preview {
      padding: 1.5em;
      border: 1px dashed #aaa;
      border-radius: 0.5em;
    }
    .preview.dark {
      background: #16171b;
      color: #eee;
    }
    pre {
      overflow-x: auto;
      padding: 1em;
      border-radius: 0.5em;
      background: #f3f1ec;
      color: #222;
      font-size: 0.85em;
      white-space: pre-wrap;
      word-break: break-all;
    }
    h2 {
      font-size: 1.1em;
      margin: 1.5em 0 0.5em;
    }
    button {
      min-height: 44px;
      padding: 0.25em 1em;
      font: inherit;
      cursor: pointer;
    }
  `;

  constructor() {
    super();
    this.site = 'demo';
    this.api = new URL('/', location.href).href;
    this.cdn = new URL('/cdn/salon.iife.js', location.href).href;
    this.choice = { widget: 'salon-event-calendar', group: 'spring-mastermind', compact: false, view: 'list', tag: '', placement: 'sidebar', layout: 'card', lang: 'en', theme: '', accent: '' };
    this.copied = '';
  }

  #set(name, value) {
    this.choice = { ...this.choice, [name]: value };
    this.copied = '';
  }

  #field(name, label, control) {
    return html`<label>${label} ${control}</label>`;
  }

  #select(name, options) {
    return html`<select name=${name} @change=${(e) => this.#set(name, e.target.value)}>
      ${Object.entries(options).map(([value, text]) => html`<option value=${value} ?selected=${this.choice[name] === value}>${text}</option>`)}
    </select>`;
  }

  #text(name) {
    return html`<input name=${name} .value=${this.choice[name]} @input=${(e) => this.#set(name, e.target.value)} />`;
  }

  #options() {
    const { widget } = this.choice;
    if (widget === 'salon-group-signup') {
      return html`${this.#field('group', 'Group', this.#select('group', { 'spring-mastermind': 'Spring mastermind', readers: 'Readers’ group', newsletter: 'Newsletter' }))}
        <label class="check"
          ><input type="checkbox" name="compact" .checked=${this.choice.compact} @change=${(e) => this.#set('compact', e.target.checked)} />
          Compact (email only, for sidebars)</label
        >`;
    }
    if (widget === 'salon-event-calendar') {
      return html`${this.#field('view', 'View', this.#select('view', { list: 'Agenda list', month: 'Month grid' }))}
      ${this.#field('tag', 'Only events tagged', this.#text('tag'))}`;
    }
    return html`${this.#field('placement', 'Placement', this.#text('placement'))}
    ${this.#field('layout', 'Layout', this.#select('layout', { card: 'One book at a time', stack: 'Several books' }))}`;
  }

  #previewKey = '';
  #previewElement;

  /** The live widget: created with the same attributes the snippet gives it, again only when they change. */
  #preview() {
    const key = JSON.stringify(this.choice);
    if (key === this.#previewKey) return this.#previewElement;
    this.#previewKey = key;
    const { widget, lang } = this.choice;
    const el = (this.#previewElement = document.createElement(widget));
    for (const [name, value] of widgetAttributes(this.choice)) el.setAttribute(name, value);
    el.setAttribute('lang', lang);
    el.setAttribute('site', this.site);
    if (this.backend) el.backend = this.backend;
    else el.setAttribute('api', this.api);
    return el;
  }

  async #copy(kind, text) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = kind;
    } catch {
      // No clipboard permission: select the text so the reader can copy it themselves.
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector(`pre.${kind}`));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      this.copied = `${kind}-selected`;
    }
  }

  render() {
    const config = { cdn: this.cdn, api: this.api, site: this.site };
    const script = scriptSnippet(this.choice, config);
    const npm = npmSnippet(this.choice, config);
    return html`<form @submit=${(e) => e.preventDefault()} aria-label="Widget options">
        ${this.#field('widget', 'Widget', this.#select('widget', Object.fromEntries(Object.entries(widgets).map(([tag, w]) => [tag, w.label]))))}
        ${this.#options()}
        ${this.#field('lang', 'Language', this.#select('lang', languages))}
        ${this.#field('theme', 'Theme', this.#select('theme', { '': 'Follow my page', light: 'Light', dark: 'Dark', auto: 'Reader’s system setting' }))}
        ${this.#field('accent', 'Accent colour', html`<input type="color" name="accent" .value=${this.choice.accent || '#2d56c9'} @input=${(e) => this.#set('accent', e.target.value)} />`)}
      </form>
      <div>
        <h2 id="preview">Preview</h2>
        <div class="preview ${this.choice.theme === 'dark' ? 'dark' : ''}" aria-labelledby="preview">${this.#preview()}</div>
        <h2>Paste into your site</h2>
        <pre class="script">${script}</pre>
        <button type="button" @click=${() => this.#copy('script', script)}>Copy the script-tag code</button>
        <h2>For developers (npm)</h2>
        <pre class="npm">${npm}</pre>
        <button type="button" @click=${() => this.#copy('npm', npm)}>Copy the npm code</button>
        <p role="status">${this.copied === 'script' || this.copied === 'npm' ? 'Copied.' : this.copied ? 'Selected: press Ctrl+C (⌘C) to copy.' : ''}</p>
      </div>`;
  }
}

if (!customElements.get('salon-embed-builder')) customElements.define('salon-embed-builder', SalonEmbedBuilder);
