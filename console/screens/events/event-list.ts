import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ApiProblem, type AdminEvent } from '../../api.js';
import { common } from '../../common.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { field, fieldProblem, problemBlock } from '../../parts.js';
import { href } from '../../router.js';
import { api } from '../../session.js';
import { messages } from './messages.js';
import { describe, parseRule } from './recurrence.js';
import { instantOf } from '../../../src/time.js';
import { whenIn } from './zones.js';

const t = translator(messages);

const isFeed = (source: string): boolean => /^https?:\/\//i.test(source);

/** Whether an event is over: a one-time event that has ended, or a series whose last day has passed. */
function isPast(event: AdminEvent, now = Date.now()): boolean {
  if (!event.rrule) return instantOf(event.startLocal, event.timeZone) + event.durationMinutes * 60_000 < now;
  const repeat = parseRule(event.rrule, event.startLocal, event.timeZone);
  return repeat.ending === 'until' && instantOf(`${repeat.until}T23:59`, event.timeZone) < now;
}

/**
 * The events list (`#/<site>/events`): the site's events with when, how they repeat, their kind,
 * seats and where they came from; adding one; importing a calendar feed and re-importing the
 * feeds already imported. Renders into the events screen's shadow root (see events.ts).
 */
export class ConsoleEventList extends ConsoleElement {
  static override properties: PropertyDeclarations = {
    notice: {},
    feedUrl: { state: true },
    importProblem: { state: true },
    fromForm: { state: true },
    importing: { state: true },
    imported: { state: true },
  };

  /** A message to announce on arrival ("Deleted …"). */
  notice = '';

  private feedUrl = '';
  private importProblem?: ApiProblem;
  /** Whether that problem is about the address typed in the form (not a re-import). */
  private fromForm = false;
  private importing = '';
  private imported = '';

  readonly #events = new Task(this, {
    task: async ([site], { signal }) => (await api.events(site, signal)).events,
    args: () => [this.site] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Imports a feed; one import at a time (buttons stay enabled, so focus stays on the one pressed). */
  async #import(url: string, fromForm = false): Promise<void> {
    if (this.importing) return;
    this.importing = url;
    this.fromForm = fromForm;
    this.importProblem = undefined;
    this.imported = '';
    try {
      const { imported, updated } = await api.importFeed(this.site, url);
      this.imported = `${t('import.imported', { count: imported })}, ${t('import.updated', { count: updated })}.`;
      if (fromForm) this.feedUrl = '';
      void this.#events.run();
    } catch (error) {
      this.importProblem = error as ApiProblem;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#feed-url[aria-invalid="true"]')?.focus();
    } finally {
      this.importing = '';
    }
  }

  async #submitFeed(e: Event): Promise<void> {
    e.preventDefault();
    if (this.feedUrl.trim()) return this.#import(this.feedUrl.trim(), true);
    this.fromForm = true;
    this.importProblem = new ApiProblem(422, 'invalid', t('problem.feed'), 'url');
    await this.updateComplete;
    this.querySelector<HTMLElement>('#feed-url')?.focus();
  }

  #table(events: AdminEvent[], caption: string): TemplateResult {
    return html`<table class="rows">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('col.event')}</th>
          <th scope="col">${t('col.when')}</th>
          <th scope="col">${t('col.repeats')}</th>
          <th scope="col">${t('col.kind')}</th>
          <th scope="col">${t('col.seats')}</th>
          <th scope="col">${t('col.source')}</th>
          <th scope="col"><span class="visually-hidden">${t('col.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${events.map(
          (event) => html`<tr>
            <td data-label=${t('col.event')}><a href=${href(this.site, 'events', event.id)}>${event.title}</a></td>
            <td data-label=${t('col.when')}>${whenIn(instantOf(event.startLocal, event.timeZone), event.timeZone)}</td>
            <td data-label=${t('col.repeats')}>${describe(parseRule(event.rrule, event.startLocal, event.timeZone), event.startLocal.slice(0, 10))}</td>
            <td data-label=${t('col.kind')}>${t(`kind.${event.kind}`)}</td>
            <td data-label=${t('col.seats')}>${event.seats === null ? t('seats.none') : event.seats}</td>
            <td data-label=${t('col.source')}>${isFeed(event.source) ? t('source.feed', { host: new URL(event.source).host }) : t('source.admin')}</td>
            <td data-label=${t('col.actions')}>
              <span class="actions">
                <a href=${href(this.site, 'events', event.id)}>${t('dates')}<span class="visually-hidden">: ${event.title}</span></a>
                <a href=${href(this.site, 'events', event.id, 'edit')}>${common('edit')}<span class="visually-hidden">: ${event.title}</span></a>
              </span>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #list(events: AdminEvent[]): TemplateResult {
    if (!events.length) {
      return html`<div class="card empty">
        <p>${t('empty')}</p>
        <p class="muted">${t('empty.import')}</p>
      </div>`;
    }
    const past = events.filter((event) => isPast(event));
    const upcoming = events.filter((event) => !past.includes(event));
    return html`${upcoming.length ? this.#table(upcoming, t('upcoming')) : html`<p>${t('upcoming.none')}</p>`}
    ${past.length
      ? html`<details class="past">
          <summary>${t('past', { count: past.length })}</summary>
          ${this.#table(past, t('past', { count: past.length }))}
        </details>`
      : nothing}`;
  }

  #feeds(events: AdminEvent[]): TemplateResult {
    const feeds = [...new Set(events.map((event) => event.source).filter(isFeed))];
    return html`<section aria-labelledby="import">
      <h2 id="import">${t('import')}</h2>
      <p>${t('import.intro')}</p>
      <p class="muted">${t('import.removed')}</p>
      <form novalidate @submit=${this.#submitFeed}>
        ${field({
          id: 'feed-url',
          label: t('import.url'),
          hint: t('import.url.hint'),
          type: 'url',
          inputmode: 'url',
          placeholder: 'https://',
          value: this.feedUrl,
          problem: this.fromForm ? fieldProblem(this.importProblem, 'url') : undefined,
          onInput: (value) => (this.feedUrl = value),
        })}
        <div class="actions">
          <button type="submit" class="primary" aria-busy=${this.importing && this.fromForm ? 'true' : 'false'}>
            ${this.importing && this.fromForm ? t('import.busy') : t('import.do')}
          </button>
        </div>
      </form>
      ${feeds.length
        ? html`<h3>${t('feeds')}</h3>
            <ul class="feeds">
              ${feeds.map(
                (feed) => html`<li>
                  <span class="feed">${feed}</span>
                  <span class="muted">${t('feeds.count', { count: events.filter((e) => e.source === feed).length })}</span>
                  <button type="button" aria-busy=${this.importing === feed && !this.fromForm ? 'true' : 'false'} @click=${() => this.#import(feed)}>
                    ${this.importing === feed && !this.fromForm ? t('import.busy') : t('reimport')}<span class="visually-hidden">: ${feed}</span>
                  </button>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${this.importProblem && !(this.fromForm && fieldProblem(this.importProblem, 'url')) ? problemBlock(this.importProblem) : nothing}
      <p class="success status" role="status">${this.imported}</p>
    </section>`;
  }

  protected override render(): TemplateResult {
    const events = this.#events.value;
    return html`<h1>${t('heading')}</h1>
      <p class="success status" role="status">${this.notice}</p>
      <p>${t('intro')}</p>
      <p class="actions"><a class="button primary" href=${href(this.site, 'events', 'new')}>${t('add')}</a></p>
      ${this.#events.status === TaskStatus.ERROR
        ? problemBlock(this.#events.error as ApiProblem, () => void this.#events.run(), common('retry'))
        : events
          ? html`${this.#list(events)} ${this.#feeds(events)}`
          : html`<p role="status">${common('loading')}</p>`}`;
  }
}

customElements.define('salon-console-event-list', ConsoleEventList);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-event-list': ConsoleEventList;
  }
}
