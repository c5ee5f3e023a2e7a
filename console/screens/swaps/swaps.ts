import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiProblem, Book, DirectoryAuthor, Swap } from '../../api.js';
import { common } from '../../common.js';
import type { ConsoleConfirm } from '../../confirm.js';
import '../../confirm.js';
import { ConsoleElement } from '../../element.js';
import { formatDateTime, translator } from '../../i18n.js';
import { field, fieldProblem, focusFirstInvalid, problemBlock, select } from '../../parts.js';
import { go, href } from '../../router.js';
import { api } from '../../session.js';
import { type BookDraft, type BookSave, emptyBook } from './book-form.js';
import './book-form.js';
import type { LedgerSwap } from './ledger.js';
import './ledger.js';
import { messages } from './messages.js';

const t = translator(messages);

/** What the screen's pages draw from: the site's swaps and books, the directory (for names), and whether the site is listed. */
interface Data {
  swaps: Swap[];
  books: Book[];
  authors: DirectoryAuthor[];
  listed: boolean;
}

type Page =
  | { name: 'swaps' }
  | { name: 'books' }
  | { name: 'book'; id?: string }
  | { name: 'directory' }
  | { name: 'propose'; partner: string };

function pageOf(path: string): Page {
  const [first, second] = path.split('/').filter(Boolean);
  if (first === 'books' && second === undefined) return { name: 'books' };
  if (first === 'books') return second === 'new' ? { name: 'book' } : { name: 'book', id: second };
  if (first === 'directory') return { name: 'directory' };
  if (first === 'propose' && second) return { name: 'propose', partner: second };
  return { name: 'swaps' };
}

/** The badge on a past swap: which side declined or withdrew it, or that it ended. */
function pastBadge(swap: Swap, mine: boolean): string {
  if (swap.status === 'declined') return t(mine ? 'past.declined.them' : 'past.declined.you');
  if (swap.status === 'withdrawn') return t(mine ? 'past.withdrawn.you' : 'past.withdrawn.them');
  return t('past.ended');
}

const day = (iso: string | null): string => (iso ? formatDateTime(iso, { dateStyle: 'medium' }) : '');

/** A proposal being written: the two books and, under "More options", the weight and placements. */
interface Proposal {
  book: string;
  partnerBook: string;
  weight: string;
  placements: string;
}

const noProposal = (): Proposal => ({ book: '', partnerBook: '', weight: '', placements: '' });

/**
 * Books and swaps: the swaps waiting for the author's answer (with the book they would show),
 * their own proposals, running and past swaps with the ledger of what each side sent and
 * received; their books (`#/<site>/swaps/books`, `books/new`, `books/<id>`); and the directory of
 * authors to propose a swap to (`directory`, `propose/<site>`).
 */
export class ConsoleSwaps extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      .back {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        margin-bottom: 0.25rem;
      }
      .card {
        overflow-wrap: anywhere;
      }
      .card h2,
      .card h3 {
        margin-top: 0;
      }
      .card:focus {
        outline: 3px solid var(--accent);
        outline-offset: 2px;
      }
      .list {
        display: grid;
        gap: 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
        max-width: 56rem;
      }
      .list > li + li,
      .list > .card + .card {
        margin-top: 0;
      }
      dl.books {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
        gap: 0.75rem 1.5rem;
        margin: 0 0 0.75rem;
      }
      dl.books dt {
        font-size: 0.9rem;
        color: var(--muted);
      }
      dl.books dd {
        margin: 0.25rem 0 0;
      }
      .book-line {
        display: flex;
        gap: 0.75rem;
        align-items: flex-start;
      }
      img.cover {
        flex: none;
        width: 3rem;
        aspect-ratio: 2 / 3;
        object-fit: cover;
        border-radius: 0.25rem;
        background: var(--canvas);
      }
      .actions + .list {
        margin-top: 1rem;
      }
      .card > .actions {
        margin-top: 1rem;
      }
      .book-card.with-cover {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: 0 1rem;
      }
      .book-card img.cover {
        width: 4.5rem;
      }
      .blurb {
        white-space: pre-line;
      }
      .meta {
        font-size: 0.9rem;
        color: var(--muted);
      }
      .genres {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        margin: 0 0 0.75rem;
        padding: 0;
        list-style: none;
      }
      .notice a,
      .actions a {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
      details {
        margin: 0;
      }
      summary {
        display: flex;
        align-items: center;
        min-height: 44px;
        cursor: pointer;
        font-weight: 600;
      }
      summary::before {
        content: '▸';
        margin-inline-end: 0.5rem;
      }
      details[open] > summary::before {
        content: '▾';
      }
      details > .field {
        margin-top: 0.75rem;
      }
      .filter {
        max-width: 24rem;
        margin-bottom: 1rem;
      }
      @container (max-width: 30rem) {
        .book-card.with-cover {
          grid-template-columns: minmax(0, 1fr);
        }
        .book-card img.cover {
          margin-bottom: 0.5rem;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    path: {},
    status: { state: true },
    problem: { state: true },
    problemBook: { state: true },
    acting: { state: true },
    savingBook: { state: true },
    bookProblem: { state: true },
    genre: { state: true },
    proposal: { state: true },
    proposalProblem: { state: true },
    proposalOwn: { state: true },
    proposing: { state: true },
    moreOpen: { state: true },
  };

  /** The rest of the address after the screen's name (`#/<site>/swaps/<path>`). */
  path = '';

  private status = '';
  /** A swap answered or a book deleted that the server refused. */
  private problem?: ApiProblem;
  /** The book whose deletion `problem` is about, to show it on that book. */
  private problemBook = '';
  /** The swap being answered, whose buttons wait. */
  private acting = '';
  private savingBook = false;
  private bookProblem?: ApiProblem;
  private genre = '';
  private proposal: Proposal = noProposal();
  private proposalProblem?: ApiProblem;
  /** Problems found here in the proposal, by field. */
  private proposalOwn = new Map<string, string>();
  private proposing = false;
  private moreOpen = false;
  private get confirm(): ConsoleConfirm {
    return this.renderRoot.querySelector('salon-console-confirm')!;
  }

  /** The page the status message belongs to: it is cleared on the way to any other. */
  #statusPath = '';
  /** The book form's starting value, kept while its page is open so a reload does not reset typing. */
  #bookValue?: { path: string; value: BookDraft };

  /**
   * Loaded again on every move between the screen's pages (as the Groups screen does), so coming
   * back to the list shows a proposal a partner made meanwhile; the old data stays on screen
   * while the new comes.
   */
  readonly #data = new Task(this, {
    task: async ([site], { signal }): Promise<Data> => {
      const [swaps, books, directory, settings] = await Promise.all([
        api.swaps(site, signal),
        api.books(site, signal),
        api.directory(undefined, signal),
        api.settings(site, signal),
      ]);
      return { swaps: swaps.swaps, books: books.books, authors: directory.authors, listed: settings.listed };
    },
    args: () => [this.site, this.path] as const,
  });

  /** The directory in one genre (the whole of it is in `#data`), loaded again each time the directory is opened. */
  readonly #inGenre = new Task(this, {
    task: async ([genre, path], { signal }) => (genre && pageOf(path).name === 'directory' ? (await api.directory(genre, signal)).authors : undefined),
    args: () => [this.genre, this.path] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('path')) {
      if (this.path !== this.#statusPath) this.status = '';
      this.problem = undefined;
      this.problemBook = '';
      this.bookProblem = undefined;
      this.proposal = noProposal();
      this.proposalProblem = undefined;
      this.proposalOwn = new Map();
      this.moreOpen = false;
    }
  }

  /** Says what happened, in the status line of the page the author is (or is going) on. */
  #announce(text: string, path = this.path): void {
    this.status = text;
    this.#statusPath = path;
  }

  #author(d: Data, site: string): DirectoryAuthor | undefined {
    return d.authors.find((a) => a.site === site);
  }

  /** The partner's name from the directory; their site's id when they are not listed. */
  #name(d: Data, site: string): string {
    return this.#author(d, site)?.authorName ?? site;
  }

  #cover(url: string | null | undefined): TemplateResult | typeof nothing {
    // Decorative: the title is beside it.
    return url ? html`<img class="cover" src=${url} alt="" loading="lazy" referrerpolicy="no-referrer" />` : nothing;
  }

  #ownBook(d: Data, id: string): TemplateResult {
    const book = d.books.find((b) => b.id === id);
    return html`<div class="book-line">
      ${this.#cover(book?.coverUrl)}
      <div><strong>${book?.title ?? id}</strong></div>
    </div>`;
  }

  #partnerBook(d: Data, site: string, id: string): TemplateResult {
    const book = this.#author(d, site)?.books.find((b) => b.id === id);
    return html`<div class="book-line">
      ${this.#cover(book?.coverUrl)}
      <div>
        <strong>${book?.title ?? id}</strong>
        <div class="meta">${t('swap.by', { author: this.#name(d, site) })}${book?.genres.length ? ` · ${book.genres.join(', ')}` : ''}</div>
      </div>
    </div>`;
  }

  #meta(s: Swap): string {
    const parts = [
      s.status === 'proposed'
        ? t('swap.proposedOn', { date: day(s.createdAt) })
        : s.status === 'active'
          ? t('swap.since', { date: day(s.acceptedAt) })
          : s.status === 'ended'
            ? t('swap.ran', { from: day(s.acceptedAt), to: day(s.endedAt) })
            : t('swap.closed', { from: day(s.createdAt), to: day(s.endedAt) }),
    ];
    if (s.weight !== 1) parts.push(t('swap.weight', { weight: s.weight }));
    if (s.placements.length) parts.push(t('swap.placements', { placements: s.placements.join(', ') }));
    return parts.join(' · ');
  }

  #swapCard(d: Data, s: Swap, heading: TemplateResult | string, actions: TemplateResult | typeof nothing = nothing): TemplateResult {
    const partner = this.#name(d, s.partner);
    return html`<article class="card swap" id="swap-${s.id}" tabindex="-1" aria-labelledby="swap-${s.id}-h">
      <h3 id="swap-${s.id}-h">${heading}</h3>
      <dl class="books">
        <div>
          <dt>${t('swap.onYours')}</dt>
          <dd>${this.#partnerBook(d, s.partner, s.partnerBook)}</dd>
        </div>
        <div>
          <dt>${t('swap.onTheirs', { partner })}</dt>
          <dd>${this.#ownBook(d, s.book)}</dd>
        </div>
      </dl>
      <p class="meta">${this.#meta(s)}</p>
      ${this.problem && this.problemBook === `swap:${s.id}` ? problemBlock(this.problem) : nothing}
      ${actions !== nothing ? html`<div class="actions">${actions}</div>` : nothing}
    </article>`;
  }

  async #answer(d: Data, s: Swap, answer: 'accept' | 'decline' | 'end'): Promise<void> {
    const partner = this.#name(d, s.partner);
    const withdraw = answer === 'end' && s.status === 'proposed';
    if (answer === 'decline' && !(await this.confirm.ask(t('decline.confirm', { partner }), t('decline'), common('cancel')))) return;
    if (withdraw && !(await this.confirm.ask(t('withdraw.confirm', { partner }), t('withdraw'), common('cancel')))) return;
    if (answer === 'end' && !withdraw && !(await this.confirm.ask(t('end.confirm', { partner }), t('end'), common('cancel')))) return;
    this.problem = undefined;
    this.acting = s.id;
    try {
      await api.answerSwap(this.site, s.id, answer);
      const done = withdraw ? 'withdrawn' : ({ accept: 'accepted', decline: 'declined', end: 'ended' } as const)[answer];
      this.#announce(t(done, { partner }));
      await this.#data.run();
      await this.updateComplete;
      // The swap moved to another list: focus follows it there.
      this.renderRoot.querySelector<HTMLElement>(`#swap-${CSS.escape(s.id)}`)?.focus();
    } catch (error) {
      this.problem = error as ApiProblem;
      this.problemBook = `swap:${s.id}`;
    } finally {
      this.acting = '';
    }
  }

  #swapsPage(d: Data): TemplateResult {
    const mine = (s: Swap) => s.proposedBy === this.site;
    const waiting = d.swaps.filter((s) => s.status === 'proposed' && !mine(s));
    const sent = d.swaps.filter((s) => s.status === 'proposed' && mine(s));
    const running = d.swaps.filter((s) => s.status === 'active');
    const past = d.swaps.filter((s) => s.status !== 'proposed' && s.status !== 'active').sort((a, b) => (b.endedAt ?? '').localeCompare(a.endedAt ?? ''));
    const ran: LedgerSwap[] = [...running, ...past.filter((s) => s.acceptedAt)].map((s) => ({ id: s.id, partnerName: this.#name(d, s.partner) }));
    const busy = (s: Swap) => this.acting === s.id;
    const button = (s: Swap, label: string, answer: 'accept' | 'decline' | 'end', kind = '') =>
      html`<button type="button" class=${kind} ?disabled=${busy(s)} aria-describedby="swap-${s.id}-h" @click=${() => this.#answer(d, s, answer)}>${label}</button>`;

    return html`<p>${t('intro')}</p>
      ${waiting.length
        ? html`<section aria-labelledby="waiting">
            <h2 id="waiting">${t('waiting', { count: waiting.length })}</h2>
            <p>${t('waiting.intro')}</p>
            <div class="list">
              ${waiting.map((s) =>
                this.#swapCard(d, s, t('waiting.from', { partner: this.#name(d, s.partner) }), html`${button(s, t('accept'), 'accept', 'primary')} ${button(s, t('decline'), 'decline')}`),
              )}
            </div>
          </section>`
        : nothing}
      ${sent.length
        ? html`<section aria-labelledby="sent">
            <h2 id="sent">${t('sent')}</h2>
            <div class="list">${sent.map((s) => this.#swapCard(d, s, t('sent.to', { partner: this.#name(d, s.partner) }), button(s, t('withdraw'), 'end')))}</div>
          </section>`
        : nothing}
      <section aria-labelledby="running">
        <h2 id="running">${t('running')}</h2>
        ${running.length
          ? html`<div class="list">${running.map((s) => this.#swapCard(d, s, t('running.with', { partner: this.#name(d, s.partner) }), button(s, t('end'), 'end', 'danger')))}</div>`
          : html`<p class="muted">${t('running.none')}</p>`}
      </section>
      ${ran.length
        ? html`<section aria-labelledby="ledger">
            <h2 id="ledger">${t('ledger')}</h2>
            <salon-console-swap-ledger .site=${this.site} .swaps=${ran}></salon-console-swap-ledger>
          </section>`
        : nothing}
      ${past.length
        ? html`<section aria-labelledby="past">
            <h2 id="past">${t('past')}</h2>
            <div class="list">
              ${past.map((s) => {
                const partner = this.#name(d, s.partner);
                return this.#swapCard(d, s, html`${t('running.with', { partner })} <span class="badge">${pastBadge(s, mine(s))}</span>`);
              })}
            </div>
          </section>`
        : nothing}
      <section aria-labelledby="books">
        <h2 id="books">${t('books')}</h2>
        ${d.books.length
          ? html`<ul>
                ${d.books.slice(0, 5).map((b) => html`<li><a href=${href(this.site, 'swaps', 'books', b.id)}>${b.title}</a></li>`)}
              </ul>
              <div class="actions">
                <a href=${href(this.site, 'swaps', 'books')}>${t('books.manage', { count: d.books.length })}</a>
                <a href=${href(this.site, 'swaps', 'books', 'new')}>${t('books.add')}</a>
              </div>`
          : html`<p>${t('books.none')}</p>
              <div class="actions"><a class="button primary" href=${href(this.site, 'swaps', 'books', 'new')}>${t('books.add')}</a></div>`}
      </section>
      <section aria-labelledby="find">
        <h2 id="find">${t('find')}</h2>
        <p>${t('find.intro')}</p>
        <div class="actions"><a class="button" href=${href(this.site, 'swaps', 'directory')}>${t('find.open')}</a></div>
      </section>`;
  }

  async #deleteBook(book: Book): Promise<void> {
    if (!(await this.confirm.ask(t('book.delete.confirm', { title: book.title }), t('book.delete', { title: book.title }), common('cancel')))) return;
    this.problem = undefined;
    try {
      await api.deleteBook(this.site, book.id);
      this.#announce(t('book.deleted', { title: book.title }));
      await this.#data.run();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.problem = error as ApiProblem;
      this.problemBook = book.id;
    }
  }

  #booksPage(d: Data): TemplateResult {
    const inSwaps = (book: Book) =>
      d.swaps.filter((s) => s.book === book.id && (s.status === 'active' || s.status === 'proposed')).map((s) => this.#name(d, s.partner));
    return html`<p>${t('books.intro')}</p>
      <div class="actions"><a class="button primary" href=${href(this.site, 'swaps', 'books', 'new')}>${t('books.add')}</a></div>
      ${d.books.length
        ? html`<ul class="list" aria-label=${t('books')}>
            ${d.books.map((book) => {
              const partners = inSwaps(book);
              return html`<li class="card book-card ${book.coverUrl ? 'with-cover' : ''}">
                ${this.#cover(book.coverUrl)}
                <div>
                  <h2 id="book-${book.id}">${book.title}</h2>
                  ${book.genres.length ? html`<ul class="genres" aria-label=${t('book.genres')}>${book.genres.map((g) => html`<li class="badge">${g}</li>`)}</ul>` : nothing}
                  ${book.blurb ? html`<p class="blurb">${book.blurb}</p>` : nothing}
                  <p class="meta">
                    ${book.links.length ? t('book.buyAt', { retailers: book.links.map((l) => l.retailer).join(', ') }) : t('book.noLinks')}
                    ${partners.length ? html` · ${t('book.inSwap', { partners: partners.join(', ') })}` : nothing}
                  </p>
                  ${this.problem && this.problemBook === book.id ? problemBlock(this.problem) : nothing}
                  <div class="actions">
                    <a class="button" href=${href(this.site, 'swaps', 'books', book.id)} aria-describedby="book-${book.id}">${common('edit')}</a>
                    <button type="button" class="danger" aria-describedby="book-${book.id}" @click=${() => this.#deleteBook(book)}>${common('delete')}</button>
                  </div>
                </div>
              </li>`;
            })}
          </ul>`
        : html`<p class="muted">${t('books.none')}</p>`}`;
  }

  async #saveBook(e: CustomEvent<BookSave>, isNew: boolean): Promise<void> {
    this.savingBook = true;
    this.bookProblem = undefined;
    try {
      const saved = await api.saveBook(this.site, e.detail.id, e.detail.book);
      this.#announce(t(isNew ? 'book.added' : 'book.saved', { title: saved.title }), 'books');
      // Moving to the list loads it again.
      go(href(this.site, 'swaps', 'books'));
    } catch (error) {
      this.bookProblem = error as ApiProblem;
    } finally {
      this.savingBook = false;
    }
  }

  #bookPage(d: Data, id: string | undefined): TemplateResult {
    const book = id === undefined ? undefined : d.books.find((b) => b.id === id);
    if (id !== undefined && !book) {
      return html`<p>${t('book.missing')}</p>
        <p><a href=${href(this.site, 'swaps', 'books')}>${t('books.back')}</a></p>`;
    }
    if (this.#bookValue?.path !== this.path) {
      const value = book
        ? { id: book.id, title: book.title, coverUrl: book.coverUrl ?? '', blurb: book.blurb, genres: book.genres.join(', '), links: book.links.map((l) => ({ ...l })) }
        : emptyBook();
      this.#bookValue = { path: this.path, value };
    }
    return html`<salon-console-book-form
      ?is-new=${!book}
      .value=${this.#bookValue.value}
      .taken=${d.books.map((b) => b.id)}
      .problem=${this.bookProblem}
      .busy=${this.savingBook}
      .submitLabel=${this.savingBook ? common('saving') : book ? t('book.save') : t('book.add')}
      @salon-console-book-save=${(e: CustomEvent<BookSave>) => this.#saveBook(e, !book)}
      ><a slot="actions" class="button" href=${href(this.site, 'swaps', 'books')}>${common('cancel')}</a></salon-console-book-form
    >`;
  }

  /** Why the author cannot propose yet (not listed, no book), with where to fix it; nothing when they can. */
  #readiness(d: Data): TemplateResult | typeof nothing {
    return html`${d.listed
        ? nothing
        : html`<div class="notice">
            <p>${t('unlisted')}</p>
            <a href=${href(this.site, 'settings')}>${t('unlisted.do')}</a>
          </div>`}
      ${d.books.length
        ? nothing
        : html`<div class="notice">
            <p>${t('nobook')}</p>
            <a href=${href(this.site, 'swaps', 'books', 'new')}>${t('books.add')}</a>
          </div>`}`;
  }

  #directoryPage(d: Data): TemplateResult {
    const others = (authors: DirectoryAuthor[]) => authors.filter((a) => a.site !== this.site);
    const genres = [...new Set(others(d.authors).flatMap((a) => [...a.genres, ...a.books.flatMap((b) => b.genres)].map((g) => g.toLowerCase())))].sort((a, b) =>
      a.localeCompare(b, this.language),
    );
    const ready = d.listed && d.books.length > 0;
    // One status line for every filter, so each new count is announced.
    const inGenre = this.#inGenre.status === TaskStatus.COMPLETE ? this.#inGenre.value : undefined;
    const shown = this.genre ? (inGenre ? others(inGenre) : undefined) : others(d.authors);
    const list = (authors: DirectoryAuthor[]) => html`${authors.length
        ? html`<ul class="list" aria-label=${t('directory.authors')}>
            ${authors.map(
              (a) => html`<li class="card">
                <h2 id="author-${a.site}">${a.authorName}</h2>
                <p class="meta">${a.name}</p>
                ${a.about ? html`<p class="blurb">${a.about}</p>` : nothing}
                ${a.genres.length ? html`<ul class="genres" aria-label=${t('book.genres')}>${a.genres.map((g) => html`<li class="badge">${g}</li>`)}</ul>` : nothing}
                ${a.books.length
                  ? html`<h3>${t('directory.books')}</h3>
                      <ul class="list">
                        ${a.books.map(
                          (b) => html`<li class="book-line">
                            ${this.#cover(b.coverUrl)}
                            <div>
                              <strong>${b.title}</strong>
                              ${b.genres.length ? html`<div class="meta">${b.genres.join(', ')}</div>` : nothing}
                            </div>
                          </li>`,
                        )}
                      </ul>
                      ${ready
                        ? html`<div class="actions">
                            <a class="button primary" href=${href(this.site, 'swaps', 'propose', a.site)} aria-describedby="author-${a.site}">${t('propose')}</a>
                          </div>`
                        : nothing}`
                  : html`<p class="muted">${t('directory.nobooks')}</p>`}
              </li>`,
            )}
          </ul>`
        : html`<p>${this.genre ? t('directory.none.genre') : t('directory.none')}</p>`}`;

    return html`<p>${t('directory.intro')}</p>
      ${this.#readiness(d)}
      ${genres.length
        ? html`<div class="filter">
            ${select({
              id: 'genre',
              label: t('directory.genre'),
              value: this.genre,
              options: [['', t('directory.genre.all')], ...genres.map((g): [string, string] => [g, g])],
              onChange: (genre) => (this.genre = genre),
            })}
          </div>`
        : nothing}
      <p class="muted" role="status">${shown ? t('directory.count', { count: shown.length }) : common('loading')}</p>
      ${this.genre && this.#inGenre.status === TaskStatus.ERROR
        ? problemBlock(this.#inGenre.error as ApiProblem, () => void this.#inGenre.run(), common('retry'))
        : shown
          ? list(shown)
          : nothing}`;
  }

  #proposalProblem(name: string): string | undefined {
    return this.proposalOwn.get(name) ?? fieldProblem(this.proposalProblem, name);
  }

  async #propose(e: Event, d: Data, partner: DirectoryAuthor): Promise<void> {
    e.preventDefault();
    const p = this.proposal;
    const weight = p.weight.trim();
    this.proposalOwn = new Map(/^\d+$/.test(weight) && Number(weight) >= 1 && Number(weight) <= 100 ? [] : weight ? [['weight', t('propose.weight.invalid')]] : []);
    this.proposalProblem = undefined;
    if (this.proposalOwn.size) {
      this.moreOpen = true;
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    this.proposing = true;
    try {
      const placements = p.placements.split(',').map((s) => s.trim()).filter(Boolean);
      await api.proposeSwap(this.site, {
        partner: partner.site,
        book: p.book || d.books[0]!.id,
        partnerBook: p.partnerBook || partner.books[0]!.id,
        ...(weight ? { weight: Number(weight) } : {}),
        ...(placements.length ? { placements } : {}),
      });
      this.#announce(t('propose.sent', { partner: partner.authorName }), '');
      // Moving to the list loads it again.
      go(href(this.site, 'swaps'));
    } catch (error) {
      this.proposalProblem = error as ApiProblem;
      if (['weight', 'placements'].some((f) => fieldProblem(this.proposalProblem, f))) {
        this.moreOpen = true;
        await this.updateComplete;
        focusFirstInvalid(this.renderRoot);
      }
    } finally {
      this.proposing = false;
    }
  }

  #proposePage(d: Data, site: string): TemplateResult {
    const partner = site === this.site ? undefined : this.#author(d, site);
    const back = html`<p><a href=${href(this.site, 'swaps', 'directory')}>${t('directory.back')}</a></p>`;
    if (!partner) return html`<p>${t('propose.missing')}</p>${back}`;
    if (!d.listed || !d.books.length) return html`${this.#readiness(d)}${back}`;
    if (!partner.books.length) return html`<p>${t('propose.nobooks', { partner: partner.authorName })}</p>${back}`;
    const p = this.proposal;
    const set = (key: keyof Proposal, value: string) => {
      this.proposal = { ...this.proposal, [key]: value };
      if (this.proposalOwn.has(key)) this.proposalOwn = new Map([...this.proposalOwn].filter(([k]) => k !== key));
    };
    const general = this.proposalProblem && !['weight', 'placements'].some((f) => fieldProblem(this.proposalProblem, f)) ? this.proposalProblem : undefined;
    return html`<p>${t('propose.intro', { partner: partner.authorName })}</p>
      <form novalidate @submit=${(e: Event) => this.#propose(e, d, partner)}>
        ${select({
          id: 'partner-book',
          label: t('propose.theirs', { partner: partner.authorName }),
          hint: t('propose.theirs.hint'),
          value: p.partnerBook || partner.books[0]!.id,
          options: partner.books.map((b): [string, string] => [b.id, b.title]),
          onChange: (value) => set('partnerBook', value),
        })}
        ${select({
          id: 'my-book',
          label: t('propose.yours'),
          hint: t('propose.yours.hint', { partner: partner.authorName }),
          value: p.book || d.books[0]!.id,
          options: d.books.map((b): [string, string] => [b.id, b.title]),
          onChange: (value) => set('book', value),
        })}
        <details ?open=${this.moreOpen} @toggle=${(e: Event) => (this.moreOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${t('propose.more')}</summary>
          ${field({
            id: 'weight',
            label: t('propose.weight'),
            hint: t('propose.weight.hint'),
            type: 'number',
            inputmode: 'numeric',
            placeholder: '1',
            value: p.weight,
            problem: this.#proposalProblem('weight'),
            onInput: (value) => set('weight', value),
          })}
          ${field({
            id: 'placements',
            label: t('propose.placements'),
            hint: t('propose.placements.hint'),
            value: p.placements,
            problem: this.#proposalProblem('placements'),
            onInput: (value) => set('placements', value),
          })}
        </details>
        ${problemBlock(general)}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.proposing} aria-busy=${this.proposing ? 'true' : 'false'}>${t('propose.send')}</button>
          <a class="button" href=${href(this.site, 'swaps', 'directory')}>${common('cancel')}</a>
        </div>
      </form>`;
  }

  #heading(page: Page, d: Data | undefined): string {
    switch (page.name) {
      case 'books':
        return t('books.heading');
      case 'book': {
        if (page.id === undefined) return t('book.new.heading');
        const title = d?.books.find((b) => b.id === page.id)?.title;
        return title ? t('book.edit.heading', { title }) : t('book.edit.heading.plain');
      }
      case 'directory':
        return t('find');
      case 'propose':
        return t('propose.heading', { partner: d ? this.#name(d, page.partner) : page.partner });
      default:
        return t('heading');
    }
  }

  #body(page: Page, d: Data): TemplateResult {
    switch (page.name) {
      case 'books':
        return this.#booksPage(d);
      case 'book':
        return this.#bookPage(d, page.id);
      case 'directory':
        return this.#directoryPage(d);
      case 'propose':
        return this.#proposePage(d, page.partner);
      default:
        return this.#swapsPage(d);
    }
  }

  /** Where a page's back link goes, and what it says: a book back to the books, a proposal to the directory. */
  #up(page: Page): [url: string, label: string] {
    if (page.name === 'book') return [href(this.site, 'swaps', 'books'), t('books.back')];
    if (page.name === 'propose') return [href(this.site, 'swaps', 'directory'), t('directory.back')];
    return [href(this.site, 'swaps'), t('back')];
  }

  protected override render(): TemplateResult {
    const page = pageOf(this.path);
    const d = this.#data.value;
    const [up, upLabel] = this.#up(page);
    // One heading and one status line for every page, so the status is announced across a move.
    return html`${page.name === 'swaps' ? nothing : html`<a class="back" href=${up}>${upLabel}</a>`}
      <h1>${this.#heading(page, d)}</h1>
      <p class="success status" role="status">${this.status}</p>
      ${this.#data.render({
        pending: () => (d ? this.#body(page, d) : html`<p role="status">${common('loading')}</p>`),
        error: (error) => problemBlock(error as ApiProblem, () => void this.#data.run(), common('retry')),
        complete: (data) => this.#body(page, data),
      })}
      <salon-console-confirm></salon-console-confirm>`;
  }
}

customElements.define('salon-console-swaps', ConsoleSwaps);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-swaps': ConsoleSwaps;
  }
}
