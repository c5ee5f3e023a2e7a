import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { EventsParams, RsvpParams, SalonBackend } from '../src/api/backend.js';
import { SalonError } from '../src/api/errors.js';
import { MemoryBackend, type MemorySite } from '../src/api/memory.js';
import type { Occurrence } from '../src/api/schemas.js';
import { $reader, rememberReader } from '../src/stores/profile.js';
import type { SalonEventCalendar } from '../components/event-calendar/event-calendar.js';
import '../components/event-calendar/event-calendar.js';
import { mockApi, occurrence, springEvents } from './support/data.js';
import { $, $$, text, type } from './support/dom.js';

const zone = (tz: string | null): Promise<unknown> => executeServerCommand('emulate-time-zone', tz);

const memory = (site: MemorySite = { occurrences: springEvents(), joinUrls: { 'mastermind-weekly': 'https://meet.example/abc' } }) =>
  new MemoryBackend({ demo: site }, { id: `memory:calendar:${Math.random()}` });

/** A calendar on a backend, once its first answer (or error) is on screen. */
async function calendar(
  backend: SalonBackend = memory(),
  template = (b: SalonBackend): TemplateResult =>
    html`<salon-event-calendar site="demo" from="2027-03-01" days="31" .backend=${b}></salon-event-calendar>`,
): Promise<SalonEventCalendar> {
  const el = await fixture<SalonEventCalendar>(template(backend));
  await waitUntil(() => el.shadowRoot!.querySelector('.body[aria-busy=false]'), 'calendar loaded');
  return el;
}

/** Text as a reader reads it: whitespace (including the narrow spaces of `Intl` times) as single spaces. */
const days = (el: SalonEventCalendar): string[] => $$(el, '.day h3').map(text);
const events = (el: SalonEventCalendar): string[] => $$(el, '.body .event').map(text);
const button = (el: SalonEventCalendar, label: string): HTMLButtonElement =>
  $$<HTMLButtonElement>(el, 'button').find(
    // "Next" finds the button named "Next month, April 2027" too, as a reader scanning names would.
    (b) => text(b) === label || b.getAttribute('aria-label') === label || !!b.getAttribute('aria-label')?.startsWith(`${label} `),
  )!;

async function openEvent(el: SalonEventCalendar, index = 0): Promise<HTMLDialogElement> {
  $$(el, '.body .event')[index]!.click();
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open, 'dialog open');
  return $<HTMLDialogElement>(el, 'dialog');
}

const input = (el: SalonEventCalendar, name: string): HTMLInputElement => $(el, `dialog input[name=${name}]`);

async function rsvp(el: SalonEventCalendar, { name = 'Ada', email = 'ada@example.com' } = {}): Promise<void> {
  type(input(el, 'name'), name);
  type(input(el, 'email'), email);
  $<HTMLFormElement>(el, 'dialog form').requestSubmit();
}

const dialogStatus = (el: SalonEventCalendar): string => text($(el, 'dialog [role=status]'));

describe('<salon-event-calendar>', () => {
  afterEach(async () => {
    await zone(null);
    $reader.set(undefined);
  });

  describe('in the reader’s time zone', () => {
    const expected: Record<string, string[][]> = {
      // Both zones move to summer time on 14 March: the call stays at 4 PM.
      'America/Los_Angeles': [
        ['Wednesday, March 10', '4:00 PM your time · Wed, 7:00 PM Eastern Time'],
        ['Wednesday, March 17', '4:00 PM your time · Wed, 7:00 PM Eastern Time'],
        ['Saturday, March 20', '10:00 AM your time · Sat, 6:00 PM Central European Time'],
      ],
      // Europe changes two weeks later: across New York's change the call moves from 1 AM to midnight.
      'Europe/Berlin': [
        ['Thursday, March 11', '1:00 AM your time · Wed, 7:00 PM Eastern Time'],
        ['Thursday, March 18', '12:00 AM your time · Wed, 7:00 PM Eastern Time'],
        ['Saturday, March 20', '6:00 PM'],
      ],
      'Asia/Kolkata': [
        ['Thursday, March 11', '5:30 AM your time · Wed, 7:00 PM Eastern Time'],
        ['Thursday, March 18', '4:30 AM your time · Wed, 7:00 PM Eastern Time'],
        ['Saturday, March 20', '10:30 PM your time · Sat, 6:00 PM Central European Time'],
      ],
      'Pacific/Auckland': [
        ['Thursday, March 11', '1:00 PM your time · Wed, 7:00 PM Eastern Time'],
        ['Thursday, March 18', '12:00 PM your time · Wed, 7:00 PM Eastern Time'],
        ['Sunday, March 21', '6:00 AM your time · Sat, 6:00 PM Central European Time'],
      ],
    };

    for (const [tz, rows] of Object.entries(expected)) {
      it(`groups by day and shows times in ${tz}, across a DST change`, async () => {
        await zone(tz);
        const el = await calendar();
        expect(days(el)).to.deep.equal(rows.map(([day]) => day));
        const times = $$(el, '.body .event').map((b) => text(b.querySelector('.meta')));
        expect(times).to.deep.equal(rows.map(([, time]) => time));
      });
    }

    it('uses the time-zone attribute instead, and ignores one the browser does not know', async () => {
      await zone('Asia/Kolkata');
      const el = await calendar(memory(), (b) =>
        html`<salon-event-calendar site="demo" from="2027-03-01" time-zone="America/New_York" .backend=${b}></salon-event-calendar>`,
      );
      expect(days(el)[0]).to.equal('Wednesday, March 10');
      expect(text($(el, '.body .event .meta'))).to.equal('7:00 PM');
      el.timeZone = 'Mars/Olympus_Mons';
      await waitUntil(() => days(el)[0] === 'Thursday, March 11', 'back in the reader’s zone');
    });

    it('formats in the element’s language', async () => {
      await zone('Europe/Berlin');
      const el = await calendar(memory(), (b) =>
        html`<salon-event-calendar lang="de" site="demo" from="2027-03-01" .backend=${b}></salon-event-calendar>`,
      );
      await waitUntil(() => text(button(el, 'Heute')) === 'Heute', 'German texts loaded');
      expect(days(el)[0]).to.equal('Donnerstag, 11. März');
      expect(text($(el, '.body .event .meta'))).to.equal('01:00 bei Ihnen · Mi, 19:00 Nordamerikanische Ostküstenzeit');
      expect(text($(el, '.zone'))).to.equal('Zeitzone: Mitteleuropäische Zeit');
      el.removeAttribute('lang');
      el.setAttribute('locale', 'fr');
      await waitUntil(() => days(el)[0] === 'jeudi 11 mars', 'French through locale');
      expect(text($(el, '.body .event .meta'))).to.equal('01:00 chez vous · mer. 19:00 heure de l’Est nord-américain');
      el.setAttribute('locale', 'es');
      await waitUntil(() => text($(el, '.zone')) === 'Zona horaria: hora de Europa central', 'the reader’s zone named in Spanish');
    });
  });

  describe('list', () => {
    for (const [view, lang] of [['list', 'en-NZ'], ['month', 'en-IE']] as const) {
    it(`asks for its events before it formats a date, so that Intl starts up while the answer is on its way (${view})`, async () => {
      const { api } = await mockApi({});
      const order: string[] = [];
      const { fetch } = window;
      const Format = Intl.DateTimeFormat;
      window.fetch = (...args: Parameters<typeof fetch>) => (order.push('request'), fetch(...args));
      Intl.DateTimeFormat = new Proxy(Format, {
        construct: (target, args) => (order.push('Intl'), Reflect.construct(target, args)),
        apply: (target, self, args) => (order.push('Intl'), Reflect.apply(target, self, args)),
      });
      try {
        // A language no test used yet: its formatters are made here, not taken from a cache.
        const el = await fixture(html`<salon-event-calendar api=${api} site="demo" view=${view} lang=${lang}></salon-event-calendar>`);
        await waitUntil(() => order.includes('request') && order.includes('Intl'), 'asked and formatted');
        expect(order[0]).to.equal('request');
        expect(text($(el, 'h2'))).not.to.equal('');
      } finally {
        window.fetch = fetch;
        Intl.DateTimeFormat = Format;
      }
    });
    }

    it('says where: online, or the venue and city', async () => {
      await zone('Europe/Berlin');
      const el = await calendar();
      const places = $$(el, '.body .event').map((b) => text(b.querySelectorAll('.meta')[1]));
      expect(places).to.deep.equal(['Online', 'Online', 'Buchhandlung Lesezeichen, Berlin']);
    });

    it('filters by kind and by topic', async () => {
      const el = await calendar();
      const [kind, topic] = $$<HTMLSelectElement>(el, 'select');
      kind!.value = 'in_person';
      kind!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(events(el).map((e) => e.split(' ')[0])).to.deep.equal(['Signing']);
      kind!.value = '';
      kind!.dispatchEvent(new Event('change'));
      topic!.value = 'mastermind';
      topic!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(events(el)).to.have.length(2);
      expect(events(el).every((e) => e.startsWith('Mastermind weekly call'))).to.be.true;
    });

    it('asks the backend for the tag attribute’s events only, and shows no topic filter then', async () => {
      const backend = memory();
      const el = await calendar(backend, (b) =>
        html`<salon-event-calendar site="demo" from="2027-03-01" tag="readers" .backend=${b}></salon-event-calendar>`,
      );
      expect(events(el)).to.have.length(1);
      expect($$(el, 'select')).to.have.length(1);
    });

    it('hides events that have ended with hide-past', async () => {
      const now = Date.now();
      const past = occurrence({ title: 'Earlier today', start: new Date(now - 7200_000).toISOString(), end: new Date(now - 3600_000).toISOString() });
      const next = occurrence({ title: 'Later', start: new Date(now + 86400_000).toISOString(), end: new Date(now + 90000_000).toISOString() });
      const backend = memory({ occurrences: [past, next] });
      const el = await calendar(backend, (b) =>
        html`<salon-event-calendar site="demo" hide-past from=${new Date(now - 86400_000).toISOString().slice(0, 10)} .backend=${b}></salon-event-calendar>`,
      );
      expect(events(el).map((e) => e.split(' ')[0])).to.deep.equal(['Later']);
    });

    it('navigates by ranges, loads later ones on demand and reports each range', async () => {
      const calls: EventsParams[] = [];
      const backend = memory();
      const listEvents = backend.listEvents.bind(backend);
      backend.listEvents = (params, options) => (calls.push(params), listEvents(params, options));
      const el = await calendar(backend, (b) =>
        html`<salon-event-calendar site="demo" from="2027-03-01" days="12" .backend=${b}></salon-event-calendar>`,
      );
      expect(events(el)).to.have.length(1);
      let change = oneEvent(el, 'salon-range-change');
      button(el, 'Show later events').click();
      expect((await change).detail).to.deep.equal({ view: 'list', from: '2027-03-01', to: '2027-03-25' });
      await waitUntil(() => events(el).length === 3, 'the later range appended');
      expect(calls).to.have.length(2);
      change = oneEvent(el, 'salon-range-change');
      button(el, 'Next').click();
      expect((await change).detail).to.deep.equal({ view: 'list', from: '2027-03-13', to: '2027-03-25' });
      await waitUntil(() => events(el).length === 2, 'next range shown');
      button(el, 'Previous').click();
      await waitUntil(() => events(el).length === 1, 'back to the first range');
      // Both ranges were loaded already: the cache answers.
      expect(calls).to.have.length(2);
      button(el, 'Today').click();
      await el.updateComplete;
      const today = new Date();
      const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      expect(calls.at(-1)!.from).to.equal(new Date(`${local}T00:00:00`).toISOString());
    });

    it('says when a range has no events, and reserves its height while loading', async () => {
      let release!: () => void;
      const backend = memory({ occurrences: [] });
      const listEvents = backend.listEvents.bind(backend);
      backend.listEvents = async (params, options) => {
        await new Promise<void>((resolve) => (release = resolve));
        return listEvents(params, options);
      };
      const el = await fixture<SalonEventCalendar>(
        html`<salon-event-calendar site="demo" from="2027-03-01" .backend=${backend}></salon-event-calendar>`,
      );
      await waitUntil(() => release, 'request made');
      expect(text($(el, '.body [role=status]'))).to.equal('Loading…');
      const loadingHeight = $(el, '.body').offsetHeight;
      expect(loadingHeight).to.be.at.least(300);
      release();
      await waitUntil(() => $(el, '.empty'), 'empty state');
      expect(text($(el, '.empty'))).to.equal('No events on these dates.');
      expect($(el, '.body').offsetHeight).to.equal(loadingHeight);
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry that asks again, and cannot be pressed twice meanwhile', async () => {
      const backend = memory();
      const listEvents = backend.listEvents.bind(backend);
      let calls = 0;
      let release!: () => void;
      backend.listEvents = async (params, options) => {
        if (++calls === 1) throw new SalonError('server', 'boom', { status: 500 });
        await new Promise<void>((resolve) => (release = resolve));
        return listEvents(params, options);
      };
      const el = await calendar(backend);
      expect(text($(el, '[role=alert] p'))).to.equal('Something went wrong on our side. Please try again later.');
      await expect(el).to.be.accessible();
      button(el, 'Try again').click();
      await waitUntil(() => release, 'asked again');
      await el.updateComplete;
      expect(button(el, 'Try again').disabled, 'disabled while it asks').to.equal(true);
      release();
      await waitUntil(() => events(el).length === 3, 'events after retry');
      expect(calls).to.equal(2);
    });

    it('turns a malformed answer into the error state, not an exception', async () => {
      const backend = memory();
      backend.listEvents = async () => ({ occurrences: [{ title: 42 }] }) as never;
      const el = await calendar(backend);
      expect(text($(el, '[role=alert] p'))).to.equal('Something went wrong on our side. Please try again later.');
    });

    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await calendar(
        memory({ occurrences: [occurrence({ title: hostile, description: hostile, venue: { name: hostile, city: '<b>x</b>' }, kind: 'hybrid' })] }),
      );
      expect(text($(el, '.body .event .title'))).to.equal(hostile);
      await openEvent(el);
      expect(text($(el, 'dialog .description'))).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      // Structured data carries it as a JSON string, `<` escaped.
      expect(el.querySelector('script')!.textContent).not.to.contain('<');
    });

    it('marks a cancelled date for readers who had planned on it, and takes no RSVP for it', async () => {
      const [first, second, signing] = springEvents();
      const el = await calendar(memory({ occurrences: [first!, { ...second!, status: 'cancelled' }, signing!] }));
      expect($$(el, '.body .event .title').map(text)).to.deep.equal([
        'Mastermind weekly call',
        'Cancelled: Mastermind weekly call',
        'Signing at Lesezeichen',
      ]);
      await expect(el).to.be.accessible();
      await openEvent(el, 1);
      expect(text($(el, 'dialog h2'))).to.equal('Cancelled: Mastermind weekly call');
      expect(el.shadowRoot!.querySelector('dialog form')).to.equal(null);
      // Nothing to add to a calendar, and no seats to count, for a date that will not take place.
      expect(el.shadowRoot!.querySelector('dialog .add')).to.equal(null);
      expect(text($(el, 'dialog'))).not.to.match(/seats? left|\bFull\b|Add to/);
      const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as Array<{ eventStatus: string }>;
      expect(data.map((d) => d.eventStatus.split('/').pop())).to.deep.equal(['EventScheduled', 'EventCancelled', 'EventScheduled']);
    });

    it('is accessible with events', async () => {
      const el = await calendar();
      await expect(el).to.be.accessible();
    });
  });

  it('shows 30 days for a days attribute that names no number of days, and whole days for a fraction', async () => {
    for (const [value, shown] of [['-5', 30], ['0', 30], ['abc', 30], ['1.6', 2], ['9999', 366]] as const) {
      const el = await calendar(memory(), (b) => html`<salon-event-calendar site="demo" from="2027-03-01" days=${value} .backend=${b}></salon-event-calendar>`);
      const change = oneEvent(el, 'salon-range-change');
      button(el, 'Next').click();
      const { detail } = await change;
      expect((Date.parse(detail.to) - Date.parse(detail.from)) / 86_400_000, value).to.equal(shown);
    }
  });

  it('starts today when `from` names no real day, in either view, without an error on the page', async () => {
    const thrown: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => void thrown.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    try {
      const today = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(new Date());
      for (const from of ['2026-13-45', '2026-12-32', '2026-00-10']) {
        const el = await calendar(memory(), (b) => html`<salon-event-calendar site="demo" view="month" from=${from} .backend=${b}></salon-event-calendar>`);
        await waitUntil(() => el.shadowRoot!.querySelector('h2#title'), 'the title');
        expect(text($(el, 'h2#title')), from).to.equal(today);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(thrown.map(String)).to.deep.equal([]);
  });

  describe('month grid', () => {
    const month = (backend: SalonBackend = memory()) =>
      calendar(backend, (b) =>
        html`<salon-event-calendar site="demo" view="month" from="2027-03-01" lang="en-GB" .backend=${b}></salon-event-calendar>`,
      );
    const focused = (el: SalonEventCalendar): string | undefined => (el.shadowRoot!.activeElement as HTMLElement)?.dataset.day;

    it('shows six weeks from the locale’s first weekday, with the events on their days', async () => {
      await zone('Europe/Berlin');
      const el = await month();
      expect(text($(el, 'h2'))).to.equal('March 2027');
      expect($$(el, 'th').map(text)).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      const cells = $$(el, 'td');
      expect(cells).to.have.length(42);
      expect(cells[0]!.querySelector('button')!.dataset.day).to.equal('2027-03-01');
      const day18 = $(el, '[data-day="2027-03-18"]');
      expect(day18.getAttribute('aria-label')).to.equal('Thursday, 18 March 2027, 1 event');
      expect(text(day18.parentElement!.querySelector('.event'))).to.equal('Mastermind weekly call');
      await expect(el).to.be.accessible();
    });

    it('moves by keyboard as an ARIA grid, across months', async () => {
      const el = await month();
      const first = $(el, '[tabindex="0"]');
      expect(first.dataset.day).to.equal('2027-03-01');
      expect($$(el, '.date[tabindex="0"]')).to.have.length(1);
      first.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal('2027-03-02');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('2027-03-09');
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal('2027-03-14');
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal('2027-03-08');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal('2027-02-28');
      expect(text($(el, 'h2'))).to.equal('February 2027');
      expect($(el, 'h2').getAttribute('aria-live')).to.equal('polite');
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ press: 'PageDown' });
      expect(focused(el)).to.equal('2027-04-28');
      expect(text($(el, 'h2'))).to.equal('April 2027');
      await sendKeys({ press: 'PageUp' });
      expect(focused(el)).to.equal('2027-03-28');
      expect($$(el, '.date[tabindex="0"]').map((b) => b.dataset.day)).to.deep.equal(['2027-03-28']);
    });

    it('opens a day’s events under the grid', async () => {
      await zone('Europe/Berlin');
      const el = await month();
      $(el, '[data-day="2027-03-20"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, 'td[aria-selected=true] .date'))).to.equal('20');
      expect(days(el)).to.deep.equal(['Saturday 20 March']);
      expect(text($(el, '.day .event .title'))).to.equal('Signing at Lesezeichen');
    });

    it('goes to the next month and back to today with the buttons', async () => {
      const el = await month();
      const change = oneEvent(el, 'salon-range-change');
      button(el, 'Next').click();
      const { detail } = await change;
      expect(detail.view).to.equal('month');
      expect(detail.from).to.equal('2027-03-29');
      expect(text($(el, 'h2'))).to.equal('April 2027');
      button(el, 'Today').click();
      await el.updateComplete;
      expect($(el, '[aria-current=date]').dataset.day).to.equal($(el, '.date[tabindex="0"]').dataset.day);
    });
  });

  describe('details, RSVP and add to calendar', () => {
    it('opens an accessible dialog and gives focus back when it closes', async () => {
      const el = await calendar();
      const opened = oneEvent(el, 'salon-event-open');
      const trigger = $$(el, '.body .event')[0]!;
      trigger.focus();
      const dialog = await openEvent(el);
      expect((await opened).detail.occurrence.event).to.equal('mastermind-weekly');
      expect(text(dialog.querySelector('h2'))).to.equal('Mastermind weekly call');
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.be.true;
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'dialog closed');
      expect(el.shadowRoot!.activeElement).to.equal(trigger);
    });

    it('throws nothing into the page when the calendar is removed right after a click', async () => {
      const el = await calendar();
      const thrown: unknown[] = [];
      const record = (event: PromiseRejectionEvent) => thrown.push(event.reason);
      addEventListener('unhandledrejection', record);
      $$(el, '.body .event')[0]!.click();
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      removeEventListener('unhandledrejection', record);
      expect(thrown).to.deep.equal([]);
    });

    it('RSVPs per occurrence and then reveals the join link', async () => {
      const backend = memory();
      const el = await calendar(backend);
      await openEvent(el, 1);
      expect(el.shadowRoot!.querySelector('dialog a[href^="https://meet"]')).to.equal(null);
      const success = oneEvent(el, 'salon-rsvp-success');
      await rsvp(el);
      const { detail } = await success;
      expect(detail.status).to.equal('going');
      expect(detail.occurrence.start).to.equal('2027-03-17T23:00:00.000Z');
      await waitUntil(() => dialogStatus(el) === 'You’re going! See you there.', 'going');
      expect($(el, 'dialog a[href="https://meet.example/abc"]').textContent).to.equal('Join online');
      const write = backend.writes.at(-1)!;
      expect(write.params).to.deep.equal({
        site: 'demo',
        event: 'mastermind-weekly',
        start: '2027-03-17T23:00:00.000Z',
        name: 'Ada',
        email: 'ada@example.com',
        // The reader's emails come in the widget's language.
        lang: 'en',
      } satisfies RsvpParams);
      await expect(el).to.be.accessible();
    });

    it('tells a reader whose place waits for their confirmation what happens next, and shows no join link', async () => {
      const backend = memory();
      // The reference server's answer: a place held until the reader confirms from their inbox.
      backend.rsvp = async () => ({ status: 'pending_confirmation', joinUrl: 'https://meet.example/abc' });
      const el = await calendar(backend);
      await openEvent(el, 1);
      const success = oneEvent(el, 'salon-rsvp-success');
      await rsvp(el);
      expect((await success).detail.status).to.equal('pending_confirmation');
      await waitUntil(() => dialogStatus(el).startsWith('Almost there'), 'told to confirm');
      expect(dialogStatus(el)).to.equal(
        'Almost there: confirm your place with the link we just emailed you. We hold it for a day; the link to join comes once you confirm.',
      );
      expect(el.shadowRoot!.querySelector('dialog a[href^="https://meet"]')).to.equal(null, 'not before the reader is going');
      await expect(el).to.be.accessible();
    });

    it('keeps an RSVP made offline and sends it once when the reader is back', async () => {
      const backend = memory();
      const el = await calendar(backend);
      await openEvent(el, 1);
      backend.offline = true;
      const success = oneEvent(el, 'salon-rsvp-success');
      await rsvp(el);
      await waitUntil(() => dialogStatus(el) === 'Saved — we’ll send it when you’re back online.', 'saved offline');
      expect(backend.writes).to.have.length(0);
      backend.offline = false;
      window.dispatchEvent(new Event('online'));
      expect((await success).detail.occurrence.start).to.equal('2027-03-17T23:00:00.000Z');
      await waitUntil(() => dialogStatus(el).startsWith('You’re going'), 'delivered');
      window.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(backend.writes.filter((w) => w.method === 'rsvp')).to.have.length(1);
    });

    it('joins the waitlist of a full event', async () => {
      const el = await calendar();
      await openEvent(el, 2);
      expect(text($(el, 'dialog'))).to.contain('This event is full. You can join the waitlist.');
      expect(text($(el, 'dialog button[type=submit]'))).to.equal('Join the waitlist');
      await rsvp(el);
      await waitUntil(() => dialogStatus(el).startsWith('You’re on the waitlist'), 'waitlisted');
    });

    it('checks the fields, pre-fills a remembered reader, and remembers one who asks', async () => {
      const el = await calendar();
      await openEvent(el);
      const errors = [] as string[];
      el.addEventListener('salon-rsvp-error', () => errors.push('error'));
      $<HTMLFormElement>(el, 'dialog form').requestSubmit();
      await el.updateComplete;
      expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#email-message'))).to.equal('Please fill in this field.');
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'name'));
      await expect(el).to.be.accessible();
      type(input(el, 'email'), 'not-an-email');
      await el.updateComplete;
      expect(text($(el, '#email-message'))).to.equal('Please enter a valid email address, like name@example.com.');
      type(input(el, 'name'), 'Ada');
      type(input(el, 'email'), 'ada@example.com');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-invalid=true]')).to.equal(null);
      input(el, 'remember').click();
      $<HTMLFormElement>(el, 'dialog form').requestSubmit();
      await waitUntil(() => $reader.get()?.email === 'ada@example.com', 'reader remembered');
      expect(errors).to.deep.equal([]);

      const other = await calendar();
      // Another test window on this origin may change the remembered reader: set it just before use.
      rememberReader({ name: 'Bo', email: 'bo@example.com' });
      await openEvent(other);
      expect(input(other, 'name').value).to.equal('Bo');
      expect(input(other, 'email').value).to.equal('bo@example.com');
    });

    it('shows a refusal with the error event, and never renders an unsafe join link', async () => {
      const backend = memory();
      backend.rsvp = async () => ({ status: 'going', joinUrl: 'javascript:alert(1)' });
      const el = await calendar(backend);
      await openEvent(el);
      await rsvp(el);
      await waitUntil(() => dialogStatus(el).startsWith('You’re going'), 'going');
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);

      const refusing = memory();
      refusing.rsvp = async () => {
        throw new SalonError('rate-limited', 'slow down', { status: 429 });
      };
      const other = await calendar(refusing);
      await openEvent(other);
      const error = oneEvent(other, 'salon-rsvp-error');
      await rsvp(other);
      expect((await error).detail.error.kind).to.equal('rate-limited');
      await other.updateComplete;
      expect(text($(other, 'dialog [role=alert] p'))).to.equal('Too many attempts. Please wait a moment and try again.');
      expect(text($(other, 'dialog [role=alert] button')), 'the same alert as every Salon form').to.equal('Try again');
      await waitUntil(() => other.shadowRoot!.activeElement === $(other, 'dialog [role=alert]'), 'focus on the message, not on an empty status');
    });

    it('shows the seats the backend has left once an RSVP is taken', async () => {
      const el = await calendar();
      await openEvent(el, 1);
      expect(text($(el, 'dialog'))).to.contain('3 seats left');
      await rsvp(el);
      await waitUntil(() => dialogStatus(el).startsWith('You’re going'), 'going');
      await waitUntil(() => text($(el, 'dialog')).includes('2 seats left'), 'the count the backend now has');
    });

    it('offers the .ics file, Google, Outlook and a subscription to the feed', async () => {
      const backend: SalonBackend = memory();
      backend.calendarUrl = ({ site, event }) => `https://api.example/v1/sites/${site}/events${event ? `/${event}` : ''}.ics`;
      const el = await calendar(backend);
      await openEvent(el, 2);
      const links = $$<HTMLAnchorElement>(el, '.add a');
      expect(links.map(text)).to.deep.equal(['Download .ics', 'Google Calendar', 'Outlook', 'Subscribe to all events']);
      expect(links[0]!.href).to.equal('https://api.example/v1/sites/demo/events/berlin-signing.ics');
      expect(links[0]!.hasAttribute('download')).to.be.true;
      const google = new URL(links[1]!.href);
      expect(google.searchParams.get('dates')).to.equal('20270320T170000Z/20270320T190000Z');
      expect(google.searchParams.get('location')).to.equal('Buchhandlung Lesezeichen, Oranienstraße 12, Berlin, DE');
      expect(new URL(links[2]!.href).searchParams.get('startdt')).to.equal('2027-03-20T17:00:00.000Z');
      expect(links[3]!.href).to.equal('webcal://api.example/v1/sites/demo/events.ics');
    });
  });

  describe('structured data', () => {
    it('writes schema.org Events into the page for search engines', async () => {
      const el = await calendar();
      const script = el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!) as Array<Record<string, unknown>>;
      expect(data).to.have.length(3);
      expect(data[2]).to.deep.include({
        '@type': 'Event',
        name: 'Signing at Lesezeichen',
        startDate: '2027-03-20T17:00:00.000Z',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      });
      expect((data[2]!.location as Array<Record<string, unknown>>)[0]).to.deep.include({ '@type': 'Place', name: 'Buchhandlung Lesezeichen' });
      el.remove();
      expect(document.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });

    it('writes none with no-structured-data', async () => {
      const el = await calendar(memory(), (b) =>
        html`<salon-event-calendar site="demo" from="2027-03-01" no-structured-data .backend=${b}></salon-event-calendar>`,
      );
      expect(events(el)).to.have.length(3);
      expect(el.querySelector('script')).to.equal(null);
    });
  });

  it('waits for its configuration and says so when it is missing', async () => {
    const el = await fixture<SalonEventCalendar>(html`<salon-event-calendar></salon-event-calendar>`);
    await waitUntil(() => text($(el, '.body')) === 'This calendar isn’t set up yet.', 'not set up, said quietly');
    await expect(el).to.be.accessible();
  });
});

export type { Occurrence };
