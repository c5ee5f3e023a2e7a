import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ApiProblem, type AdminEvent, type AdminOccurrence, type Rsvp } from '../../api.js';
import { common } from '../../common.js';
import type { ConsoleConfirm } from '../../confirm.js';
import '../../confirm.js';
import { ConsoleElement } from '../../element.js';
import { formatDateTime, translator } from '../../i18n.js';
import { problemBlock } from '../../parts.js';
import { href } from '../../router.js';
import { api } from '../../session.js';
import { messages } from './messages.js';
import { describe, parseRule } from './recurrence.js';
import { instantOf } from '../../../src/time.js';
import { whenIn } from './zones.js';

const t = translator(messages);

/** How many more dates "Show more dates" loads; the server gives at most 200. */
const PAGE = 20;
const MAX = 200;

/**
 * One event's page (`#/<site>/events/<id>`): its next dates with how many readers are going or
 * waiting for each, cancelling one date of a series (and restoring it), and the RSVPs by date with
 * a CSV download. Renders into the events screen's shadow root (see events.ts).
 */
export class ConsoleEventPage extends ConsoleElement {
  static override properties: PropertyDeclarations = {
    eventId: { attribute: 'event-id' },
    notice: {},
    count: { state: true },
    status: { state: true },
    problem: { state: true },
    busy: { state: true },
  };

  /** The event shown. */
  eventId = '';
  /** A message to announce on arrival ("Saved."). */
  notice = '';

  private count = PAGE;
  private status = '';
  private problem?: ApiProblem;
  /** The date being cancelled or restored. */
  private busy = '';
  private get confirm(): ConsoleConfirm {
    return this.renderRoot.querySelector('salon-console-confirm')!;
  }

  readonly #data = new Task(this, {
    task: async ([site, id, count], { signal }) => {
      const [{ events }, { occurrences }, { rsvps }] = await Promise.all([
        api.events(site, signal),
        api.occurrences(site, id, { count }, signal),
        api.rsvps(site, id, signal),
      ]);
      const event = events.find((e) => e.id === id);
      if (!event) throw new ApiProblem(404, 'not_found', t('missing'));
      return { event, occurrences, rsvps };
    },
    args: () => [this.site, this.eventId, this.count] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('eventId')) this.count = PAGE;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Cancels one date of the series, or restores it: the event saved with its `cancelled` list changed. */
  async #toggle(event: AdminEvent, occurrence: AdminOccurrence): Promise<void> {
    // One change at a time: each saves the whole cancelled list. Buttons stay enabled so focus stays put.
    if (this.busy) return;
    const cancel = !occurrence.cancelled;
    const when = whenIn(occurrence.start, event.timeZone);
    if (cancel) {
      const question = t('cancel.confirm', { when, count: occurrence.going + occurrence.confirming + occurrence.waitlisted });
      if (!(await this.confirm.ask(question, t('cancel.yes'), t('cancel.no')))) return;
    }
    this.busy = occurrence.local;
    this.problem = undefined;
    this.status = '';
    try {
      const { id, source: _source, uid: _uid, createdAt: _createdAt, ...input } = event;
      const cancelled = cancel ? [...input.cancelled, occurrence.local] : input.cancelled.filter((local) => local !== occurrence.local);
      await api.saveEvent(this.site, id, { ...input, cancelled });
      await this.#data.run();
      this.status = t(cancel ? 'cancelled.done' : 'restored.done', { when });
    } catch (error) {
      this.problem = error as ApiProblem;
    } finally {
      this.busy = '';
    }
  }

  #dates(event: AdminEvent, occurrences: AdminOccurrence[]): TemplateResult {
    const series = event.rrule !== null;
    return html`<section aria-labelledby="dates">
      <h2 id="dates">${t('dates.heading')}</h2>
      ${series ? html`<p class="muted">${t('dates.intro')}</p>` : html`<p class="muted">${t('dates.single')}</p>`}
      ${problemBlock(this.problem)}
      ${occurrences.length
        ? html`<table class="rows">
            <caption class="visually-hidden">${t('dates.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('col.date')}</th>
                <th scope="col">${t('col.going')}</th>
                <th scope="col">${t('col.confirming')}</th>
                <th scope="col">${t('col.waitlisted')}</th>
                ${series ? html`<th scope="col"><span class="visually-hidden">${t('col.actions')}</span></th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${occurrences.map((o) => {
                const when = whenIn(o.start, event.timeZone);
                return html`<tr class=${o.cancelled ? 'cancelled' : ''}>
                  <td data-label=${t('col.date')}>${when} ${o.cancelled ? html`<span class="badge">${t('cancelled')}</span>` : nothing}</td>
                  <td data-label=${t('col.going')}>${o.going}</td>
                  <td data-label=${t('col.confirming')}>${o.confirming}</td>
                  <td data-label=${t('col.waitlisted')}>${o.waitlisted}</td>
                  ${series
                    ? html`<td data-label=${t('col.actions')}>
                        <button type="button" class=${o.cancelled ? '' : 'danger'} aria-busy=${this.busy === o.local ? 'true' : 'false'} @click=${() => this.#toggle(event, o)}>
                          ${o.cancelled ? t('restore') : t('cancel')}<span class="visually-hidden">: ${when}</span>
                        </button>
                      </td>`
                    : nothing}
                </tr>`;
              })}
            </tbody>
          </table>`
        : html`<p>${t('dates.none')}</p>`}
      ${occurrences.length >= this.count && this.count < MAX
        ? html`<p><button type="button" @click=${() => (this.count = Math.min(MAX, this.count + PAGE))}>${t('dates.more')}</button></p>`
        : nothing}
    </section>`;
  }

  #rsvps(event: AdminEvent, occurrences: AdminOccurrence[], rsvps: Rsvp[]): TemplateResult {
    const byDate = new Map<string, Rsvp[]>();
    for (const rsvp of rsvps) byDate.set(rsvp.occurrenceStart, [...(byDate.get(rsvp.occurrenceStart) ?? []), rsvp]);
    const cancelled = new Set(occurrences.filter((o) => o.cancelled).map((o) => o.start));
    return html`<section aria-labelledby="rsvps">
      <h2 id="rsvps">${t('rsvps')}</h2>
      <p><a href=${api.csvUrl(this.site, 'rsvps')} download>${t('rsvps.csv')}</a></p>
      ${byDate.size
        ? [...byDate].map(
            ([start, list]) => html`<section class="rsvp-date" aria-labelledby="r-${start.replace(/\W/g, '')}">
              <h3 id="r-${start.replace(/\W/g, '')}">
                ${whenIn(start, event.timeZone)} ${cancelled.has(start) ? html`<span class="badge">${t('cancelled')}</span>` : nothing}
              </h3>
              <table class="rows">
                <thead>
                  <tr>
                    <th scope="col">${t('col.name')}</th>
                    <th scope="col">${t('col.email')}</th>
                    <th scope="col">${t('col.status')}</th>
                    <th scope="col">${t('col.rsvped')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${list.map(
                    (rsvp) => html`<tr>
                      <td data-label=${t('col.name')}>${rsvp.name}</td>
                      <td data-label=${t('col.email')}><a href="mailto:${rsvp.email}">${rsvp.email}</a></td>
                      <td data-label=${t('col.status')}>${t(`status.${rsvp.status}`)}</td>
                      <td data-label=${t('col.rsvped')}>${formatDateTime(rsvp.createdAt)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </section>`,
          )
        : html`<p>${t('rsvps.none')}</p>`}
    </section>`;
  }

  protected override render(): TemplateResult {
    // The last answer stays on screen while a change reloads it, so focus stays on the button pressed.
    const data = this.#data.value;
    const event = data?.event.id === this.eventId ? data.event : undefined;
    const failed = this.#data.status === TaskStatus.ERROR;
    return html`<h1>${event?.title ?? t('event')}</h1>
      <p class="success status" role="status">${this.status || this.notice}</p>
      <p><a href=${href(this.site, 'events')}>${t('back')}</a></p>
      ${failed
        ? problemBlock(this.#data.error as ApiProblem, () => void this.#data.run(), common('retry'))
        : event && data
          ? html`<p>
                ${whenIn(instantOf(event.startLocal, event.timeZone), event.timeZone)} ·
                ${describe(parseRule(event.rrule, event.startLocal, event.timeZone), event.startLocal.slice(0, 10))} · ${t(`kind.${event.kind}`)} ·
                ${event.seats === null ? t('seats.none') : t('seats.count', { count: event.seats })}
              </p>
              <p class="actions"><a class="button" href=${href(this.site, 'events', event.id, 'edit')}>${t('edit')}</a></p>
              ${this.#dates(event, data.occurrences)} ${this.#rsvps(event, data.occurrences, data.rsvps)}
              <salon-console-confirm></salon-console-confirm>`
          : html`<p role="status">${common('loading')}</p>`}`;
  }
}

customElements.define('salon-console-event-page', ConsoleEventPage);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-event-page': ConsoleEventPage;
  }
}
