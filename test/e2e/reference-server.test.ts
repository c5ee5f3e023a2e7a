// Salon against the real reference server, started by the test runner
// (test/support/reference-server.mjs). One file, so its tests never stop the server under each
// other's feet: the shared runtime (data across origins, an offline signup stored once), then
// <salon-group-signup> (a signup stored with answers and proof of consent, and the offline path),
// then <salon-event-calendar> (an RSVP stored for its occurrence, the .ics served), then
// <salon-swap-card> (impression, click and signup in the swap's ledger), then, on a French page, what
// the server refuses in each widget's form, worded in French under its field.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SalonEventCalendar } from '../../components/event-calendar/event-calendar.component.js';
import type { SalonGroupSignup } from '../../components/group-signup/group-signup.component.js';
import type { SalonSwapCard } from '../../components/swap-card/swap-card.component.js';
import { restBackend } from '../../src/api/rest.js';
import { $deliveries, send } from '../../src/stores/outbox.js';
import type { TestWidget } from '../support/test-widget.js';
import '../../components/event-calendar/event-calendar.js';
import '../../components/group-signup/group-signup.js';
import '../../components/swap-card/swap-card.js';
import { flushSwapEvents } from '../../src/stores/swaps.js';
import '../support/test-widget.js';
import { $ } from '../support/dom.js';
import { lastLink } from '../support/mail.js';

const API = 'http://127.0.0.1:8789';
const ADMIN = { authorization: 'Bearer e2e-admin-token' };

const server = (action: 'start' | 'stop') => fetch(`/__reference-server/${action}`, { method: 'POST' });

/** Rows the server stored for an email, from the author's own CSV export. */
async function storedRows(email: string): Promise<string[]> {
  const csv = await (await fetch(`${API}/v1/sites/demo/admin/signups.csv`, { headers: ADMIN })).text();
  return csv.split('\r\n').filter((line) => line.includes(email));
}

describe('runtime against the reference server', () => {
  after(() => server('start'));

  it('shows a group served by the reference server, across origins', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget api=${API} site="demo"></salon-test-widget>`);
    await waitUntil(() => widget.shadowRoot!.querySelector('h2'), 'group shown', { timeout: 5000 });
    expect(widget.shadowRoot!.querySelector('h2')!.textContent).to.equal('Spring Fantasy Mastermind');
    expect(widget.shadowRoot!.querySelector('.seats')!.textContent).to.match(/^\d seats? left$/);
  });

  it('keeps a signup made while the backend is down and stores it once when it is back', async function () {
    // Its own waits (the server's restart, which compiles it with tsx, then up to 8 s for the
    // delivery) can pass mocha's 10 s on a busy CI machine: the test's budget holds them.
    this.timeout(30_000);
    const email = `offline-${Date.now()}@example.com`;
    await server('stop');
    const sent = await send(restBackend(API), 'signup', {
      site: 'demo',
      group: 'readers',
      email,
      answers: {},
      consentVersion: '2026-11-01',
      elapsedMs: 4000,
    });
    expect(sent.state).to.equal('queued');

    await server('start');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $deliveries.get()[sent.key]?.state === 'delivered', 'delivered once back', { timeout: 8000 });
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const rows = await storedRows(email);
    expect(rows).to.have.length(1);
    expect(rows[0]).to.match(/^readers,offline-\d+@example\.com,,pending_confirmation,/);
  });
});

/** Fills the seeded mastermind's form as a reader would. */
function fill(el: SalonGroupSignup, email: string): void {
  const set = (selector: string, value: string) => {
    const input = $<HTMLInputElement | HTMLSelectElement>(el, selector);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
  set('#email', email);
  set('#name', 'Ada');
  set('select', 'epic');
  $<HTMLInputElement>(el, 'input[type=checkbox][value=craft]').click();
  $<HTMLInputElement>(el, '#consent').click();
}

async function form(): Promise<SalonGroupSignup> {
  const el = await fixture<SalonGroupSignup>(
    html`<salon-group-signup api=${API} site="demo" group="spring-mastermind"></salon-group-signup>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'form from the server', { timeout: 5000 });
  // Readers take more than the server's one-second minimum to fill a form.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  return el;
}

describe('<salon-group-signup> against the reference server', () => {
  after(() => server('start'));

  it('signs a reader up; the server stores the answers and the consent given', async () => {
    const el = await form();
    expect(el.shadowRoot!.textContent).to.contain('Spring Fantasy Mastermind');
    const email = `e2e-${Date.now()}@example.com`;
    fill(el, email);
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => $(el, '[role=status]').textContent?.includes('check your inbox'), 'pending', { timeout: 5000 });
    await expect(el).to.be.accessible();
    const [row] = await storedRows(email);
    expect(row).to.match(/^spring-mastermind,e2e-\d+@example\.com,Ada,pending_confirmation,/);
    expect(row).to.contain('""genre"":""epic""');
    expect(row).to.contain('I agree that Jane Doe may email me about my application');
  });

  it('keeps a signup made while the server is down and stores one row when it is back', async () => {
    const el = await form();
    const email = `e2e-offline-${Date.now()}@example.com`;
    fill(el, email);
    await server('stop');
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => $(el, '[role=status]').textContent?.includes('back online'), 'saved offline', { timeout: 8000 });
    await server('start');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $(el, '[role=status]').textContent?.includes('check your inbox'), 'delivered', { timeout: 8000 });
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await storedRows(email)).to.have.length(1);
  });
});

describe('<salon-event-calendar> against the reference server', () => {
  const $c = <T extends Element = HTMLElement>(el: SalonEventCalendar, selector: string) =>
    el.shadowRoot!.querySelector<T>(selector)!;

  it('lists the seeded events, RSVPs to one occurrence and links its .ics', async () => {
    const el = await fixture<SalonEventCalendar>(html`<salon-event-calendar api=${API} site="demo"></salon-event-calendar>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.body .event'), 'events from the server', { timeout: 5000 });
    const weekly = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.body .event')].filter((b) =>
      b.textContent!.includes('Spring Mastermind — weekly call'),
    );
    expect(weekly.length).to.be.at.least(4);
    await expect(el).to.be.accessible();

    weekly[1]!.click();
    await waitUntil(() => $c<HTMLDialogElement>(el, 'dialog').open, 'dialog open');
    const seatsLeft = () => Number(/(\d+) seats? left/.exec($c(el, 'dialog').textContent!)?.[1]);
    const before = seatsLeft();
    expect(before).to.be.above(0);
    const email = `rsvp-${Date.now()}@example.com`;
    const set = (name: string, value: string) => {
      const input = $c<HTMLInputElement>(el, `dialog input[name=${name}]`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    set('name', 'Ada');
    set('email', email);
    const success = new Promise<CustomEvent>((resolve) => el.addEventListener('salon-rsvp-success', resolve, { once: true }));
    $c<HTMLFormElement>(el, 'dialog form').requestSubmit();
    const { detail } = await success;
    // The place is held until the reader confirms from their inbox; the join link comes then, not here.
    expect(detail.status).to.equal('pending_confirmation');
    await waitUntil(() => $c(el, 'dialog [role=status]').textContent!.includes('confirm your place with the link we just emailed you'), 'told to confirm');
    expect(el.shadowRoot!.querySelector('dialog a[href*="meet.example"]')).to.equal(null);
    // The place held for this reader is one seat fewer, as the server now says: the calendar asks
    // again past the browser's HTTP cache (the listing is cacheable for a minute).
    await waitUntil(() => seatsLeft() === before - 1, `seats left ${seatsLeft()}, not ${before - 1}`, { timeout: 5000 });
    const link = await lastLink(email);
    const page = await (await fetch(new URL(link).pathname, { method: 'POST' })).text();
    expect(page).to.contain('You’re going!');
    expect(page).to.contain('href="https://meet.example.com/jane-doe-mastermind-weekly"');

    const csv = await (await fetch(`${API}/v1/sites/demo/admin/rsvps.csv`, { headers: ADMIN })).text();
    const rows = csv.split('\r\n').filter((line) => line.includes(email));
    expect(rows).to.have.length(1);
    expect(rows[0]).to.contain(`mastermind-weekly,Spring Mastermind — weekly call,${detail.occurrence.start}`);
    expect(rows[0]).to.contain(',Ada,');
    expect(rows[0]).to.contain(`,${email},going,`);

    const ics = await fetch($c<HTMLAnchorElement>(el, '.add a[download]').href);
    expect(ics.headers.get('content-type')).to.contain('text/calendar');
    const body = await ics.text();
    expect(body).to.contain('BEGIN:VEVENT');
    expect(body).to.contain('SUMMARY:Spring Mastermind — weekly call');
  });
});

describe('<salon-swap-card> against the reference server', () => {
  const $s = <T extends Element = HTMLElement>(el: SalonSwapCard, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
  type Ledger = Array<{ swap: string; sent: { impressions: number; clicks: number; signups: number } }>;
  const ledger = async (): Promise<Ledger> => (await fetch(`${API}/v1/sites/demo/admin/ledger`, { headers: ADMIN })).json();

  it('counts an impression, a click and a newsletter signup for the swap; the ledger shows them', async () => {
    const el = await fixture<SalonSwapCard>(html`<salon-swap-card api=${API} site="demo"></salon-swap-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('article'), 'recommendation from the server', { timeout: 5000 });
    expect($s(el, 'h2').textContent).to.equal('Readers of Jane Doe also like');
    const swap = $s(el, 'article').dataset.swap!;
    const before = (await ledger()).find((entry) => entry.swap === swap)!.sent;

    const seen = new Promise((resolve) => el.addEventListener('salon-swap-impression', resolve, { once: true }));
    await seen;
    const stay = (e: Event) => e.preventDefault();
    el.addEventListener('click', stay);
    $s(el, '.links a').click();
    el.removeEventListener('click', stay);
    flushSwapEvents();

    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('newsletter'))!.click();
    await el.updateComplete;
    $s<HTMLInputElement>(el, 'input[type=email]').value = `swap-${Date.now()}@example.com`;
    $s<HTMLInputElement>(el, 'input[name=consent]').click();
    const signed = new Promise((resolve) => el.addEventListener('salon-swap-signup', resolve, { once: true }));
    $s<HTMLFormElement>(el, 'form').requestSubmit();
    await signed;
    await expect(el).to.be.accessible();

    await waitUntil(
      async () => {
        const after = (await ledger()).find((entry) => entry.swap === swap)!.sent;
        return after.impressions === before.impressions + 1 && after.clicks === before.clicks + 1 && after.signups === before.signups + 1;
      },
      'the ledger counts one of each',
      { timeout: 5000 },
    );
  });
});

describe('on a French page, the reference server’s refusals', () => {
  // The page's own language, as an author's French site declares it.
  before(() => (document.documentElement.lang = 'fr'));
  after(() => document.documentElement.removeAttribute('lang'));

  /** What a program (or the browser's autofill) puts in a field: past `maxlength`, which only stops typing. */
  const put = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const message = (el: Element, id: string) => el.shadowRoot!.querySelector(`#${id}-message`)?.textContent ?? '';
  const TOO_LONG = 'Veuillez raccourcir ce texte.';
  const CHARACTERS = 'Veuillez ressaisir ce texte\u00a0: il contient des caractères invisibles.';
  const EMAIL = 'Veuillez saisir une adresse e-mail valide, par exemple nom@exemple.com.';

  it('<salon-group-signup> words each one in French under its field, and takes no more than the server does', async () => {
    const el = await fixture<SalonGroupSignup>(html`<salon-group-signup api=${API} site="demo" group="newsletter"></salon-group-signup>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button[type=submit]')?.textContent?.trim() === 'S’inscrire', 'French form', { timeout: 5000 });
    const email = $<HTMLInputElement>(el, '#email');
    const name = $<HTMLInputElement>(el, '#name');
    expect([name.maxLength, email.maxLength]).to.deep.equal([200, 254]);
    $<HTMLInputElement>(el, '#consent').click();

    const cases: Array<[string, string, 'name' | 'email', string]> = [
      ['x'.repeat(300), 'ada@example.com', 'name', TOO_LONG],
      // The browser's own check and the widget's take it; the contract does not.
      ['Ada', 'jö@exämple.de', 'email', EMAIL],
      ['Ada\u0007', 'ada@example.com', 'name', CHARACTERS],
      ['\u202Eada', 'ada@example.com', 'name', CHARACTERS],
      ['Ada', `${'a'.repeat(300)}@example.com`, 'email', TOO_LONG],
    ];
    for (const [nameValue, emailValue, field, said] of cases) {
      put(name, nameValue);
      put(email, emailValue);
      await el.updateComplete;
      expect(message(el, 'name') + message(el, 'email'), 'a changed field’s old problem goes').to.equal('');
      const refused = new Promise<CustomEvent>((resolve) => el.addEventListener('salon-signup-error', resolve as EventListener, { once: true }));
      $<HTMLFormElement>(el, 'form').requestSubmit();
      expect((await refused).detail.error.kind).to.equal('validation');
      await el.updateComplete;
      expect(message(el, field), JSON.stringify(nameValue + emailValue).slice(0, 40)).to.equal(said);
      expect($(el, `#${field}`).getAttribute('aria-invalid')).to.equal('true');
    }
    await expect(el).to.be.accessible();

    // Typing stops at the server's limit.
    put(name, '');
    name.focus();
    await sendKeys({ type: 'y'.repeat(205) });
    expect(name.value).to.have.length(200);
  });

  it('<salon-event-calendar> words an RSVP’s in French', async () => {
    const el = await fixture<SalonEventCalendar>(html`<salon-event-calendar api=${API} site="demo"></salon-event-calendar>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.body .event'), 'events from the server', { timeout: 5000 });
    $<HTMLButtonElement>(el, '.body .event').click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open && el.shadowRoot!.querySelector('dialog input[name=name]'), 'RSVP form');
    const name = $<HTMLInputElement>(el, 'dialog input[name=name]');
    const email = $<HTMLInputElement>(el, 'dialog input[name=email]');
    expect([name.maxLength, email.maxLength]).to.deep.equal([200, 254]);
    put(name, 'Ada\u202E');
    put(email, 'ada@example.com');
    const refused = new Promise((resolve) => el.addEventListener('salon-rsvp-error', resolve, { once: true }));
    $<HTMLFormElement>(el, 'dialog form').requestSubmit();
    await refused;
    await el.updateComplete;
    expect(message(el, 'name')).to.equal(CHARACTERS);
  });

  it('<salon-swap-card> words a newsletter signup’s in French', async () => {
    const el = await fixture<SalonSwapCard>(html`<salon-swap-card api=${API} site="demo"></salon-swap-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('article'), 'recommendation from the server', { timeout: 5000 });
    await waitUntil(() => [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.includes('Recevoir la lettre')), 'French card');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Recevoir la lettre'))!.click();
    await el.updateComplete;
    const email = $<HTMLInputElement>(el, 'input[type=email]');
    expect(email.maxLength).to.equal(254);
    put(email, `${'a'.repeat(300)}@example.com`);
    $<HTMLInputElement>(el, 'input[name=consent]').click();
    const refused = new Promise((resolve) => el.addEventListener('salon-swap-signup-error', resolve, { once: true }));
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await refused;
    await el.updateComplete;
    expect(message(el, email.id)).to.equal(TOO_LONG);
  });
});
