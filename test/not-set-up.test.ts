// A widget an author has not finished setting up — no site, a signup without its group, or a group
// or site the backend does not know — as a first-time author and their readers meet it: the author
// hears once, in the console, which attribute to set or check; the reader sees a quiet line, not
// an alarm with a "Try again" that cannot help; and nothing is asked of the backend that it cannot answer.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../components/event-calendar/event-calendar.js';
import '../components/group-signup/group-signup.js';
import '../components/swap-card/swap-card.js';
import { group, mockApi, requests } from './support/data.js';

let warnings: string[] = [];
const warn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
});
afterEach(() => {
  console.warn = warn;
});

const unset = {
  'salon-group-signup': 'This signup isn’t set up yet.',
  'salon-event-calendar': 'This calendar isn’t set up yet.',
  'salon-swap-card': 'These recommendations aren’t set up yet.',
};
type Tag = keyof typeof unset;

/** The widget once it shows its quiet line; then a moment more, for any late warning or request. */
async function quiet(el: Element): Promise<string> {
  const expected = unset[el.localName as Tag];
  const line = () => [...el.shadowRoot!.querySelectorAll('p[part=message]')].map((p) => p.textContent!.trim()).find((t) => t === expected);
  await waitUntil(line, `${el.localName} says it is not set up`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(el.shadowRoot!.querySelectorAll('[role=alert]').length, 'no alarm').to.equal(0);
  expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Try again');
  await expect(el).to.be.accessible();
  return line()!;
}

describe('a widget that is not set up', () => {
  for (const tag of Object.keys(unset) as Tag[]) {
    it(`<${tag}> without a site: no request, one warning naming the site setting, a quiet line`, async () => {
      const { api, ns } = await mockApi({});
      const el = await fixture(`<${tag} api="${api}" group="spring-mastermind"></${tag}>`);
      await quiet(el);
      expect(await requests(ns)).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`<${tag}> has no site`).and.contain('data-site');
    });
  }

  it('<salon-group-signup> without a group: no request (not even to /groups/), one warning naming the attribute', async () => {
    const { api, ns } = await mockApi({});
    const el = await fixture(`<salon-group-signup api="${api}" site="demo"></salon-group-signup>`);
    await quiet(el);
    expect(await requests(ns)).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      'Salon: <salon-group-signup> needs a group attribute: the id of one of your groups (see the console’s Embed code).',
    ]);
  });

  it('an unknown group: one request, one warning naming the group and the site, a quiet line, not asked again when back online', async () => {
    const { api, ns } = await mockApi({});
    const el = await fixture(`<salon-group-signup api="${api}" site="demo" group="nope"></salon-group-signup>`);
    await quiet(el);
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await requests(ns)).map((r) => `${r.method} ${r.path} ${r.outcome}`)).to.deep.equal(['GET v1/sites/demo/groups/nope 404']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<salon-group-signup> found no group "nope" on site "demo"');
  });

  it('an unknown site: the calendar and the swap card say so quietly, and the console names the site', async () => {
    const { api } = await mockApi({});
    const page = await fixture(`<div>
      <salon-event-calendar api="${api}" site="no-such-site"></salon-event-calendar>
      <salon-swap-card api="${api}" site="no-such-site"></salon-swap-card>
    </div>`);
    for (const el of page.children) await quiet(el);
    expect(warnings.sort()).to.deep.equal([
      'Salon: <salon-event-calendar> found no site "no-such-site" (see the console’s Embed code).',
      'Salon: <salon-swap-card> found no site "no-such-site" (see the console’s Embed code).',
    ]);
  });

  it('shows the quiet line in the widget’s language', async () => {
    const el = await fixture('<salon-group-signup lang="fr" api="http://127.0.0.1:9/" site="demo"></salon-group-signup>');
    await waitUntil(() => el.shadowRoot!.querySelector('p[part=message]')?.textContent === 'Ce formulaire d’inscription n’est pas encore configuré.', 'in French');
  });
});

// Values a page may set by mistake, as attributes or properties: the author hears what is wrong,
// the reader sees a quiet line or the widget working, and nothing is thrown into the page.
describe('bad values from the page', () => {
  let thrown: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => void thrown.push(event.reason);
  const onError = (event: ErrorEvent) => void thrown.push(event.error);
  beforeEach(() => {
    thrown = [];
    addEventListener('unhandledrejection', onRejection);
    addEventListener('error', onError);
  });
  afterEach(async () => {
    // A rejection is reported a task after it happens.
    await new Promise((resolve) => setTimeout(resolve, 20));
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
    expect(thrown.map(String), 'nothing thrown into the page').to.deep.equal([]);
  });

  it('an API that is not an http(s) address: one warning naming it, a quiet line', async () => {
    for (const api of ['javascript:alert(1)', 'ftp://example.com/api', 'not a url']) {
      warnings = [];
      const el = await fixture(html`<salon-event-calendar site="demo" api=${api}></salon-event-calendar>`);
      await quiet(el);
      expect(warnings).to.deep.equal([`Salon: <salon-event-calendar> has "${api}", which is not a valid API URL.`]);
    }
  });

  it('a backend that is not an object: one warning, a quiet line', async () => {
    const el = await fixture(html`<salon-group-signup site="demo" group="spring-mastermind" .backend=${'nope'}></salon-group-signup>`);
    await quiet(el);
    expect(warnings).to.deep.equal(['Salon: <salon-group-signup> has a backend that is not an object (see SalonBackend in the README).']);
  });

  it('strings set to null: the widget’s own texts', async () => {
    const { api } = await mockApi({ 'GET v1/sites/demo/groups/spring-mastermind': [{ body: group() }] });
    const el = await fixture(html`<salon-group-signup site="demo" group="spring-mastermind" api=${api} .strings=${null}></salon-group-signup>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form');
    expect(el.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Sign up');
  });
});
