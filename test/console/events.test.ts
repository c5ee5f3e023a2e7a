// The console's Events screen as an author meets it, against the real reference server: adding a
// weekly event in another time zone with the recurrence picker, its dates, cancelling one (and the
// readers' calendar leaving it out), RSVPs, editing and deleting, importing a calendar feed,
// refusals on their fields, languages, phones, and axe in every state.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SalonEventCalendar } from '../../components/event-calendar/event-calendar.component.js';
import '../../components/event-calendar/event-calendar.js';
import type { AdminEvent, AdminOccurrence, EventInput } from '../../console/api.js';
import { setLang } from '../../console/i18n.js';
import type { ConsoleEvents } from '../../console/screens/events/events.js';
import '../../console/screens/events/events.js';
import { refreshSession } from '../../console/session.js';
import { createSite, html, lastLink, newEmail, screen, signIn } from '../support/console.js';
import { choose, deep, text, type } from '../support/dom.js';

const API = 'http://127.0.0.1:8789';


const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];



const click = (el: Element | null) => (el as HTMLElement).click();

/** A rendered state, with every page element inside done. */
async function settled(el: ConsoleEvents): Promise<void> {
  await el.updateComplete;
  for (const page of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('salon-console-event-list, salon-console-event-editor, salon-console-event-page')) {
    await page.updateComplete;
  }
}

const stored = async (site: string): Promise<AdminEvent[]> => (await (await fetch(`/v1/sites/${site}/admin/events`)).json()).events;
const occurrencesOf = async (site: string, id: string): Promise<AdminOccurrence[]> =>
  (await (await fetch(`/v1/sites/${site}/admin/events/${id}/occurrences`)).json()).occurrences;

/** The first `weekday` (0 = Sunday) at least `ahead` days from today, `YYYY-MM-DD`. */
function next(weekday: number, ahead = 3): string {
  const day = new Date(Date.now() + ahead * 86_400_000);
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Saves an event through the admin API, as a script would. */
async function put(site: string, id: string, event: Partial<EventInput>): Promise<void> {
  const body: EventInput = {
    title: 'Book club',
    description: '',
    kind: 'online',
    venue: null,
    tags: [],
    timeZone: 'Europe/Paris',
    startLocal: `${next(2)}T18:00`,
    durationMinutes: 60,
    rrule: null,
    cancelled: [],
    seats: null,
    joinUrl: null,
    ...event,
  };
  const response = await fetch(`/v1/sites/${site}/admin/events/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`event not saved: ${response.status} ${await response.text()}`);
}

const editor = (site: string, path = 'new') => screen<ConsoleEvents>(html`<salon-console-events .site=${site} .path=${path}></salon-console-events>`);

/** Does what the console's shell does when the address changes: shows the screen's new page. */
function follow(el: ConsoleEvents): void {
  el.path = location.hash.split('/').slice(3).map(decodeURIComponent).join('/');
}

async function form(el: ConsoleEvents): Promise<void> {
  await waitUntil(() => $(el, '#title'), 'the editor is ready');
}

describe('console: events', () => {
  beforeEach(() => setLang('en'));
  afterEach(async () => {
    setLang('en');
    await executeServerCommand('emulate-time-zone', null);
  });

  it('adds a weekly event in another time zone; lists its 6 dates; cancels one (the readers’ calendar says so) and restores it', async () => {
    await executeServerCommand('emulate-time-zone', 'Europe/Berlin');
    await signIn();
    const site = await createSite();
    const el = await editor(site);
    await form(el);
    expect(text($(el, 'h1'))).to.equal('Add an event');
    expect($<HTMLSelectElement>(el, '#time-zone')!.value).to.equal('Europe/Berlin', 'the author’s own zone by default');
    expect(text($(el, '#time-zone option:checked'))).to.match(/^Europe\/Berlin \(UTC\+0[12]:00\)$/);
    await expect(el).to.be.accessible();

    type($(el, '#title'), 'Writers’ hour');
    await settled(el);
    expect($<HTMLInputElement>(el, '#id')!.value).to.equal('writers-hour', 'the id follows the title');
    const date = next(3);
    type($(el, '#date'), date);
    type($(el, '#time'), '19:30');
    type($(el, '#duration'), '90');
    choose($(el, '#time-zone'), 'America/New_York');
    choose($(el, '#repeat'), 'weekly');
    await settled(el);
    expect($$<HTMLInputElement>(el, 'input[name=days]').filter((box) => box.checked).map((box) => box.value)).to.deep.equal(['WE'], 'the start date’s weekday');
    expect(text($(el, '#repeat-summary'))).to.equal('Every week on Wednesday');
    expect(text($(el, '#time-zone-hint'))).to.contain('Where you are (Europe/Berlin), that is Thu');
    click($(el, '#ending-count'));
    await settled(el);
    type($(el, '#count'), '6');
    await settled(el);
    expect(text($(el, '#repeat-summary'))).to.equal('Every week on Wednesday, 6 times');
    expect($<HTMLInputElement>(el, '#rrule')!.value).to.equal('FREQ=WEEKLY;BYDAY=WE;COUNT=6');
    await expect(el).to.be.accessible();

    click($(el, 'form button[type=submit]'));
    await waitUntil(() => location.hash === `#/${site}/events/writers-hour`, 'on the event’s page');
    const [event] = await stored(site);
    expect(event).to.include({ id: 'writers-hour', title: 'Writers’ hour', startLocal: `${date}T19:30`, timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=6', durationMinutes: 90, kind: 'online', source: 'admin' });

    follow(el);
    await waitUntil(() => $$(el, 'section[aria-labelledby=dates] tbody tr').length, 'dates listed');
    expect(text($(el, 'h1'))).to.equal('Writers’ hour');
    expect(text($(el, 'p[role=status]'))).to.equal('Saved.');
    const rows = $$(el, 'section[aria-labelledby=dates] tbody tr');
    expect(rows).to.have.length(6);
    expect(text(rows[0]!.querySelector('td'))).to.match(/^Wed, .* 7:30 PM ET$/, 'in the event’s zone');
    expect(text(rows[0]!.querySelector('[data-label=Going]'))).to.equal('0');
    await expect(el).to.be.accessible();

    const occurrences = await occurrencesOf(site, 'writers-hour');
    expect(occurrences.map((o) => o.local.slice(11))).to.deep.equal(Array(6).fill('19:30'));
    click(rows[1]!.querySelector('button'));
    const dialog = deep<HTMLDialogElement>(el, 'salon-console-confirm >>> dialog')!;
    await waitUntil(() => dialog.open, 'asked first');
    expect(text(dialog)).to.contain('Readers will see it marked as cancelled and can no longer RSVP.');
    await expect(deep(el, 'salon-console-confirm')!).to.be.accessible();
    click(dialog.querySelector('button.primary'));
    await waitUntil(() => text($(el, 'p[role=status]')).includes('is cancelled'), 'cancelled');
    expect(text(rows[1]!.querySelector('.badge'))).to.equal('Cancelled');
    expect(text(rows[1]!.querySelector('button'))).to.contain('Restore this date');
    expect((await stored(site))[0]!.cancelled).to.deep.equal([occurrences[1]!.local]);
    await expect(el).to.be.accessible();

    // Readers' calendar, from the server's own origin: six dates, the cancelled one said to be so.
    const calendar = await fixture<SalonEventCalendar>(
      html`<salon-event-calendar api=${API} site=${site} time-zone="America/New_York" days="60" no-structured-data></salon-event-calendar>`,
    );
    await waitUntil(() => calendar.shadowRoot!.querySelectorAll('.body .event').length === 6, 'six dates on the calendar', { timeout: 5000 });
    const titles = [...calendar.shadowRoot!.querySelectorAll('.body .event')].map((b) => text(b));
    expect(titles.filter((t) => t.includes('Cancelled: Writers’ hour'))).to.have.length(1);
    expect(titles[1]).to.contain('Cancelled: Writers’ hour');
    calendar.remove();

    click(rows[1]!.querySelector('button'));
    await waitUntil(() => text($(el, 'p[role=status]')).includes('is back on'), 'restored');
    expect(rows[1]!.querySelector('.badge')).to.equal(null);
    expect((await stored(site))[0]!.cancelled).to.deep.equal([]);
  });

  it('shows an RSVP under its date, reopens the event in the editor as it was saved, and deletes it', async () => {
    await signIn();
    const site = await createSite();
    await put(site, 'book-club', { title: 'Book club', rrule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=4', startLocal: '2027-02-09T18:00', seats: 12, joinUrl: 'https://meet.example/club' });
    const [first, second] = await occurrencesOf(site, 'book-club');
    const email = newEmail('reader');
    const rsvp = await fetch(`/v1/sites/${site}/events/book-club/rsvps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ start: second!.start, name: 'Rosa Reader', email }),
    });
    expect(rsvp.status).to.equal(201);

    let el = await editor(site, 'book-club');
    await waitUntil(() => $(el, 'section.rsvp-date'), 'RSVPs listed');
    // Until the reader confirms from their inbox, their place is held, and shown as such.
    let rows = $$(el, 'section[aria-labelledby=dates] tbody tr');
    expect(text(rows[1]!.querySelector('[data-label=Going]'))).to.equal('0');
    expect(text(rows[1]!.querySelector('[data-label=Confirming]'))).to.equal('1');
    expect(text($(el, 'section.rsvp-date tbody tr'))).to.contain('Confirming (place held for a day)');
    await expect(el).to.be.accessible();
    el.remove();
    await fetch(new URL(await lastLink(email)).pathname, { method: 'POST' });

    el = await editor(site, 'book-club');
    await waitUntil(() => $(el, 'section.rsvp-date'), 'RSVPs listed');
    rows = $$(el, 'section[aria-labelledby=dates] tbody tr');
    expect(text(rows[0]!.querySelector('td'))).to.contain('Tue, Feb 9, 2027').and.contain('6:00 PM');
    expect(text(rows[1]!.querySelector('[data-label=Going]'))).to.equal('1');
    const group = $(el, 'section.rsvp-date')!;
    expect(text(group.querySelector('h3'))).to.equal(text(rows[1]!.querySelector('td')), 'under the date it is for');
    expect(text(group.querySelector('tbody tr'))).to.contain('Rosa Reader').and.contain(email).and.contain('Going');
    const csv = $<HTMLAnchorElement>(el, 'a[download]')!;
    expect(csv.href).to.equal(`${location.origin}/v1/sites/${site}/admin/rsvps.csv`);
    expect(await (await fetch(csv.href)).text()).to.contain(email);
    expect(first!.going).to.equal(0);
    await expect(el).to.be.accessible();

    el.path = 'book-club/edit';
    await form(el);
    expect(text($(el, 'h1'))).to.equal('Edit “Book club”');
    expect($(el, '#id')).to.equal(null, 'an event’s id is not changed');
    expect($<HTMLSelectElement>(el, '#repeat')!.value).to.equal('monthly');
    expect($<HTMLInputElement>(el, '#monthly-nth')!.checked).to.equal(true);
    expect(text($(el, '#repeat-summary'))).to.equal('Every month on the second Tuesday, 4 times');
    expect($<HTMLInputElement>(el, '#seats')!.value).to.equal('12');
    expect($<HTMLSelectElement>(el, '#time-zone')!.value).to.equal('Europe/Paris');
    await expect(el).to.be.accessible();

    type($(el, '#title'), 'Second-Tuesday book club');
    click($(el, 'form button[type=submit]'));
    await waitUntil(() => location.hash === `#/${site}/events/book-club`, 'saved');
    follow(el);
    const [saved] = await stored(site);
    expect(saved!.title).to.equal('Second-Tuesday book club');
    expect(saved).to.include({ rrule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=4', seats: 12, joinUrl: 'https://meet.example/club', startLocal: '2027-02-09T18:00' });

    el.path = 'book-club/edit';
    await form(el);
    click($(el, 'form button.danger'));
    const dialog = deep<HTMLDialogElement>(el, 'salon-console-confirm >>> dialog')!;
    await waitUntil(() => dialog.open, 'asked first');
    expect(text(dialog)).to.contain('Its RSVPs are deleted with it; readers who confirmed a date still to come are emailed that it is cancelled.');
    click(dialog.querySelector('button.primary'));
    await waitUntil(() => location.hash === `#/${site}/events`, 'back on the list');
    expect(await stored(site)).to.deep.equal([]);
    follow(el);
    await waitUntil(() => $(el, '.empty'), 'the list is empty');
    expect(text($(el, 'p[role=status]'))).to.equal('Deleted “Second-Tuesday book club”.');
  });

  it('keeps cancelled dates across a change of time, and says which ones a new schedule leaves out', async () => {
    await signIn();
    const site = await createSite();
    const tuesday = next(2);
    await put(site, 'club', { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', startLocal: `${tuesday}T18:00` });
    const second = (await occurrencesOf(site, 'club'))[1]!.local;
    await put(site, 'club', { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', startLocal: `${tuesday}T18:00`, cancelled: [second] });

    const el = await editor(site, 'club/edit');
    await form(el);
    type($(el, '#time'), '18:30');
    click($(el, 'form button[type=submit]'));
    await waitUntil(() => location.hash === `#/${site}/events/club`, 'saved');
    expect((await stored(site))[0]!.cancelled).to.deep.equal([`${second.slice(0, 10)}T18:30`], 'still cancelled, at the new time');

    follow(el);
    el.path = 'club/edit';
    await form(el);
    click($(el, '#day-TU'));
    click($(el, '#day-WE'));
    click($(el, 'form button[type=submit]'));
    await waitUntil(async () => (await stored(site))[0]!.rrule === 'FREQ=WEEKLY;BYDAY=WE;COUNT=4', 'saved on Wednesdays');
    expect((await stored(site))[0]!.cancelled).to.deep.equal([]);
    follow(el);
    await waitUntil(() => text($(el, 'p[role=status]')).startsWith('Saved.'), 'told');
    expect(text($(el, 'p[role=status]'))).to.contain('is no longer one of this event’s dates');
  });

  it('imports a calendar feed; re-importing it updates the events instead of adding them again', async () => {
    await signIn();
    const site = await createSite();
    const el = await editor(site, '');
    await waitUntil(() => $(el, '.empty'), 'the empty state');
    expect(text($(el, '.empty'))).to.contain('No events yet');
    expect($<HTMLAnchorElement>(el, 'a.button.primary')!.getAttribute('href')).to.equal(`#/${site}/events/new`);
    await expect(el).to.be.accessible();

    // A feed that is not there: the server's answer, on the address field.
    type($(el, '#feed-url'), 'http://localhost:8000/test/fixtures/no-such-feed.ics');
    click($(el, '#feed-url')!.closest('form')!.querySelector('button[type=submit]'));
    await waitUntil(() => $(el, '#feed-url-problem'), 'refused on the field');
    expect(text($(el, '#feed-url-problem'))).to.contain('404');
    expect($(el, '#feed-url')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('feed-url');
    await expect(el).to.be.accessible();

    const feed = 'http://localhost:8000/test/fixtures/events-feed.ics';
    type($(el, '#feed-url'), feed);
    click($(el, '#feed-url')!.closest('form')!.querySelector('button[type=submit]'));
    await waitUntil(() => text($(el, 'section[aria-labelledby=import] [role=status]')) === '2 imported, 0 updated.', 'imported');
    await waitUntil(() => $$(el, 'table.rows tbody tr').length === 2, 'listed');
    const rows = $$(el, 'table.rows tbody tr').map((row) => text(row));
    const poetry = rows.find((row) => row.includes('Poetry circle'))!;
    expect(poetry).to.contain('Every week on Monday, 8 times').and.contain('Imported from localhost:8000').and.contain('Online');
    expect(rows.find((row) => row.includes('Launch party'))).to.contain('Does not repeat').and.contain('In person');
    expect(text($(el, '.feeds'))).to.contain(feed).and.contain('2 events');
    expect(text($(el, 'section[aria-labelledby=import]'))).to.contain('Events removed from that calendar stay here until you delete them.');
    await expect(el).to.be.accessible();

    click($(el, '.feeds button'));
    await waitUntil(() => text($(el, 'section[aria-labelledby=import] [role=status]')) === '0 imported, 2 updated.', 'updated');
    const events = await stored(site);
    expect(events.map((e) => e.title).sort()).to.deep.equal(['Launch party', 'Poetry circle']);
    expect(events.every((e) => e.source === feed)).to.equal(true);
  });

  it('reads a time the clocks skip as the one after the gap and a time they show twice as the earlier, as the server does', async () => {
    await executeServerCommand('emulate-time-zone', 'UTC');
    await signIn();
    const site = await createSite();
    // Berlin springs forward on 28 March 2027 (02:00 → 03:00 CEST) and falls back on 31 October (03:00 CEST → 02:00 CET).
    await put(site, 'skipped', { title: 'Skipped hour', timeZone: 'Europe/Berlin', startLocal: '2027-03-28T02:30' });
    await put(site, 'twice', { title: 'Hour twice', timeZone: 'Europe/Berlin', startLocal: '2027-10-31T02:30' });
    // West of UTC too: New York springs forward on 14 March 2027 (02:00 EST → 03:00 EDT).
    await put(site, 'skipped-west', { title: 'Skipped hour west', timeZone: 'America/New_York', startLocal: '2027-03-14T02:30' });
    const list = await editor(site, '');
    await waitUntil(() => $$(list, 'tbody tr').length === 3, 'the events listed');
    const when = (title: string) => text($$(list, 'tbody tr').find((row) => text(row.querySelector('td')) === title)!.querySelector('[data-label=Starts]'));
    expect(when('Skipped hour')).to.match(/^Sun, Mar 28, 2027, 3:30 AM /, '02:30 does not exist that night: 03:30');
    expect(when('Hour twice')).to.match(/^Sun, Oct 31, 2027, 2:30 AM /);
    expect(when('Skipped hour west')).to.match(/^Sun, Mar 14, 2027, 3:30 AM /, 'forward in New York too');
    list.remove();

    for (const [id, there] of [
      ['skipped', 'Sun, Mar 28, 1:30 AM'],
      ['twice', 'Sun, Oct 31, 12:30 AM'],
      ['skipped-west', 'Sun, Mar 14, 7:30 AM'],
    ] as const) {
      const el = await editor(site, `${id}/edit`);
      await form(el);
      await settled(el);
      expect(text($(el, '#time-zone-hint'))).to.contain(`Where you are (UTC), that is ${there}.`, id);
      el.remove();
    }
  });

  it('refuses an invalid save on its field and moves focus there', async () => {
    await signIn();
    const site = await createSite();
    const el = await editor(site);
    await form(el);
    type($(el, '#title'), 'Launch night');
    type($(el, '#duration'), '0');
    click($(el, 'form button[type=submit]'));
    await waitUntil(() => $(el, '#duration-problem'), 'the length is refused');
    expect(text($(el, '#duration-problem'))).to.equal('Enter the length in whole minutes, from 1 to 1440 (a day).');
    expect($(el, '#duration')!.getAttribute('aria-describedby')).to.contain('duration-problem');
    expect(el.shadowRoot!.activeElement?.id).to.equal('duration');
    await expect(el).to.be.accessible();

    type($(el, '#duration'), '120');
    type($(el, '#date'), '2030-05-10');
    choose($(el, '#repeat'), 'daily');
    await settled(el);
    click($(el, '#ending-until'));
    await settled(el);
    type($(el, '#until'), '2030-05-01');
    click($(el, 'form button[type=submit]'));
    await waitUntil(() => $(el, '#until-problem'), 'the end date is refused');
    expect(text($(el, '#until-problem'))).to.equal('The last date must be on or after the start date.');
    expect($(el, '#duration-problem')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('until');
    await expect(el).to.be.accessible();

    // What only the server checks comes back on its field too.
    type($(el, '#until'), '2030-05-20');
    type($(el, '#join-url'), 'ftp://files.example/launch');
    click($(el, 'form button[type=submit]'));
    await waitUntil(() => $(el, '#join-url-problem'), 'the server refuses the link');
    expect(text($(el, '#join-url-problem'))).to.equal('Expected an http:// or https:// URL.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('join-url');
    expect(await stored(site)).to.deep.equal([]);

    type($(el, '#join-url'), 'https://meet.example/launch');
    click($(el, 'form button[type=submit]'));
    await waitUntil(() => location.hash === `#/${site}/events/launch-night`, 'saved');
    expect((await stored(site))[0]).to.include({ rrule: 'FREQ=DAILY;UNTIL=20300520', startLocal: '2030-05-10T19:00', durationMinutes: 120 });
  });

  it('offers each way of repeating, in words, and passes axe in each', async () => {
    await signIn();
    const site = await createSite();
    const el = await editor(site);
    await form(el);
    // The second Monday of the month, in the last week of it too (the 28th): every monthly choice.
    type($(el, '#date'), '2030-01-28');
    await settled(el);
    const summary = () => text($(el, '#repeat-summary'));
    expect(summary()).to.equal('Does not repeat');
    await expect(el).to.be.accessible();

    choose($(el, '#repeat'), 'daily');
    await settled(el);
    type($(el, '#interval'), '3');
    await settled(el);
    expect(summary()).to.equal('Every 3 days');
    await expect(el).to.be.accessible();

    choose($(el, '#repeat'), 'weekly');
    await settled(el);
    type($(el, '#interval'), '2');
    click($(el, '#day-TH'));
    await settled(el);
    expect(summary()).to.equal('Every 2 weeks on Monday and Thursday');
    expect($<HTMLInputElement>(el, '#rrule')!.value).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH');
    await expect(el).to.be.accessible();

    choose($(el, '#repeat'), 'monthly');
    type($(el, '#interval'), '1');
    await settled(el);
    expect($$(el, 'input[name=monthly]').map((radio) => text(radio.parentElement))).to.deep.equal([
      'On day 28 of the month',
      'On the fourth Monday of the month',
      'On the last Monday of the month',
    ]);
    click($(el, '#monthly-last'));
    click($(el, '#ending-until'));
    await settled(el);
    type($(el, '#until'), '2030-12-31');
    await settled(el);
    expect(summary()).to.equal('Every month on the last Monday, until December 31, 2030');
    expect($<HTMLInputElement>(el, '#rrule')!.value).to.equal('FREQ=MONTHLY;BYDAY=-1MO;UNTIL=20301231');
    await expect(el).to.be.accessible();

    // A rule the picker cannot show is kept as written.
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    type($(el, '#rrule'), 'FREQ=YEARLY;BYMONTH=1,7');
    await settled(el);
    expect($<HTMLSelectElement>(el, '#repeat')!.value).to.equal('custom');
    expect(summary()).to.equal('Repeats by a custom rule');
    await expect(el).to.be.accessible();
    // One it can show goes back into the picker once the author leaves the field.
    type($(el, '#rrule'), 'FREQ=WEEKLY;BYDAY=FR');
    $(el, '#rrule')!.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(el);
    expect($<HTMLSelectElement>(el, '#repeat')!.value).to.equal('weekly');
    expect(summary()).to.equal('Every week on Friday');
  });

  it('describes the recurrence in German and Spanish', async () => {
    await signIn();
    const site = await createSite();
    const el = await editor(site);
    await form(el);
    type($(el, '#date'), next(3));
    choose($(el, '#repeat'), 'weekly');
    await settled(el);
    click($(el, '#ending-count'));
    await settled(el);
    type($(el, '#count'), '6');
    setLang('de');
    await settled(el);
    expect(text($(el, 'h1'))).to.equal('Veranstaltung hinzufügen');
    expect(text($(el, '#repeat-summary'))).to.equal('Jede Woche am Mittwoch, 6-mal');
    expect(text($(el, '#day-WE')!.parentElement)).to.equal('Mittwoch');
    await expect(el).to.be.accessible();
    setLang('es');
    await settled(el);
    expect(text($(el, '#repeat-summary'))).to.equal('Cada semana, el miércoles, 6 veces');
  });

  it('says what went wrong when the events cannot be loaded, and fits a phone', async () => {
    await signIn();
    const list = await editor('not-a-site-of-mine', '');
    await waitUntil(() => $(list, '[role=alert]'), 'an error');
    expect($(list, '[role=alert] button')).to.exist;
    await expect(list).to.be.accessible();
    list.remove();

    const site = await createSite();
    const missing = await editor(site, 'no-such-event');
    await waitUntil(() => $(missing, '[role=alert]'), 'not found');
    await expect(missing).to.be.accessible();
    missing.remove();

    await put(site, 'club', { title: 'A club with a rather long name for a small phone', rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    const frame = document.createElement('div');
    frame.style.cssText = 'width: 320px';
    document.body.append(frame);
    for (const path of ['', 'club', 'club/edit']) {
      const el = document.createElement('salon-console-events');
      el.site = site;
      el.path = path;
      frame.append(el);
      await waitUntil(() => $(el, 'table, form #title'), `${path || 'list'} loaded`);
      await settled(el);
      expect(el.scrollWidth, path || 'list').to.be.at.most(320);
      el.remove();
    }
    frame.remove();
  });
});

after(() => refreshSession());
