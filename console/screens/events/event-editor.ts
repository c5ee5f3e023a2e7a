import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ApiProblem, type AdminEvent, type EventInput, type Venue } from '../../api.js';
import { common } from '../../common.js';
import type { ConsoleConfirm } from '../../confirm.js';
import '../../confirm.js';
import { ConsoleElement } from '../../element.js';
import { formatDateTime, translator } from '../../i18n.js';
import { field, focusFirstInvalid, problemBlock, select } from '../../parts.js';
import { go, href } from '../../router.js';
import { api } from '../../session.js';
import { slug } from '../../site-form/site-form.js';
import { dayOf, floatingOf, instantOf, isDay, localZone } from '../../../src/time.js';
import { radios, serverProblem } from './fields.js';
import { messages } from './messages.js';
import { SalonConsoleNoticeEvent } from './notice.js';
import {
  buildRule,
  describe,
  monthlyChoices,
  monthlyFor,
  monthlyLabel,
  noRepeat,
  parseRule,
  repeatProblems,
  WEEKDAYS,
  weekdayName,
  weekdayOf,
  type Ending,
  type Frequency,
  type Repeat,
} from './recurrence.js';
import { zoneOptionsWith } from './zones.js';

const t = translator(messages);

type Kind = EventInput['kind'];

/** The form as typed: numbers stay text until saved, so a half-typed one is never lost. */
interface Draft {
  title: string;
  id: string;
  description: string;
  kind: Kind;
  venueName: string;
  venueAddress: string;
  venueCity: string;
  venueCountry: string;
  date: string;
  time: string;
  duration: string;
  timeZone: string;
  repeat: Repeat;
  seats: string;
  tags: string;
  joinUrl: string;
}

/** Request fields (as the server names them in a problem) → the control that edits them; the first match wins. */
const SERVER_FIELDS: Array<[name: string, id: string]> = [
  ['id', 'id'],
  ['title', 'title'],
  ['description', 'description'],
  ['venue.address', 'venue-address'],
  ['venue.city', 'venue-city'],
  ['venue.country', 'venue-country'],
  ['venue', 'venue-name'],
  ['startLocal', 'date'],
  ['durationMinutes', 'duration'],
  ['rrule', 'rrule'],
  ['seats', 'seats'],
  ['tags', 'tags'],
  ['joinUrl', 'join-url'],
];

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const whole = (value: string, min: number, max: number): boolean => /^\d{1,6}$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

function blank(): Draft {
  const date = dayOf(Date.now() + 86_400_000, localZone());
  return {
    title: '',
    id: '',
    description: '',
    kind: 'online',
    venueName: '',
    venueAddress: '',
    venueCity: '',
    venueCountry: '',
    date,
    time: '19:00',
    duration: '60',
    timeZone: localZone(),
    repeat: noRepeat(date),
    seats: '',
    tags: '',
    joinUrl: '',
  };
}

const draftOf = (event: AdminEvent): Draft => ({
  title: event.title,
  id: event.id,
  description: event.description,
  kind: event.kind,
  venueName: event.venue?.name ?? '',
  venueAddress: event.venue?.address ?? '',
  venueCity: event.venue?.city ?? '',
  venueCountry: event.venue?.country ?? '',
  date: event.startLocal.slice(0, 10),
  time: event.startLocal.slice(11, 16),
  duration: String(event.durationMinutes),
  timeZone: event.timeZone,
  repeat: parseRule(event.rrule, event.startLocal, event.timeZone),
  seats: event.seats === null ? '' : String(event.seats),
  tags: event.tags.join(', '),
  joinUrl: event.joinUrl ?? '',
});

/**
 * Adding or editing an event (`#/<site>/events/new`, `#/<site>/events/<id>/edit`): what, where,
 * when (date, time, length and time zone), how it repeats (built into an RRULE and said back in
 * words), seats, tags and the join link. Checks what it can before saving; the server's refusals
 * show on their fields, and focus moves to the first one. Renders into the events screen's shadow
 * root (see events.ts).
 */
export class ConsoleEventEditor extends ConsoleElement {
  static override properties: PropertyDeclarations = {
    eventId: { attribute: 'event-id' },
    draft: { state: true },
    problems: { state: true },
    saveProblem: { state: true },
    saving: { state: true },
  };

  /** The event to edit; empty for a new one. */
  eventId = '';

  private draft?: Draft;
  /** Problems found before saving, by control id. */
  private problems = new Map<string, string>();
  private saveProblem?: ApiProblem;
  private saving = false;
  private get confirm(): ConsoleConfirm {
    return this.renderRoot.querySelector('salon-console-confirm')!;
  }

  /** The event as loaded, and what its rule read as, to send that rule unchanged if the author left it alone. */
  #event?: AdminEvent;
  #loadedRepeat = '';
  #idTouched = false;
  #daysTouched = false;

  readonly #events = new Task(this, {
    task: async ([site, id], { signal }) => {
      const { events } = await api.events(site, signal);
      const event = id ? events.find((e) => e.id === id) : undefined;
      if (id && !event) throw new ApiProblem(404, 'not_found', t('missing'));
      return { events, event };
    },
    args: () => [this.site, this.eventId] as const,
    onComplete: ({ event }) => {
      this.#event = event;
      this.draft = event ? draftOf(event) : blank();
      this.#loadedRepeat = JSON.stringify([this.draft.repeat, this.draft.date]);
      this.#idTouched = Boolean(event);
      this.#daysTouched = Boolean(event);
      this.problems = new Map();
      this.saveProblem = undefined;
    },
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this.draft = { ...this.draft!, [key]: value };
  }

  #setRepeat(change: Partial<Repeat>): void {
    this.#set('repeat', { ...this.draft!.repeat, ...change });
  }

  #setDate(date: string): void {
    const repeat = this.#daysTouched || !isDay(date) ? this.draft!.repeat : { ...this.draft!.repeat, days: [weekdayOf(date)] };
    this.draft = { ...this.draft!, date, repeat };
  }

  /** The rule to save: the loaded one, untouched, when the author changed nothing about it. */
  #rule(): string | null {
    const d = this.draft!;
    if (this.#event && JSON.stringify([d.repeat, d.date]) === this.#loadedRepeat) return this.#event.rrule;
    return buildRule(d.repeat, d.date);
  }

  /** What can be told before asking the server, by control id. */
  #check(events: AdminEvent[]): Map<string, string> {
    const d = this.draft!;
    const found = new Map<string, string>();
    if (!d.title.trim()) found.set('title', t('problem.title'));
    if (!this.#event) {
      if (!ID.test(d.id) || d.id === 'new') found.set('id', t('problem.id'));
      else if (events.some((e) => e.id === d.id)) found.set('id', t('problem.id.taken'));
    }
    if (d.kind !== 'online' && !d.venueName.trim()) found.set('venue-name', t('problem.venue'));
    if (!isDay(d.date)) found.set('date', t('problem.date'));
    if (!/^\d\d:\d\d$/.test(d.time)) found.set('time', t('problem.time'));
    if (!whole(d.duration, 1, 1440)) found.set('duration', t('problem.duration'));
    const repeat = repeatProblems(d.repeat, d.date);
    const ids = { interval: 'interval', days: 'days', count: 'count', until: 'until', rule: 'rrule' } as const;
    for (const [name, key] of Object.entries(repeat)) found.set(ids[name as keyof typeof ids], t(key));
    if (d.seats.trim() && !whole(d.seats, 0, 100_000)) found.set('seats', t('problem.seats'));
    return found;
  }

  /** The cancelled dates, moved to the new start time when only the time changed (they are wall-clock starts). */
  #cancelled(): string[] {
    const event = this.#event;
    if (!event) return [];
    const [from, to] = [event.startLocal.slice(11), this.draft!.time];
    return event.cancelled.map((local) => (local.slice(11) === from ? `${local.slice(0, 11)}${to}` : local));
  }

  #input(): EventInput {
    const d = this.draft!;
    const venue: Venue = { name: d.venueName.trim() };
    for (const [key, value] of [['address', d.venueAddress], ['city', d.venueCity], ['country', d.venueCountry]] as const) {
      if (value.trim()) venue[key] = value.trim();
    }
    return {
      title: d.title.trim(),
      description: d.description.trim(),
      kind: d.kind,
      venue: d.kind === 'online' ? null : venue,
      tags: [...new Set(d.tags.split(',').map((tag) => tag.trim()).filter(Boolean))],
      timeZone: d.timeZone,
      startLocal: `${d.date}T${d.time}`,
      durationMinutes: Number(d.duration),
      rrule: this.#rule(),
      cancelled: this.#cancelled(),
      seats: d.seats.trim() ? Number(d.seats) : null,
      joinUrl: d.kind !== 'in_person' && d.joinUrl.trim() ? d.joinUrl.trim() : null,
    };
  }

  async #save(e: Event, events: AdminEvent[]): Promise<void> {
    e.preventDefault();
    this.saveProblem = undefined;
    this.problems = this.#check(events);
    if (this.problems.size) {
      await this.updateComplete;
      focusFirstInvalid(this);
      return;
    }
    this.saving = true;
    const id = this.#event?.id ?? this.draft!.id;
    const input = this.#input();
    const dropped: string[] = [];
    try {
      // A cancelled date the new schedule no longer has would be refused; it is dropped and said so.
      for (;;) {
        try {
          await api.saveEvent(this.site, id, input);
          break;
        } catch (error) {
          const stray = /^cancelled\.(\d+)$/.exec(error instanceof ApiProblem ? (error.field ?? '') : '');
          if (!stray || !input.cancelled[Number(stray[1])]) throw error;
          dropped.push(input.cancelled[Number(stray[1])]!);
          input.cancelled = input.cancelled.filter((_, i) => i !== Number(stray[1]));
        }
      }
      const when = dropped.map((local) => formatDateTime(`${local}:00Z`, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }));
      this.dispatchEvent(new SalonConsoleNoticeEvent(id, dropped.length ? t('saved.dropped', { count: dropped.length, dates: when.join(', ') }) : t('saved')));
      go(href(this.site, 'events', id));
    } catch (error) {
      this.saveProblem = error as ApiProblem;
      await this.updateComplete;
      focusFirstInvalid(this);
    } finally {
      this.saving = false;
    }
  }

  async #delete(): Promise<void> {
    const event = this.#event!;
    if (!(await this.confirm.ask(t('delete.confirm', { title: event.title }), t('delete.yes'), common('cancel')))) return;
    try {
      await api.deleteEvent(this.site, event.id);
      this.dispatchEvent(new SalonConsoleNoticeEvent('', t('deleted', { title: event.title })));
      go(href(this.site, 'events'));
    } catch (error) {
      this.saveProblem = error as ApiProblem;
    }
  }

  /** The control a server problem is about, if the form shows it. */
  #serverField(): [name: string, id: string] | undefined {
    return SERVER_FIELDS.find(([name]) => serverProblem(this.saveProblem, name) !== undefined);
  }

  #problem(id: string): string | undefined {
    const server = this.#serverField();
    return this.problems.get(id) ?? (server?.[1] === id ? serverProblem(this.saveProblem, server[0]) : undefined);
  }

  #text(id: string, key: keyof Draft, label: string, extra: Partial<Parameters<typeof field>[0]> = {}): TemplateResult {
    return field({
      id,
      label,
      value: this.draft![key] as string,
      problem: this.#problem(id),
      onInput: (value) => this.#set(key, value as never),
      ...extra,
    });
  }

  #when(): TemplateResult {
    const d = this.draft!;
    const start = floatingOf(`${d.date}T${d.time}`);
    const minutes = Number(d.duration);
    let ends = '';
    if (!Number.isNaN(start) && whole(d.duration, 1, 1440)) {
      const end = new Date(start + minutes * 60_000).toISOString();
      const sameDay = end.slice(0, 10) === d.date;
      ends = t('duration.ends', { time: formatDateTime(end, sameDay ? { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' } : { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }) });
    }
    const yours = localZone();
    const instant = instantOf(`${d.date}T${d.time}`, d.timeZone);
    const elsewhere =
      d.timeZone !== yours && !Number.isNaN(instant)
        ? t('zone.yours', { time: formatDateTime(new Date(instant).toISOString(), { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }), zone: yours })
        : '';
    return html`<fieldset class="field group">
      <legend>${t('when')}</legend>
      <div class="row">
        ${field({ id: 'date', label: t('date'), type: 'date', required: true, value: d.date, problem: this.#problem('date'), onInput: (value) => this.#setDate(value) })}
        ${this.#text('time', 'time', t('time'), { type: 'time', required: true })}
      </div>
      ${this.#text('duration', 'duration', t('duration'), { type: 'number', inputmode: 'numeric', required: true, hint: [t('duration.hint'), ends].filter(Boolean).join(' ') })}
      ${select({
        id: 'time-zone',
        label: t('zone'),
        hint: [t('zone.hint'), elsewhere].filter(Boolean).join(' '),
        value: d.timeZone,
        options: zoneOptionsWith(d.timeZone, yours),
        onChange: (value) => this.#set('timeZone', value),
      })}
    </fieldset>`;
  }

  #weekdays(): TemplateResult {
    const d = this.draft!;
    const problem = this.#problem('days');
    return html`<fieldset class="field" aria-describedby=${problem ? 'days-problem' : nothing}>
      <legend>${t('days')}</legend>
      <div class="weekdays">
        ${WEEKDAYS.map(
          (day) => html`<label class="check"
            ><input
              type="checkbox"
              id="day-${day}"
              name="days"
              value=${day}
              .checked=${d.repeat.days.includes(day)}
              aria-invalid=${problem ? 'true' : 'false'}
              @change=${(e: Event) => {
                this.#daysTouched = true;
                const on = (e.target as HTMLInputElement).checked;
                const { days } = this.draft!.repeat;
                this.#setRepeat({ days: on ? [...days, day] : days.filter((x) => x !== day) });
              }}
            />${weekdayName(day)}</label
          >`,
        )}
      </div>
      ${problem ? html`<p class="problem" id="days-problem">${problem}</p>` : nothing}
    </fieldset>`;
  }

  #repeats(): TemplateResult {
    const d = this.draft!;
    const { repeat, date } = d;
    const frequency = repeat.frequency;
    // Always the same options: a select whose chosen option is removed falls back to the first.
    const options: Array<[Frequency, string]> = [
      ['none', t('repeat.none')],
      ['daily', t('repeat.daily')],
      ['weekly', t('repeat.weekly')],
      ['monthly', t('repeat.monthly')],
      ['custom', t('repeat.custom.option')],
    ];
    const repeating = frequency === 'daily' || frequency === 'weekly' || frequency === 'monthly';
    const rruleProblem = this.#problem('rrule');
    return html`<fieldset class="field group">
      <legend>${t('repeats')}</legend>
      ${select({
        id: 'repeat',
        label: t('repeat'),
        value: frequency,
        options,
        onChange: (value) => {
          const now = this.draft!;
          const change: Partial<Repeat> = { frequency: value as Frequency };
          if (value === 'weekly' && !this.#daysTouched) change.days = [weekdayOf(now.date)];
          // A custom rule starts from the one the picker has built so far.
          if (value === 'custom' && now.repeat.frequency !== 'custom') change.rule = buildRule(now.repeat, now.date) ?? '';
          this.#setRepeat(change);
        },
      })}
      ${repeating
        ? html`${field({
              id: 'interval',
              label: t(`interval.${frequency}`),
              hint: t(`interval.${frequency}.hint`),
              type: 'number',
              inputmode: 'numeric',
              value: repeat.interval,
              problem: this.#problem('interval'),
              onInput: (value) => this.#setRepeat({ interval: value }),
            })}
            ${frequency === 'weekly' ? this.#weekdays() : nothing}
            ${frequency === 'monthly'
              ? radios({
                  name: 'monthly',
                  legend: t('monthly'),
                  value: monthlyFor(repeat, date),
                  options: monthlyChoices(date).map((by) => [by, monthlyLabel(by, date)]),
                  onChange: (value) => this.#setRepeat({ monthly: value }),
                })
              : nothing}
            ${radios<Ending>({
              name: 'ending',
              legend: t('ending'),
              value: repeat.ending,
              options: [
                ['never', t('ending.never')],
                ['count', t('ending.count')],
                ['until', t('ending.until')],
              ],
              onChange: (value) => this.#setRepeat({ ending: value }),
            })}
            ${repeat.ending === 'count'
              ? field({
                  id: 'count',
                  label: t('count'),
                  type: 'number',
                  inputmode: 'numeric',
                  value: repeat.count,
                  problem: this.#problem('count'),
                  onInput: (value) => this.#setRepeat({ count: value }),
                })
              : nothing}
            ${repeat.ending === 'until'
              ? field({ id: 'until', label: t('until'), type: 'date', value: repeat.until, problem: this.#problem('until'), onInput: (value) => this.#setRepeat({ until: value }) })
              : nothing}`
        : nothing}
      <p class="summary" id="repeat-summary" role="status">${describe(repeat, date)}</p>
      <details ?open=${frequency === 'custom' || Boolean(rruleProblem)} @change=${this.#adoptRule}>
        <summary>${t('rrule.advanced')}</summary>
        ${field({
          id: 'rrule',
          label: t('rrule'),
          hint: t('rrule.hint'),
          value: frequency === 'custom' ? repeat.rule : (buildRule(repeat, date) ?? ''),
          problem: rruleProblem,
          onInput: (value) => this.#setRepeat({ frequency: value.trim() ? 'custom' : 'none', rule: value }),
        })}
      </details>
    </fieldset>`;
  }

  /** A rule written by hand shows in the picker when the picker can show it (on leaving the field). */
  #adoptRule(): void {
    const d = this.draft!;
    if (d.repeat.frequency !== 'custom') return;
    const parsed = parseRule(d.repeat.rule, `${d.date}T${d.time}`, d.timeZone);
    if (parsed.frequency === 'custom') return;
    this.#daysTouched = true;
    this.#set('repeat', parsed);
  }

  #form(events: AdminEvent[]): TemplateResult {
    const d = this.draft!;
    const event = this.#event;
    const server = this.#serverField();
    return html`${event && /^https?:\/\//i.test(event.source) ? html`<p class="notice">${t('imported', { feed: event.source })}</p>` : nothing}
      <form novalidate @submit=${(e: Event) => this.#save(e, events)}>
        ${this.#text('title', 'title', t('title'), {
          required: true,
          onInput: (value) => {
            this.#set('title', value);
            if (!this.#event && !this.#idTouched) this.#set('id', slug(value));
          },
        })}
        ${event
          ? nothing
          : this.#text('id', 'id', t('id'), {
              hint: t('id.hint'),
              required: true,
              onInput: (value) => {
                this.#idTouched = true;
                this.#set('id', value);
              },
            })}
        ${this.#text('description', 'description', t('description'), { multiline: true, hint: t('description.hint') })}
        ${select({
          id: 'kind',
          label: t('kind'),
          value: d.kind,
          options: (['online', 'in_person', 'hybrid'] as const).map((kind) => [kind, t(`kind.${kind}`)]),
          onChange: (value) => this.#set('kind', value as Kind),
        })}
        ${d.kind === 'online'
          ? nothing
          : html`<fieldset class="field group">
              <legend>${t('venue')}</legend>
              ${this.#text('venue-name', 'venueName', t('venue.name'), { required: true, hint: t('venue.name.hint') })}
              ${this.#text('venue-address', 'venueAddress', t('venue.address'), { autocomplete: 'street-address' })}
              <div class="row">
                ${this.#text('venue-city', 'venueCity', t('venue.city'), { autocomplete: 'address-level2' })}
                ${this.#text('venue-country', 'venueCountry', t('venue.country'), { autocomplete: 'country-name' })}
              </div>
            </fieldset>`}
        ${this.#when()} ${this.#repeats()}
        ${this.#text('seats', 'seats', t('seats'), { type: 'number', inputmode: 'numeric', hint: t('seats.hint') })}
        ${this.#text('tags', 'tags', t('tags'), { hint: t('tags.hint') })}
        ${d.kind === 'in_person' ? nothing : this.#text('join-url', 'joinUrl', t('join'), { type: 'url', inputmode: 'url', placeholder: 'https://', hint: t('join.hint') })}
        ${this.saveProblem && !server ? problemBlock(this.saveProblem) : nothing}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>${this.saving ? common('saving') : t('save')}</button>
          <a href=${event ? href(this.site, 'events', event.id) : href(this.site, 'events')}>${common('cancel')}</a>
          ${event ? html`<button type="button" class="danger" @click=${this.#delete}>${t('delete')}</button>` : nothing}
        </div>
      </form>
      <salon-console-confirm></salon-console-confirm>`;
  }

  protected override render(): TemplateResult {
    const loaded = this.#events.value;
    const heading = this.eventId ? (this.#event ? t('edit.heading', { title: this.#event.title }) : t('edit.loading')) : t('new.heading');
    return html`<h1>${heading}</h1>
      <p><a href=${href(this.site, 'events')}>${t('back')}</a></p>
      ${this.#events.status === TaskStatus.ERROR
        ? problemBlock(this.#events.error as ApiProblem, () => void this.#events.run(), common('retry'))
        : this.#events.status === TaskStatus.COMPLETE && loaded && this.draft
          ? this.#form(loaded.events)
          : html`<p role="status">${common('loading')}</p>`}`;
  }
}

customElements.define('salon-console-event-editor', ConsoleEventEditor);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-event-editor': ConsoleEventEditor;
  }
}
