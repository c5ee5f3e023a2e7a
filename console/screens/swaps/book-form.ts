import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiProblem, BookInput } from '../../api.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { field, fieldProblem, focusFirstInvalid } from '../../parts.js';
import { slug } from '../../site-form/site-form.js';
import { messages } from './messages.js';

const t = translator(messages);

/** A book being edited: its id (chosen once, for new books) and what readers see. */
export interface BookDraft {
  id: string;
  title: string;
  coverUrl: string;
  blurb: string;
  /** As typed: separated by commas. */
  genres: string;
  links: Array<{ retailer: string; url: string }>;
}

export const emptyBook = (): BookDraft => ({ id: '', title: '', coverUrl: '', blurb: '', genres: '', links: [{ retailer: '', url: '' }] });

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** What the form saves: the book's id and its fields as the API takes them. */
export interface BookSave {
  id: string;
  book: BookInput;
}

/**
 * A book as a form: title, id (new books only; suggested from the title), cover image address,
 * blurb (plain text), genres and buy links (a retailer and an address each, added and removed).
 * It checks what it can, then leaves saving to its screen; the server's refusal comes back as
 * `problem` and is shown on its field, which gets the focus.
 *
 * @fires salon-console-book-save - `detail` is the book to save.
 */
export class ConsoleBookForm extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      .link-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 0.75rem;
        align-items: end;
        padding-block: 0.25rem;
      }
      .link-row > .field {
        flex: 1 1 12rem;
      }
      .link-row > button {
        flex: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    isNew: { type: Boolean, attribute: 'is-new' },
    taken: { attribute: false },
    submitLabel: {},
    busy: { type: Boolean },
    problem: { attribute: false },
    draft: { state: true },
    own: { state: true },
  };

  /** The book to start from. */
  value: BookDraft = emptyBook();
  /** A new book: its id is asked for. */
  isNew = false;
  /** Ids of the author's other books, which a new book may not take. */
  taken: string[] = [];
  submitLabel = '';
  busy = false;
  /** The server's refusal of the last save. */
  problem?: ApiProblem;

  private draft: BookDraft = emptyBook();
  /** Problems found here, by field name, before anything is sent. */
  private own = new Map<string, string>();
  #idTouched = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) {
      this.draft = { ...this.value, links: this.value.links.length ? this.value.links.map((l) => ({ ...l })) : [{ retailer: '', url: '' }] };
      this.#idTouched = Boolean(this.value.id);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('problem') && this.problem?.field) focusFirstInvalid(this.renderRoot);
  }

  #set<K extends keyof BookDraft>(key: K, value: BookDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
    if (this.own.has(key)) this.own = new Map([...this.own].filter(([k]) => k !== key));
  }

  #setLink(i: number, key: 'retailer' | 'url', value: string): void {
    this.draft = { ...this.draft, links: this.draft.links.map((l, j) => (j === i ? { ...l, [key]: value } : l)) };
    const name = `links.${i}.${key}`;
    if (this.own.has(name)) this.own = new Map([...this.own].filter(([k]) => k !== name));
  }

  #problem(name: string): string | undefined {
    return this.own.get(name) ?? fieldProblem(this.problem, name);
  }

  #check(): Map<string, string> {
    const d = this.draft;
    const found = new Map<string, string>();
    if (!d.title.trim()) found.set('title', t('book.required'));
    if (this.isNew) {
      const id = d.id.trim();
      if (!id) found.set('id', t('book.required'));
      else if (!ID.test(id)) found.set('id', t('book.id.invalid'));
      else if (this.taken.includes(id)) found.set('id', t('book.id.taken'));
    }
    d.links.forEach((link, i) => {
      const retailer = link.retailer.trim();
      const url = link.url.trim();
      if (retailer && !url) found.set(`links.${i}.url`, t('book.link.url.missing'));
      else if (url && !retailer) found.set(`links.${i}.retailer`, t('book.link.retailer.missing'));
      else if (url && !/^https?:\/\//i.test(url)) found.set(`links.${i}.url`, t('book.link.url.invalid'));
    });
    return found;
  }

  async #submit(e: Event): Promise<void> {
    e.preventDefault();
    this.own = this.#check();
    if (this.own.size) {
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    // Rows left empty are not links; dropped here too, so the server's `links.<n>` are these rows.
    const links = this.draft.links.map((l) => ({ retailer: l.retailer.trim(), url: l.url.trim() })).filter((l) => l.retailer || l.url);
    this.draft = { ...this.draft, links: links.length ? links.map((l) => ({ ...l })) : [{ retailer: '', url: '' }] };
    const d = this.draft;
    const detail: BookSave = {
      id: d.id.trim(),
      book: {
        title: d.title.trim(),
        coverUrl: d.coverUrl.trim() || null,
        blurb: d.blurb.trim(),
        genres: d.genres.split(',').map((g) => g.trim()).filter(Boolean),
        links,
      },
    };
    this.dispatchEvent(new CustomEvent('salon-console-book-save', { detail, bubbles: true, composed: true }));
  }

  async #addLink(): Promise<void> {
    const n = this.draft.links.length;
    this.#set('links', [...this.draft.links, { retailer: '', url: '' }]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#link-${n}-retailer`)?.focus();
  }

  async #removeLink(i: number): Promise<void> {
    const links = this.draft.links.filter((_, j) => j !== i);
    this.draft = { ...this.draft, links: links.length ? links : [{ retailer: '', url: '' }] };
    this.own = new Map([...this.own].filter(([k]) => !k.startsWith('links.')));
    await this.updateComplete;
    // Focus stays in the list: on the row that took this one's place, or on "Add a link".
    (this.renderRoot.querySelector<HTMLElement>(`#link-${Math.min(i, this.draft.links.length - 1)}-retailer`) ?? this.renderRoot.querySelector<HTMLElement>('.add-link'))?.focus();
  }

  #links(): TemplateResult {
    const { links } = this.draft;
    const whole = fieldProblem(this.problem, 'links');
    const listProblem = whole && !/^links\.\d/.test(this.problem?.field ?? '') ? whole : undefined;
    return html`<fieldset class="field">
      <legend>${t('book.links')}</legend>
      <p class="hint" id="links-hint">${t('book.links.hint')}</p>
      ${listProblem ? html`<p class="problem">${listProblem}</p>` : nothing}
      ${links.map(
        (link, i) => html`<div class="link-row" role="group" aria-label=${t('book.link', { n: i + 1 })}>
          ${field({
            id: `link-${i}-retailer`,
            label: t('book.link.retailer'),
            value: link.retailer,
            placeholder: t('book.link.retailer.example'),
            problem: this.#problem(`links.${i}.retailer`),
            onInput: (value) => this.#setLink(i, 'retailer', value),
          })}
          ${field({
            id: `link-${i}-url`,
            label: t('book.link.url'),
            type: 'url',
            inputmode: 'url',
            placeholder: 'https://',
            value: link.url,
            problem: this.#problem(`links.${i}.url`),
            onInput: (value) => this.#setLink(i, 'url', value),
          })}
          ${links.length > 1 || link.retailer || link.url
            ? html`<button type="button" aria-label=${t('book.link.remove', { n: i + 1 })} @click=${() => this.#removeLink(i)}>✕</button>`
            : nothing}
        </div>`,
      )}
      ${links.length < 10 ? html`<div class="actions"><button type="button" class="add-link" @click=${this.#addLink}>${t('book.link.add')}</button></div>` : nothing}
    </fieldset>`;
  }

  protected override render(): TemplateResult {
    const d = this.draft;
    const general = this.problem && !this.problem.field ? this.problem : undefined;
    return html`<form novalidate @submit=${this.#submit}>
      ${field({
        id: 'title',
        label: t('book.title'),
        required: true,
        value: d.title,
        problem: this.#problem('title'),
        onInput: (value) => {
          this.#set('title', value);
          if (this.isNew && !this.#idTouched) this.#set('id', slug(value));
        },
      })}
      ${this.isNew
        ? field({
            id: 'id',
            label: t('book.id'),
            hint: t('book.id.hint'),
            required: true,
            value: d.id,
            problem: this.#problem('id'),
            onInput: (value) => {
              this.#idTouched = true;
              this.#set('id', value);
            },
          })
        : nothing}
      ${field({
        id: 'coverUrl',
        label: t('book.cover'),
        hint: t('book.cover.hint'),
        type: 'url',
        inputmode: 'url',
        placeholder: 'https://',
        value: d.coverUrl,
        problem: this.#problem('coverUrl'),
        onInput: (value) => this.#set('coverUrl', value),
      })}
      ${field({ id: 'blurb', label: t('book.blurb'), hint: t('book.blurb.hint'), multiline: true, value: d.blurb, problem: this.#problem('blurb'), onInput: (value) => this.#set('blurb', value) })}
      ${field({ id: 'genres', label: t('book.genres'), hint: t('book.genres.hint'), value: d.genres, problem: this.#problem('genres'), onInput: (value) => this.#set('genres', value) })}
      ${this.#links()}
      ${general ? html`<div role="alert"><p>${general.message}</p></div>` : nothing}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>${this.submitLabel}</button>
        <slot name="actions"></slot>
      </div>
    </form>`;
  }
}

customElements.define('salon-console-book-form', ConsoleBookForm);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-book-form': ConsoleBookForm;
  }
  interface GlobalEventHandlersEventMap {
    'salon-console-book-save': CustomEvent<BookSave>;
  }
}
