import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { atom } from 'nanostores';
import type { Recommendation, Recommendations } from '../../src/api/schemas.js';
import { SalonSwapClickEvent } from '../../src/events/swap-click.js';
import { SalonSwapImpressionEvent } from '../../src/events/swap-impression.js';
import { SalonSwapSignupEvent } from '../../src/events/swap-signup.js';
import { SalonSwapSignupErrorEvent } from '../../src/events/swap-signup-error.js';
import { controls } from '../../src/internal/controls.js';
import { checkField, textField } from '../../src/internal/fields.js';
import { SalonElement } from '../../src/internal/salon-element.js';
import english from '../../src/i18n/locales/en/swap.js';
import { StoreController } from '../../src/internal/store-controller.js';
import { writeStructuredData } from '../../src/internal/structured-data.js';
import { theme } from '../../src/internal/theme.js';
import { safeUrl } from '../../src/internal/url.js';
import { $reader } from '../../src/stores/profile.js';
import { connectionQuery, type Query, type QueryState } from '../../src/stores/query.js';
import { checkContact, submission } from '../../src/stores/submission.js';
import { $shop, clip, countSwap, shopLinks } from '../../src/stores/swaps.js';
import styles from './swap-card.styles.js';

/** How long half of a card must stay in view to count as seen. */
const SEEN_MS = 1000;

/**
 * "Readers also like": the book of an author this author swaps recommendations with, on the
 * author's own site — cover, blurb, genres, buy links (the reader's store first) and an inline
 * signup for the partner's newsletter, one author at a time, with that author's consent text.
 * Impressions (half the card in view for a second) and clicks are counted for both partners
 * with the backend's signed token; nothing identifies the reader. The data loads only when the
 * card comes near the viewport.
 *
 * @tag salon-swap-card
 * @summary List-swap recommendation card with fair attribution and a partner newsletter signup.
 *
 * @csspart heading - The "Readers of … also like" heading.
 * @csspart card - Each recommended book.
 * @csspart cover - The cover image (or its placeholder).
 * @csspart title - The book's title.
 * @csspart blurb - The blurb.
 * @csspart link - Buy links and the author's link.
 * @csspart button - "Read more", "Show another", the newsletter and retry buttons.
 * @csspart input - The store select and the newsletter's email and consent.
 * @csspart message - Loading, empty, error and result texts.
 *
 * @cssprop --salon-accent - The subscribe button (links take the page's text colour).
 * @cssprop --salon-on-accent - Text on the subscribe button.
 * @cssprop --salon-border - Card and field borders.
 * @cssprop --salon-radius - Corners of the card, cover, fields and buttons.
 * @cssprop --salon-gap - Spacing.
 * @cssprop --salon-muted - Author line and genres.
 * @cssprop --salon-danger - Invalid fields.
 * @cssprop --salon-focus - Focus outline.
 * @cssprop --salon-swap-cover-width - Width of the cover (default 6.5em).
 *
 * @fires {SalonSwapImpressionEvent} salon-swap-impression - A recommendation was seen (half in view for a second; once per book and page). `detail`: `{ swap, title, author }`.
 * @fires {SalonSwapClickEvent} salon-swap-click - The reader followed a buy or author link. `detail`: `{ swap, title, author, url, retailer? }`.
 * @fires {SalonSwapSignupEvent} salon-swap-signup - The backend accepted a newsletter signup through the card. `detail`: `{ swap, author, status }`.
 * @fires {SalonSwapSignupErrorEvent} salon-swap-signup-error - The backend refused a newsletter signup through the card or failed. `detail`: `{ swap, author, error }` (a `SalonError`).
 */
export class SalonSwapCard extends SalonElement {
  static override styles = [theme, controls, styles];

  static override properties: PropertyDeclarations = {
    placement: {},
    layout: { reflect: true },
    limit: { type: Number },
    genre: {},
    noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
    near: { state: true },
    shown: { state: true },
    open: { state: true },
    joining: { state: true },
  };

  protected static override english = english;

  /** Where the card sits (`sidebar`, `footer`, `after-post`…); swaps may be limited to placements. */
  placement?: string;

  /** `card`: one book at a time with "Show another"; `stack`: up to `limit` books. */
  layout: 'card' | 'stack' = 'card';

  /** How many books to load (the stack shows them all, the card rotates through them). */
  limit = 3;

  /** Ask for a partner in this genre first. */
  genre?: string;

  /** Do not write schema.org `Book` JSON-LD into the page. */
  noStructuredData = false;

  /** The card is near the viewport: its data may load. */
  private near = false;
  /** The book the card layout shows. */
  private shown = 0;
  /** Books whose whole blurb is open. */
  private open = new Set<string>();
  /** The swap whose newsletter form is open (one author at a time). */
  private joining?: string;

  #query?: Query<Recommendations>;
  readonly #data = new StoreController<QueryState<Recommendations>>(this, atom({ loading: true }));
  readonly #reader = new StoreController(this, $reader);
  readonly #shop = new StoreController(this, $shop);
  readonly #signup = submission('swapSignup', {
    success: ({ status }) => {
      const item = this.#item(this.joining);
      if (item) this.dispatchEvent(new SalonSwapSignupEvent({ swap: item.swap, author: item.author.name, status }));
    },
    error: (error) => {
      const item = this.#item(this.joining);
      if (item) this.dispatchEvent(new SalonSwapSignupErrorEvent({ swap: item.swap, author: item.author.name, error }));
      this.focusProblem('.newsletter');
    },
  });
  readonly #signupState = new StoreController(this, this.#signup.$state);
  #nearViewport?: IntersectionObserver;
  #halfInView?: IntersectionObserver;
  readonly #timers = new Map<Element, ReturnType<typeof setTimeout>>();
  /** Swaps counted as seen, per token: a count per book and page view. */
  readonly #seen = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    // Usually below the fold: ask for data only when the reader comes within a screen of it.
    this.#nearViewport = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.near = true;
          this.#nearViewport?.disconnect();
        }
      },
      { rootMargin: '100% 0px' },
    );
    this.#nearViewport.observe(this);
    this.#halfInView = new IntersectionObserver((entries) => this.#onHalfInView(entries), { threshold: 0.5 });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#nearViewport?.disconnect();
    this.#halfInView?.disconnect();
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#signup.dispose();
    writeStructuredData(this, undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.near) return;
    this.#query = connectionQuery(this.connection, 'getRecommendations', (site) => ({
      site,
      limit: Math.max(1, Math.min(this.limit || 1, 10)),
      ...(this.placement ? { placement: this.placement } : {}),
      ...(this.genre ? { genre: this.genre } : {}),
    }));
    this.#data.store = this.#query.$state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const card of this.renderRoot.querySelectorAll('article')) this.#halfInView?.observe(card);
    const items = this.#data.value.data?.items;
    if (items || this.noStructuredData) {
      writeStructuredData(this, this.noStructuredData ? undefined : items!.map(book));
    }
  }

  /** The books on screen: all of them stacked, or the one the card shows. */
  get #visible(): Recommendation[] {
    const items = this.#data.value.data?.items ?? [];
    return this.layout === 'stack' ? items : items.slice(this.shown % (items.length || 1)).slice(0, 1);
  }

  #item(swap: string | undefined): Recommendation | undefined {
    return this.#data.value.data?.items.find((i) => i.swap === swap);
  }

  #count(type: 'impression' | 'click', item: Recommendation): void {
    const connection = this.ready;
    const token = this.#data.value.data?.token;
    if (connection && token) countSwap(connection.backend, token, { type, swap: item.swap });
  }

  #onHalfInView(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting } of entries) {
      clearTimeout(this.#timers.get(target));
      this.#timers.delete(target);
      if (!isIntersecting) continue;
      // Seen only if it stays: a card scrolled past quickly is not counted.
      this.#timers.set(
        target,
        setTimeout(() => {
          this.#timers.delete(target);
          const item = this.#item((target as HTMLElement).dataset.swap);
          const key = `${this.#data.value.data?.token}:${item?.swap}`;
          if (!item || this.#seen.has(key)) return;
          this.#seen.add(key);
          this.#count('impression', item);
          this.dispatchEvent(new SalonSwapImpressionEvent({ swap: item.swap, title: item.title, author: item.author.name }));
        }, SEEN_MS),
      );
    }
  }

  #followed(item: Recommendation, url: string, retailer?: string): void {
    this.#count('click', item);
    this.dispatchEvent(
      new SalonSwapClickEvent({ swap: item.swap, title: item.title, author: item.author.name, url, ...(retailer ? { retailer } : {}) }),
    );
  }

  #join(item: Recommendation): void {
    if (this.joining !== item.swap) this.#signup.reset();
    this.joining = item.swap;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`article[data-swap="${CSS.escape(item.swap)}"] form input, article[data-swap="${CSS.escape(item.swap)}"] form button`)?.focus(),
    );
  }

  async #onSubmit(event: SubmitEvent, item: Recommendation): Promise<void> {
    event.preventDefault();
    const connection = this.ready;
    const token = this.#data.value.data?.token;
    if (!connection || !token || !item.newsletter) return;
    const data = new FormData(event.target as HTMLFormElement);
    const reader = this.#reader.value;
    const email = String(data.get('email') ?? reader?.email ?? '').trim();
    // A remembered reader's form has no email field and no checkbox: the tap under the consent text is the consent.
    const problems = checkContact(data.has('email') ? { email, consent: data.has('consent') } : { email });
    if (Object.keys(problems).length) {
      this.#signup.reject(problems);
      this.focusProblem('.newsletter');
      return;
    }
    await this.#signup.submit(
      connection.backend,
      {
        swap: item.swap,
        token,
        email,
        ...(reader?.name ? { name: reader.name } : {}),
        consentVersion: item.newsletter.consent.version,
        source: location.href,
        lang: this.locale,
      },
      { remember: false, shown: ['email', 'consent'] },
    );
    await this.updateComplete;
    // The form is gone once the signup is accepted or saved: keep the reader's place on the result.
    this.renderRoot.querySelector<HTMLElement>('.newsletter .status:not(:empty)')?.focus();
  }

  #newsletter(item: Recommendation): TemplateResult | typeof nothing {
    if (!item.newsletter) return nothing;
    const author = item.author.name;
    if (this.joining !== item.swap) {
      return html`<button type="button" part="button" @click=${() => this.#join(item)}>
        ${this.t('swap.newsletter', { author })}
      </button>`;
    }
    const { phase, result } = this.#signupState.value;
    const finished = phase === 'done' || phase === 'queued';
    let said: 'queued' | 'swap.confirmed' | 'swap.pending' = 'swap.pending';
    if (phase === 'queued') said = 'queued';
    else if (result?.status === 'confirmed') said = 'swap.confirmed';
    // The live region is on the page from the moment the form opens: one that appears in the same
    // update as its text is often not announced. The form then gives way to it, and focus goes to it.
    return html`${finished ? nothing : this.#newsletterForm(item, item.newsletter)}<p
        role="status"
        class="status"
        part="message"
        tabindex="-1"
      >${finished ? this.t(said, { author }) : nothing}</p>`;
  }

  #newsletterForm(item: Recommendation, newsletter: NonNullable<Recommendation['newsletter']>): TemplateResult {
    const author = item.author.name;
    const { phase, problems } = this.#signupState.value;
    const reader = this.#reader.value;
    const problem = (name: 'email' | 'consent') => (problems[name] ? this.problemText(problems[name]) : '');
    const emailProblem = problem('email');
    const consentProblem = problem('consent');
    const id = `n-${item.swap}`;
    let label = this.t('swap.subscribe');
    if (phase === 'sending') label = this.t('form.sending');
    else if (reader) label = this.t('swap.subscribeAs', { email: reader.email });
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.#onSubmit(e, item)} aria-label=${this.t('swap.newsletter', { author })}>
      ${reader
        ? html`<p class="consent">${newsletter.consent.text}</p>`
        : html`${textField({
              id: `${id}-email`,
              name: 'email',
              label: this.t('form.email'),
              type: 'email',
              autocomplete: 'email',
              required: true,
              ...(emailProblem ? { problem: emailProblem } : {}),
            })}
            ${checkField({
              id: `${id}-consent`,
              name: 'consent',
              label: newsletter.consent.text,
              required: true,
              ...(consentProblem ? { problem: consentProblem } : {}),
            })}`}
      ${this.formProblem(this.#signupState.value)}
      <button type="submit" part="button" ?disabled=${phase === 'sending'}>${label}</button>
    </form>`;
  }

  #card(item: Recommendation): TemplateResult {
    const author = item.author.name;
    const cover = safeUrl(item.coverUrl);
    const authorUrl = safeUrl(item.author.url);
    const links = shopLinks(item.links, this.#shop.value);
    const blurb = clip(item.blurb);
    const open = this.open.has(item.swap);
    const blurbId = `b-${item.swap}`;
    const toggle = () => {
      const next = new Set(this.open);
      if (!next.delete(item.swap)) next.add(item.swap);
      this.open = next;
    };
    return html`<article part="card" data-swap=${item.swap} aria-labelledby="t-${item.swap}">
      ${cover
        ? html`<img part="cover" class="cover" src=${cover} alt=${this.t('swap.cover', { title: item.title, author })} loading="lazy" decoding="async" />`
        : html`<div part="cover" class="cover" aria-hidden="true">${item.title}</div>`}
      <div class="about">
        <h3 id="t-${item.swap}" part="title">${item.title}</h3>
        <p class="author">
          ${authorUrl
            ? html`<a part="link" href=${authorUrl} target="_blank" rel="noopener" @click=${() => this.#followed(item, authorUrl)}
                >${this.t('swap.by', { author })}</a
              >`
            : this.t('swap.by', { author })}
        </p>
        ${blurb
          ? html`<p id=${blurbId} part="blurb" class="blurb ${open ? 'open' : ''}">${blurb}</p>
              ${blurb.length > 160
                ? html`<button type="button" class="link" part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${blurbId} @click=${toggle}>
                    ${this.t(open ? 'swap.less' : 'swap.more')}
                  </button>`
                : nothing}`
          : nothing}
        ${item.genres.length ? html`<ul class="genres" role="list">${item.genres.map((g) => html`<li>${g}</li>`)}</ul>` : nothing}
      </div>
      ${links.length
        ? html`<div class="buy">
            <p class="label">${this.t('swap.buy')}</p>
            <ul role="list" class="links">
              ${links.map(
                (link) =>
                  html`<li>
                    <a part="link" href=${link.url} target="_blank" rel="noopener" @click=${() => this.#followed(item, link.url, link.retailer)}
                      >${link.retailer}</a
                    >
                  </li>`,
              )}
            </ul>
            ${links.length > 1
              ? html`<label class="shop"
                  >${this.t('swap.shop')}
                  <select part="input" class="text" @change=${(e: Event) => $shop.set((e.target as HTMLSelectElement).value)}>
                    <option value="">${this.t('swap.anyShop')}</option>
                    ${links.map((l) => html`<option ?selected=${l.retailer === this.#shop.value}>${l.retailer}</option>`)}
                  </select></label
                >`
              : nothing}
          </div>`
        : nothing}
      <div class="newsletter">${this.#newsletter(item)}</div>
    </article>`;
  }

  protected override render(): TemplateResult {
    const { data, error, loading } = this.#data.value;
    if (!this.near || (!data && !error)) {
      return html`<div class="placeholder">${this.near ? html`<p role="status" part="message">${this.t('loading')}</p>` : nothing}</div>`;
    }
    if (!data) return this.failure(error!, 'swap.unset', () => this.#query?.refresh(), loading);
    if (!data.items.length) return html`<p part="message">${this.t('swap.empty')}</p>`;
    return html`<h2 part="heading">${data.host ? this.t('swap.heading', { author: data.host.name }) : this.t('swap.headingAnon')}</h2>
      ${this.#visible.map((item) => this.#card(item))}
      ${this.layout === 'card' && data.items.length > 1
        ? html`<button type="button" part="button" class="another" @click=${() => this.shown++}>${this.t('swap.another')}</button>`
        : nothing}`;
  }
}

/** schema.org `Book` data for a recommendation. */
const book = (item: Recommendation): object => ({
  '@context': 'https://schema.org',
  '@type': 'Book',
  name: item.title,
  author: { '@type': 'Person', name: item.author.name },
  ...(safeUrl(item.coverUrl) ? { image: item.coverUrl } : {}),
  ...(item.genres.length ? { genre: item.genres } : {}),
  description: clip(item.blurb, 300),
  offers: shopLinks(item.links, '').map((l) => ({ '@type': 'Offer', url: l.url, seller: { '@type': 'Organization', name: l.retailer } })),
});
