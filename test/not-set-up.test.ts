// A widget an author has not finished setting up — no site, a signup without its group, or a group
// or site the backend does not know — as a first-time author and their readers meet it: the author
// hears once, in the console, which attribute to set or check; the reader sees a quiet line, not
// an alarm with a "Try again" that cannot help; and nothing is asked of the backend that it cannot answer.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../components/event-calendar/event-calendar.js';
import '../components/group-signup/group-signup.js';
import '../components/swap-card/swap-card.js';
import { mockApi, requests } from './support/data.js';

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
