import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiProblem, Settings } from '../api.js';
import { ConsoleElement } from '../element.js';
import { LANGUAGES, translator } from '../i18n.js';
import { checkbox, field, fieldProblem, focusFirstInvalid, select } from '../parts.js';
import { messages } from './messages.js';

const t = translator(messages);

export type SiteDraft = Settings & { id: string };

/** An id from a name: "Jane Doe" → "jane-doe". */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);

/**
 * A site's settings as a form, for creating a site and for its Settings screen: names, the site id
 * (new sites only), the website addresses the widgets may run on, the widgets' language and the
 * directory listing. It checks what it can, then leaves saving to its screen; the server's
 * answer comes back as `problem`, shown on its field.
 *
 * @fires salon-console-save - `detail` is the draft to save.
 */
export class ConsoleSiteForm extends ConsoleElement {
  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    withId: { type: Boolean, attribute: 'with-id' },
    withDirectory: { type: Boolean, attribute: 'with-directory' },
    submitLabel: {},
    busy: { type: Boolean },
    problem: { attribute: false },
    draft: { state: true },
    missing: { state: true },
    genres: { state: true },
  };

  /** The settings to start from. */
  value: SiteDraft = { id: '', name: '', authorName: '', origins: [''], lang: 'en', listed: false, genres: [], about: '' };
  /** Ask for the site id (new sites). */
  withId = false;
  /** Show the directory listing fields. */
  withDirectory = false;
  submitLabel = '';
  busy = false;
  /** The server's refusal of the last save. */
  problem?: ApiProblem;

  private draft!: SiteDraft;
  private missing = new Set<string>();
  /** Genres as typed (split on save, so a comma can be typed). */
  private genres = '';
  #idTouched = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) {
      this.draft = { ...this.value, origins: this.value.origins.length ? [...this.value.origins] : [''] };
      this.genres = this.value.genres.join(', ');
      this.#idTouched = Boolean(this.value.id);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('problem') && this.problem?.field) focusFirstInvalid(this.renderRoot);
  }

  #set<K extends keyof SiteDraft>(key: K, value: SiteDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
    if (this.missing.has(key)) this.missing = new Set([...this.missing].filter((k) => k !== key));
  }

  async #submit(e: Event): Promise<void> {
    e.preventDefault();
    const required: Array<'name' | 'authorName' | 'id'> = ['name', 'authorName', ...(this.withId ? (['id'] as const) : [])];
    this.missing = new Set(required.filter((key) => !this.draft[key].trim()));
    if (this.missing.size) {
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    const detail: SiteDraft = {
      ...this.draft,
      origins: this.draft.origins.map((o) => o.trim()).filter(Boolean),
      genres: this.genres.split(',').map((g) => g.trim()).filter(Boolean),
    };
    this.dispatchEvent(new CustomEvent('salon-console-save', { detail, bubbles: true, composed: true }));
  }

  #problem(name: string): string | undefined {
    return this.missing.has(name) ? t('required') : fieldProblem(this.problem, name);
  }

  #origins(): TemplateResult {
    const { origins } = this.draft;
    const set = (i: number, value: string) => this.#set('origins', origins.map((o, j) => (j === i ? value : o)));
    const insecure = origins.some((o) => /^http:\/\/(?!localhost|127\.0\.0\.1)/.test(o.trim()));
    return html`<fieldset class="field">
      <legend>${t('origins')}</legend>
      <p class="hint" id="origins-hint">${t('origins.hint')}</p>
      ${origins.map(
        (origin, i) => html`<div class="row">
          ${field({
            id: `origin-${i}`,
            label: t('origin', { n: i + 1 }),
            type: 'url',
            inputmode: 'url',
            placeholder: 'https://',
            value: origin,
            problem: fieldProblem(this.problem, `origins.${i}`),
            onInput: (value) => set(i, value),
          })}
          ${origins.length > 1
            ? html`<button type="button" aria-label=${t('origin.remove', { n: i + 1 })} @click=${() => this.#set('origins', origins.filter((_, j) => j !== i))}>✕</button>`
            : nothing}
        </div>`,
      )}
      ${insecure ? html`<p class="hint">${t('origin.http')}</p>` : nothing}
      <div class="actions">
        <button type="button" @click=${async () => {
          this.#set('origins', [...origins, '']);
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLInputElement>(`#origin-${origins.length}`)?.focus();
        }}>${t('origin.add')}</button>
      </div>
    </fieldset>`;
  }

  protected override render(): TemplateResult {
    const d = this.draft;
    return html`<form novalidate @submit=${this.#submit}>
      ${field({
        id: 'authorName',
        label: t('author'),
        hint: t('author.hint'),
        required: true,
        autocomplete: 'name',
        value: d.authorName,
        problem: this.#problem('authorName'),
        onInput: (value) => {
          this.#set('authorName', value);
          if (this.withId && !this.#idTouched) this.#set('id', slug(value));
        },
      })}
      ${field({ id: 'name', label: t('name'), hint: t('name.hint'), required: true, value: d.name, problem: this.#problem('name'), onInput: (value) => this.#set('name', value) })}
      ${this.withId
        ? field({
            id: 'id',
            label: t('id'),
            hint: t('id.hint'),
            required: true,
            value: d.id,
            problem: this.#problem('id'),
            onInput: (value) => {
              this.#idTouched = true;
              this.#set('id', value);
            },
          })
        : nothing}
      ${this.#origins()}
      ${select({
        id: 'lang',
        label: t('lang'),
        hint: t('lang.hint'),
        value: d.lang,
        options: Object.entries(LANGUAGES),
        onChange: (value) => this.#set('lang', value),
      })}
      ${this.withDirectory
        ? html`${checkbox({ id: 'listed', label: t('listed'), hint: t('listed.hint'), checked: d.listed, onChange: (checked) => this.#set('listed', checked) })}
          ${field({
            id: 'genres',
            label: t('genres'),
            hint: t('genres.hint'),
            value: this.genres,
            problem: fieldProblem(this.problem, 'genres'),
            onInput: (value) => (this.genres = value),
          })}
          ${field({ id: 'about', label: t('about'), multiline: true, value: d.about, problem: fieldProblem(this.problem, 'about'), onInput: (value) => this.#set('about', value) })}`
        : nothing}
      ${this.problem && !this.problem.field ? html`<div role="alert"><p>${this.problem.message}</p></div>` : nothing}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>${this.submitLabel}</button>
      </div>
    </form>`;
  }
}

customElements.define('salon-console-site-form', ConsoleSiteForm);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-site-form': ConsoleSiteForm;
  }
  interface GlobalEventHandlersEventMap {
    'salon-console-save': CustomEvent<SiteDraft>;
  }
}
