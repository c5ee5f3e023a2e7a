import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { atom } from 'nanostores';
import type { Occurrence, RsvpResult } from '../../src/api/schemas.js';
import type { MessageKey } from '../../src/i18n/messages.js';
import { SalonEventOpenEvent } from '../../src/events/event-open.js';
import { SalonRangeChangeEvent } from '../../src/events/range-change.js';
import { SalonRsvpErrorEvent } from '../../src/events/rsvp-error.js';
import { SalonRsvpSuccessEvent } from '../../src/events/rsvp-success.js';
import { formatDate, formatDateRange } from '../../src/i18n/i18n.js';
import {
  addDays,
  addMonths,
  dayOf,
  firstDayOfWeek,
  isDay,
  isZone,
  localZone,
  startOf,
  weekday,
  zoneName,
  zoneOffset,
} from '../../src/time.js';
import { checkField, textField } from '../../src/internal/fields.js';
import { isolate } from '../../src/internal/isolate.js';
import { SalonElement } from '../../src/internal/salon-element.js';
import english from '../../src/i18n/locales/en/calendar.js';
import { StoreController } from '../../src/internal/store-controller.js';
import { writeStructuredData } from '../../src/internal/structured-data.js';
import { safeUrl } from '../../src/internal/url.js';
import { controls } from '../../src/internal/controls.js';
import { theme } from '../../src/internal/theme.js';
import {
  calendarQueries,
  filterOccurrences,
  googleLink,
  groupByDay,
  monthDays,
  outlookLink,
  structuredData,
  tagsOf,
  webcal,
  type CalendarFilter,
  type CalendarQuery,
  type DayRange,
} from '../../src/stores/calendar.js';
import { $reader } from '../../src/stores/profile.js';
import type { QueryState } from '../../src/stores/query.js';
import { checkContact, submission, type Problems } from '../../src/stores/submission.js';
import styles from './event-calendar.styles.js';

const kinds = { online: 'calendar.online', in_person: 'calendar.inPerson', hybrid: 'calendar.hybrid' } as const;

/** Grid keys → days to move (a number) or where to go in the week or month. */
const moves: Record<string, number | 'start' | 'end' | 'prev' | 'next'> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  ArrowUp: -7,
  ArrowDown: 7,
  Home: 'start',
  End: 'end',
  PageUp: 'prev',
  PageDown: 'next',
};

/** How many occurrences the list draws at a time: a backend may send tens of thousands. */
const PAGE = 100;

/** What a reader is told after their RSVP: going, waitlisted, or to confirm from their inbox (the join link comes then). */
function rsvpText(status: RsvpResult['status'], o: Occurrence): MessageKey {
  if (status === 'going') return 'calendar.going';
  if (status === 'waitlisted') return 'calendar.waitlisted';
  return o.kind === 'in_person' ? 'calendar.pending' : 'calendar.pendingOnline';
}

/**
 * The author's live events and online meetups — signings, talks, a mastermind's weekly call —
 * as an agenda list or a month grid, every time in the reader's time zone. A reader opens an
 * event to RSVP (per occurrence, with a waitlist when it is full; a backend may ask the reader to
 * confirm from their inbox, and an online event's join link reaches only a reader who is going)
 * and to add it to their calendar. Recurrences are expanded by the
 * backend; the browser only formats, with `Intl`.
 *
 * @tag salon-event-calendar
 * @summary Events calendar with RSVP and add-to-calendar, in the reader's time zone.
 *
 * @csspart toolbar - The navigation and filter bar.
 * @csspart title - The range or month heading.
 * @csspart button - Navigation, "more", RSVP, close and retry buttons.
 * @csspart filter - The kind and topic selects.
 * @csspart day - A day in the list (its heading and events), or a day cell in the month grid.
 * @csspart event - An event's button in the list or the grid.
 * @csspart dialog - The event's details dialog.
 * @csspart label - The RSVP form's labels.
 * @csspart input - The RSVP form's fields.
 * @csspart message - Loading, empty, error and result texts.
 *
 * @cssprop --salon-accent - Buttons, today's date and event markers.
 * @cssprop --salon-on-accent - Text on accent buttons.
 * @cssprop --salon-border - Lines between days and around fields and the dialog.
 * @cssprop --salon-radius - Corner radius of buttons, fields and the dialog.
 * @cssprop --salon-gap - Spacing.
 * @cssprop --salon-muted - Times, places and days outside the month.
 * @cssprop --salon-surface - The dialog's background (defaults to the page's, white or dark by theme).
 * @cssprop --salon-danger - Invalid fields.
 * @cssprop --salon-focus - Focus outline.
 * @cssprop --salon-calendar-height - Height the list reserves while it loads (default 20em).
 *
 * @fires {SalonEventOpenEvent} salon-event-open - The reader opened an event. `detail`: `{ occurrence }`.
 * @fires {SalonRsvpSuccessEvent} salon-rsvp-success - The backend accepted an RSVP (also later, for one saved offline). `detail`: `{ status, occurrence }`.
 * @fires {SalonRsvpErrorEvent} salon-rsvp-error - The backend refused an RSVP or failed. `detail`: `{ error }`.
 * @fires {SalonRangeChangeEvent} salon-range-change - The days shown changed. `detail`: `{ view, from, to }` (days as `YYYY-MM-DD`, `to` excluded).
 */
export class SalonEventCalendar extends SalonElement {
  static override styles = [theme, controls, styles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    tag: {},
    from: {},
    days: { type: Number },
    hidePast: { type: Boolean, attribute: 'hide-past' },
    timeZone: { attribute: 'time-zone' },
    noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
    start: { state: true },
    chunks: { state: true },
    cap: { state: true },
    kind: { state: true },
    topic: { state: true },
    focusDay: { state: true },
    openDay: { state: true },
    opened: { state: true },
  };

  protected static override english = english;

  /** `list` (an agenda grouped by day) or `month` (a month grid). */
  view: 'list' | 'month' = 'list';

  /** Only events with this tag (asked of the backend). */
  tag?: string;

  /** First day shown, `YYYY-MM-DD`; today by default. */
  from?: string;

  /** How many days the list shows at a time (and loads with "Show later events"). */
  days = 30;

  /** Leave out events that have ended. */
  hidePast = false;

  /** Show times in this IANA time zone instead of the reader's own. */
  timeZone?: string;

  /** Do not write schema.org `Event` JSON-LD into the page. */
  noStructuredData = false;

  /** First day of the shown range (the list) or any day of the shown month; set by navigation. */
  private start?: string;
  /** How many `days`-long ranges the list has loaded. */
  private chunks = 1;
  /** How many of the loaded occurrences the list draws ("Show later events" shows more first). */
  private cap = PAGE;
  private kind: CalendarFilter['kind'] = '';
  private topic = '';
  /** The grid's focused day and the day whose events show under it. */
  private focusDay?: string;
  private openDay?: string;
  private opened?: Occurrence;

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  readonly #events = new StoreController<QueryState<Occurrence[]>>(this, atom({ loading: true }));
  /** The reader's RSVP changed a count: every loaded range is asked again, so the dialog shows the backend's seats. */
  readonly #reader = new StoreController(this, $reader);
  readonly #rsvp = submission('rsvp', {
    success: ({ status }) => {
      void this.#query?.refresh(true);
      this.dispatchEvent(new SalonRsvpSuccessEvent({ status, occurrence: this.#rsvpFor! }));
    },
    error: (error) => this.dispatchEvent(new SalonRsvpErrorEvent({ error })),
  });
  readonly #rsvpState = new StoreController(this, this.#rsvp.$state);
  #range = '';
  /** The occurrence of the RSVP being sent (the reader may open another before it is delivered). */
  #rsvpFor?: Occurrence;
  readonly #queries = calendarQueries();
  #query?: CalendarQuery;
  /** The list drew fewer occurrences than are loaded. */
  #clipped = false;
  /** What structured data was last written from (rewritten only when it changes). */
  #written?: Occurrence[];
  /** The shown occurrences by day, and what they were worked out from (see #byDay). */
  #grouped: [unknown[], Map<string, Occurrence[]>] = [[], new Map()];
  #opener?: HTMLElement | null;

  /**
   * The zone times are shown in: `time-zone` when valid, else `undefined`, the reader's own, which
   * needs no ICU to name today and the days' bounds (so the first request goes out before ICU starts).
   * Settled once per update.
   */
  #zone?: string;
  /** `#zone` as Intl formats in it: the reader's named on first use in an update (after the request). */
  #named?: string;

  get #shownZone(): string {
    return (this.#named ??= localZone());
  }

  get #today(): string {
    return dayOf(Date.now(), this.#zone);
  }

  /** The list's first day, or a day in the month the grid shows. */
  get #anchor(): string {
    return this.start ?? (isDay(this.from) ? this.from : this.#today);
  }

  /** The days shown: the list's loaded ranges, or the month grid's six weeks. */
  get #ranges(): DayRange[] {
    const start = this.#anchor;
    if (this.view === 'month') {
      const grid = monthDays(start, firstDayOfWeek(this.locale));
      return [{ from: grid[0]!, to: addDays(grid[41]!, 1) }];
    }
    const days = this.#span;
    return Array.from({ length: this.chunks }, (_, i) => ({
      from: addDays(start, i * days),
      to: addDays(start, (i + 1) * days),
    }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#rsvp.dispose();
    writeStructuredData(this, undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#zone = isZone(this.timeZone) ? this.timeZone : undefined;
    this.#named = this.#zone;
    if (changed.has('view') || changed.has('from')) {
      this.start = undefined;
      this.chunks = 1;
      this.cap = PAGE;
    }
    this.#query = this.#queries(this.connection, this.#ranges, this.#zone, this.tag || undefined);
    this.#events.store = this.#query.$state;
  }

  /** The toolbar and the days, left out of the first render (see render), a microtask after the request. */
  protected override firstUpdated(): void {
    queueMicrotask(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const ranges = this.#ranges;
    const range = { view: this.view, from: ranges[0]!.from, to: ranges.at(-1)!.to };
    const shown = JSON.stringify(range);
    if (shown !== this.#range) {
      // Told once the new days are on screen. The first range is the element's own choice; only
      // later ones are the reader's doing.
      if (this.#range) this.dispatchEvent(new SalonRangeChangeEvent(range));
      this.#range = shown;
    }
    const data = this.#events.value.data;
    // Kept while a new range loads; removed when the author opts out; not worked out again on
    // every keystroke in the grid when the data has not changed.
    if ((data && data !== this.#written) || changed.has('noStructuredData')) {
      this.#written = data;
      writeStructuredData(this, this.noStructuredData || !data ? undefined : structuredData(data, location.href));
    }
  }

  /** The occurrences the reader asked for: the loaded ones through the kind, topic and past filters. */
  get #shown(): Occurrence[] {
    return filterOccurrences(this.#events.value.data ?? [], {
      kind: this.kind,
      tag: this.topic,
      ...(this.hidePast ? { endedBefore: Date.now() } : {}),
    });
  }

  /**
   * The shown occurrences by day in the zone, worked out again only when what they come from
   * changes: with thousands loaded, moving a day with the arrows must not re-sort them all.
   */
  get #byDay(): Map<string, Occurrence[]> {
    const from = [this.#events.value.data, this.kind, this.topic, this.hidePast, this.#zone];
    if (from.some((v, i) => v !== this.#grouped[0][i])) this.#grouped = [from, groupByDay(this.#shown, this.#zone)];
    return this.#grouped[1];
  }

  /** The days the list shows at a time: whole days, at most a year; 30 for what names no number of days (0, -5, "abc"). */
  get #span(): number {
    const days = Math.round(this.days);
    return days >= 1 ? Math.min(days, 366) : 30;
  }

  // ---- Navigation

  /** To the day `day`, the list or grid drawn afresh from it (focused in the grid when `focus`). */
  #goTo(day: string, focus = this.view === 'month'): void {
    this.chunks = 1;
    this.cap = PAGE;
    this.openDay = undefined;
    this.start = day;
    if (focus) this.focusDay = day;
  }

  #goToday(): void {
    this.#goTo(this.#today, true);
  }

  /** The previous or next range (or month), as the arrow buttons go. */
  #step(step: -1 | 1): void {
    this.#goTo(this.#after(step));
  }

  /** The first day `step` ranges (or months) away, as the buttons would go there. */
  #after(step: -1 | 1): string {
    return this.view === 'month' ? addMonths(this.#anchor, step) : addDays(this.#ranges[0]!.from, step * this.#span);
  }

  /** Later events: the loaded ones the list has not drawn yet, else the next range. */
  #more(): void {
    if (this.#clipped) this.cap += PAGE;
    else this.chunks++;
  }

  /**
   * The month grid follows the WAI-ARIA APG grid pattern: one tab stop (the focused day, a roving
   * tabindex), arrows, Home/End and PageUp/PageDown from whatever in the grid has focus (a day, or
   * an event in it a pointer focused). The events in a cell are out of the tab order: Enter or
   * Space on a day opens it and moves focus into its events, listed under the grid; Escape there
   * comes back to the day — as APG's grids with widgets in cells do, without a second mode.
   */
  #onGridKey(event: KeyboardEvent): void {
    let move = moves[event.key];
    const day = (event.target as HTMLElement).closest('td')?.querySelector<HTMLElement>('.date')?.dataset.day;
    if (move === undefined || !day) return;
    event.preventDefault();
    // Right to left the week is drawn from the right: ArrowRight goes to the day drawn there, the day before.
    if (event.key[5] === 'L' || event.key[5] === 'R') {
      if (getComputedStyle(event.currentTarget as Element).direction === 'rtl') move = -(move as number);
    }
    const first = firstDayOfWeek(this.locale);
    const back = (weekday(day) - first + 7) % 7;
    let next: string;
    if (typeof move === 'number') next = addDays(day, move);
    else if (move === 'start') next = addDays(day, -back);
    else if (move === 'end') next = addDays(day, 6 - back);
    else next = this.#sameDayIn(day, move === 'prev' ? -1 : 1);
    this.#focus(next);
  }

  /** The same day of the month `n` months on, or that month's last day when it is shorter. */
  #sameDayIn(day: string, n: number): string {
    const month = addMonths(day, n);
    const last = addDays(addMonths(month, 1), -1);
    const wanted = `${month.slice(0, 8)}${day.slice(8)}`;
    return isDay(wanted) && wanted <= last ? wanted : last;
  }

  /** A day picked: its events show under the grid; from the keyboard, focus moves to the first of them. */
  async #pick(day: string, keyboard: boolean): Promise<void> {
    this.focusDay = this.openDay = day;
    if (!keyboard) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.picked .event')?.focus();
  }

  async #focus(day: string): Promise<void> {
    this.focusDay = day;
    if (day.slice(0, 7) !== this.#anchor.slice(0, 7)) this.start = day;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus();
  }

  // ---- Details and RSVP

  async #open(occurrence: Occurrence, event: Event): Promise<void> {
    this.#opener = event.currentTarget as HTMLElement;
    if (this.opened !== occurrence) this.#rsvp.reset();
    this.opened = occurrence;
    this.dispatchEvent(new SalonEventOpenEvent({ occurrence }));
    await this.updateComplete;
    // The page may have removed the calendar meanwhile (a framework re-rendering): nothing to show.
    if (this.dialog?.isConnected && !this.dialog.open) this.dialog.showModal();
  }

  #closed(): void {
    this.#opener?.focus();
  }

  #onInput(event: Event): void {
    const name = (event.target as HTMLInputElement).name;
    if (this.#rsvpState.value.problems[name]) this.#rsvp.check(name, this.#validate((event.target as HTMLInputElement).form!)[name]);
  }

  #validate(form: HTMLFormElement): Problems {
    const data = new FormData(form);
    return checkContact({ name: String(data.get('name') ?? '').trim(), email: String(data.get('email') ?? '').trim() });
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const connection = this.ready;
    const occurrence = this.opened;
    if (!occurrence || !connection) return;
    const problems = this.#validate(form);
    if (Object.keys(problems).length) {
      this.#rsvp.reject(problems);
      this.focusProblem('dialog');
      return;
    }
    const data = new FormData(form);
    this.#rsvpFor = occurrence;
    await this.#rsvp.submit(
      connection.backend,
      {
        site: connection.site,
        event: occurrence.event,
        start: occurrence.start,
        name: String(data.get('name')).trim(),
        email: String(data.get('email')).trim(),
        lang: this.locale,
      },
      { remember: data.has('remember'), shown: ['name', 'email'] },
    );
    await this.updateComplete;
    // Focus goes to where the outcome is written: a field to fix, the refusal, or the result.
    this.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid="true"], dialog [role=alert], dialog .status')?.focus();
  }

  // ---- Rendering

  #date(instant: number | string, options: Intl.DateTimeFormatOptions, timeZone = this.#shownZone): string {
    return formatDate(this.locale, new Date(instant), { ...options, timeZone });
  }

  /** "7:00 PM", and when the host's zone differs at that moment, "7:00 PM your time · Wed 1:00 AM in Berlin". */
  #when(occurrence: Occurrence, withDay = false): string | TemplateResult {
    const start = Date.parse(occurrence.start);
    const zone = this.#zone;
    const time = isolate(this.#date(start, withDay ? { dateStyle: 'full', timeStyle: 'short' } : { timeStyle: 'short' }), this);
    if (!isZone(occurrence.timeZone) || zoneOffset(start, occurrence.timeZone) === zoneOffset(start, zone)) return time;
    // The host's zone by its name in the reader's language ("Eastern Time", "hora oriental"): Intl
    // knows every zone's, where a city taken from the zone id is English only.
    const there = this.#date(start, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'longGeneric' }, occurrence.timeZone);
    return html`${this.t('calendar.yourTime', { time })} · ${isolate(there, this)}`;
  }

  #place(occurrence: Occurrence): string {
    const { venue, kind } = occurrence;
    const where = venue ? [venue.name, venue.city].filter(Boolean).join(', ') : '';
    if (kind === 'online' || !where) return this.t(kinds[kind]);
    return kind === 'hybrid' ? `${this.t(kinds.hybrid)} · ${where}` : where;
  }

  /** The title, or "Cancelled: title" for a date that will not take place. */
  #name(o: Occurrence): string {
    return o.status === 'cancelled' ? this.t('calendar.cancelled', { title: o.title }) : o.title;
  }

  /** An event's button; in a grid cell (`brief`) out of the tab order, reached from its day. */
  #eventButton(occurrence: Occurrence, brief = false): TemplateResult {
    return html`<button
      type="button"
      class="event ${occurrence.status ?? ''}"
      part="event"
      tabindex=${brief ? -1 : nothing}
      @click=${(e: Event) => this.#open(occurrence, e)}
    >
      <span class="title">${this.#name(occurrence)}</span>
      ${brief
        ? nothing
        : html`<span class="meta">${this.#when(occurrence)}</span><span class="meta">${this.#place(occurrence)}</span>`}
    </button>`;
  }

  /** A day's heading and its events: a heading and a list, not a landmark each (one day of many). */
  #dayList(day: string, occurrences: readonly Occurrence[]): TemplateResult {
    return html`<div class="day" part="day">
      <h3>${isolate(this.#date(startOf(day, this.#zone), { weekday: 'long', month: 'long', day: 'numeric' }), this)}</h3>
      <ul role="list">
        ${occurrences.map((o) => html`<li>${this.#eventButton(o)}</li>`)}
      </ul>
    </div>`;
  }

  #list(loading: boolean): TemplateResult {
    // The first `cap` occurrences, by day: the page stays responsive whatever a backend sends.
    const days: Array<[string, Occurrence[]]> = [];
    let left = this.cap;
    for (const [day, list] of this.#byDay) {
      if (left <= 0) break;
      days.push([day, list.slice(0, left)]);
      left -= list.length;
    }
    this.#clipped = left < 0;
    // Nothing to say while the first answer is on its way; "no events" once it says so.
    const empty = loading ? nothing : html`<p class="empty" part="message">${this.t('calendar.empty')}</p>`;
    return html`${days.length ? days.map(([day, list]) => this.#dayList(day, list)) : empty}
      <button type="button" class="more" part="button" ?disabled=${loading} @click=${this.#more}>
        ${this.t('calendar.more')}
      </button>`;
  }

  #month(): TemplateResult {
    const start = this.#anchor;
    const first = firstDayOfWeek(this.locale);
    const grid = monthDays(start, first);
    const byDay = this.#byDay;
    const today = this.#today;
    const month = start.slice(0, 7);
    // The grid's one tab stop: the day last focused in this month, else today if shown, else the 1st.
    const focus = [this.focusDay, today].find((day) => day?.slice(0, 7) === month) ?? `${month}-01`;
    const label = (day: string, options: Intl.DateTimeFormatOptions): string =>
      this.#date(startOf(day, this.#zone), options);
    const weeks = Array.from({ length: 6 }, (_, w) => grid.slice(w * 7, w * 7 + 7));
    const open = this.openDay && byDay.get(this.openDay);
    return html`<table role="grid" aria-labelledby="title" @keydown=${this.#onGridKey}>
        <thead>
          <tr>
            ${weeks[0]!.map(
              (day) =>
                html`<th scope="col" abbr=${label(day, { weekday: 'long' })}>${isolate(label(day, { weekday: 'short' }), this)}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((day) => {
                const events = byDay.get(day) ?? [];
                return html`<td
                  role="gridcell"
                  part="day"
                  class="${day.slice(0, 7) === month ? '' : 'outside'} ${events.length ? 'has' : ''}"
                  aria-selected=${day === this.openDay ? 'true' : 'false'}
                >
                  <button
                    type="button"
                    class="date"
                    data-day=${day}
                    tabindex=${day === focus ? 0 : -1}
                    aria-current=${day === today ? 'date' : nothing}
                    aria-label="${label(day, { dateStyle: 'full' })}${events.length
                      ? `, ${this.t('calendar.events', { count: events.length })}`
                      : ''}"
                    @click=${(e: MouseEvent) => this.#pick(day, !e.detail)}
                    @focus=${() => (this.focusDay = day)}
                  >
                    ${Number(day.slice(8))}
                  </button>
                  ${events.slice(0, 2).map((o) => this.#eventButton(o, true))}
                  ${events.length > 2
                    ? html`<span class="meta">${this.t('calendar.moreOnDay', { count: events.length - 2 })}</span>`
                    : nothing}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      ${open
        ? html`<div class="picked" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#focus(this.openDay!)}>
            ${this.#dayList(this.openDay!, open.slice(0, PAGE))}
          </div>`
        : nothing}`;
  }

  /** What the days from `day` are called: its month in the grid, else the `chunks` ranges from it. */
  #title(day: string, chunks = this.chunks): string {
    const zone = this.#zone;
    if (this.view === 'month') return this.#date(startOf(`${day.slice(0, 7)}-15`, zone), { month: 'long', year: 'numeric' });
    return formatDateRange(this.locale, startOf(day, zone), startOf(addDays(day, chunks * this.#span - 1), zone), { dateStyle: 'medium', timeZone: this.#shownZone });
  }

  /** "Previous month, February 2027": each button names where it goes. */
  #nav(step: -1 | 1): TemplateResult {
    const key = `calendar.${step < 0 ? 'previous' : 'next'}${this.view === 'month' ? 'Month' : ''}` as const;
    return html`<button type="button" part="button" aria-label=${this.t(key, { name: this.#title(this.#after(step), 1) })} @click=${() => this.#step(step)}>
      ${step < 0 ? '‹' : '›'}
    </button>`;
  }

  /** Navigation, the range's name and the filters, then the zone times are shown in. */
  #toolbar(tags: readonly string[]): TemplateResult {
    return html`<div class="toolbar" part="toolbar">
      <div class="nav">
        ${this.#nav(-1)}
        <button type="button" part="button" @click=${() => this.#goToday()}>${this.t('calendar.today')}</button>
        ${this.#nav(1)}
      </div>
      <h2 id="title" part="title" aria-live="polite">${isolate(this.#title(this.view === 'month' ? this.#anchor : this.#ranges[0]!.from), this)}</h2>
      <div class="filters">
        <label
          >${this.t('calendar.show')}
          <select class="text" part="filter" @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as CalendarFilter['kind'])}>
            <option value="">${this.t('calendar.all')}</option>
            <option value="online">${this.t('calendar.online')}</option>
            <option value="in_person">${this.t('calendar.inPerson')}</option>
          </select></label
        >
        ${tags.length > 1 && !this.tag
          ? html`<label
              >${this.t('calendar.topic')}
              <select class="text" part="filter" @change=${(e: Event) => (this.topic = (e.target as HTMLSelectElement).value)}>
                <option value="">${this.t('calendar.allTopics')}</option>
                ${tags.map((tag) => html`<option ?selected=${tag === this.topic}>${tag}</option>`)}
              </select></label
            >`
          : nothing}
      </div>
    </div>
    <p class="zone meta" part="message">${this.t('calendar.zone', { zone: isolate(zoneName(this.locale, this.#shownZone), this) })}</p>`;
  }

  #field(name: 'name' | 'email', value: string | undefined): TemplateResult {
    const problem = this.#rsvpState.value.problems[name];
    return textField({
      id: name,
      name,
      label: this.t(`form.${name}`),
      type: name === 'email' ? 'email' : 'text',
      autocomplete: name,
      required: true,
      value,
      ...(problem ? { problem: this.problemText(problem) } : {}),
    });
  }

  #details(o: Occurrence): TemplateResult {
    const connection = this.ready;
    const ics = connection?.backend.calendarUrl?.({ site: connection.site, event: o.event });
    const feed = connection?.backend.calendarUrl?.({ site: connection.site });
    const { phase, result } = this.#rsvpState.value;
    const reader = this.#reader.value;
    const full = o.seatsLeft === 0;
    // A date that will not take place takes no RSVP and goes in nobody's calendar.
    const cancelled = o.status === 'cancelled';
    // The private link only for a reader who is going, whatever a backend sends.
    const join = result?.status === 'going' ? safeUrl(result.joinUrl) : undefined;
    let status = '';
    if (phase === 'queued') status = this.t('queued');
    else if (phase === 'done' && result) status = this.t(rsvpText(result.status, o));
    return html`<h2 id="dialog-title">${this.#name(o)}</h2>
      <p class="meta">${this.#when(o, true)}</p>
      <p class="meta">${this.#place(o)}${o.venue?.address ? html`<br />${o.venue.address}` : nothing}</p>
      ${o.seatsLeft === null || cancelled ? nothing : html`<p class="meta">${full ? this.t('calendar.full') : this.t('seatsLeft', { count: o.seatsLeft })}</p>`}
      ${o.description ? html`<p class="description">${o.description}</p>` : nothing}
      ${phase === 'done' || phase === 'queued' || cancelled
        ? nothing
        : html`<form novalidate @submit=${this.#onSubmit} @input=${this.#onInput}>
            ${this.#field('name', reader?.name)} ${this.#field('email', reader?.email)}
            ${checkField({ id: 'rsvp-remember', name: 'remember', label: this.t('form.remember') })}
            ${this.formProblem(this.#rsvpState.value)}
            <button type="submit" part="button" ?disabled=${phase === 'sending'}>
              ${phase === 'sending' ? this.t('form.sending') : this.t(full ? 'form.waitlist' : 'calendar.rsvp')}
            </button>
          </form>`}
      <p role="status" class="status" part="message" tabindex="-1">${status}</p>
      ${join ? html`<p><a href=${join} target="_blank" rel="noopener noreferrer">${this.t('calendar.join')}</a></p>` : nothing}
      ${cancelled
        ? nothing
        : html`<h3>${this.t('calendar.add')}</h3>
            <ul role="list" class="add">
              ${ics ? html`<li><a href=${ics} download>${this.t('calendar.ics')}</a></li>` : nothing}
              <li><a href=${googleLink(o)} target="_blank" rel="noopener noreferrer">Google Calendar</a></li>
              <li><a href=${outlookLink(o)} target="_blank" rel="noopener noreferrer">Outlook</a></li>
              ${feed ? html`<li><a href=${webcal(feed)}>${this.t('calendar.subscribe')}</a></li>` : nothing}
            </ul>`}`;
  }

  /** The days in the chosen view; none in the first render, which Intl must not write (see render). */
  #view(loading: boolean): TemplateResult | typeof nothing {
    if (!this.hasUpdated) return nothing;
    return this.view === 'month' ? this.#month() : this.#list(loading);
  }

  protected override render(): TemplateResult {
    const { data, error, loading } = this.#events.value;
    const opened = this.opened;
    // The dialog shows the latest answer for its occurrence: seats change once the reader RSVPs.
    const fresh = opened && (data?.find((o) => o.event === opened.event && o.start === opened.start) ?? opened);
    // The first render leaves out the toolbar and the days, which Intl writes: the events request
    // made in willUpdate goes out (a microtask on) before ICU's first start, ~60 ms, and not after
    // it. firstUpdated draws them at once, before anything is painted.
    return html`${this.hasUpdated ? this.#toolbar(tagsOf(data ?? []).slice(0, 100)) : nothing}
      <div class="body ${this.view}" aria-busy=${loading ? 'true' : 'false'}>
        ${error && !data ? this.failure(error, 'calendar.unset', () => this.#query?.refresh(), loading) : this.#view(loading)}
        ${loading ? html`<p role="status" part="message">${this.t('loading')}</p>` : nothing}
      </div>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#closed}>
        <button type="button" class="close" part="button" aria-label=${this.t('calendar.close')} @click=${() => this.dialog?.close()}>
          ×
        </button>
        ${fresh ? this.#details(fresh) : nothing}
      </dialog>`;
  }
}
