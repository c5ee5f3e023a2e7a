import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { RestBackend } from '../../src/api/rest.js';
import { MemoryBackend } from '../../src/api/memory.js';
import { backendQuery } from '../../src/stores/query.js';
import { group, mockApi, requests, site } from '../support/data.js';
import '../support/test-widget.js';

const GROUP = 'GET v1/sites/demo/groups/spring-mastermind';

describe('request cache', () => {
  it('makes one request for three widgets that show the same group', async () => {
    const { api, ns } = await mockApi({ [GROUP]: [{ delay: 100, body: group() }] });
    const page = await fixture(html`<div>
      <salon-test-widget api=${api} site="demo"></salon-test-widget>
      <salon-test-widget api=${api} site="demo"></salon-test-widget>
      <salon-test-widget api=${api} site="demo"></salon-test-widget>
    </div>`);
    const widgets = [...page.querySelectorAll('salon-test-widget')];
    await waitUntil(() => widgets.every((w) => w.shadowRoot!.querySelector('h2')), 'all three show the group');
    expect(widgets.map((w) => w.shadowRoot!.querySelector('h2')!.textContent)).to.deep.equal([
      'Spring Mastermind',
      'Spring Mastermind',
      'Spring Mastermind',
    ]);
    expect(await requests(ns)).to.have.length(1);
  });

  it('shows cached data at once and revalidates it in the background once stale', async () => {
    const { api, ns } = await mockApi({
      [GROUP]: [{ body: group({ name: 'First' }) }, { delay: 150, body: group({ name: 'Fresh' }) }],
    });
    const query = backendQuery(new RestBackend({ api }), 'getGroup', { site: 'demo', group: 'spring-mastermind' });
    const stop = query.$state.listen(() => undefined);
    await waitUntil(() => query.$state.get().data?.name === 'First');
    const refreshing = query.refresh();
    expect(query.$state.get()).to.include({ loading: true });
    expect(query.$state.get().data!.name).to.equal('First');
    await refreshing;
    expect(query.$state.get().data!.name).to.equal('Fresh');
    stop();
    expect(await requests(ns)).to.have.length(2);
  });

  it('aborts a request nobody waits for any more', async () => {
    const { api } = await mockApi({ [GROUP]: [{ delay: 3000, body: group() }] });
    const query = backendQuery(new RestBackend({ api }), 'getGroup', { site: 'demo', group: 'spring-mastermind' });
    const stop = query.$state.listen(() => undefined);
    expect(query.$state.get().loading).to.equal(true);
    stop();
    // nanostores unmounts a store a second after its last listener leaves.
    await waitUntil(() => !query.$state.get().loading, 'aborted', { timeout: 2500 });
    expect(query.$state.get()).to.deep.equal({ loading: false, data: undefined });
  });

  it('keeps the last good data beside a later error', async () => {
    const backend = new MemoryBackend({ demo: site() });
    const query = backendQuery(backend, 'getGroup', { site: 'demo', group: 'spring-mastermind' });
    const stop = query.$state.listen(() => undefined);
    await waitUntil(() => query.$state.get().data);
    backend.offline = true;
    await query.refresh();
    expect(query.$state.get().data!.name).to.equal('Spring Mastermind');
    expect(query.$state.get().error!.kind).to.equal('network');
    stop();
  });

  it('tries a failed read again when the browser comes back online, and only then', async () => {
    const backend = new MemoryBackend({ demo: site() });
    backend.offline = true;
    const el = await fixture(html`<salon-test-widget .backend=${backend} site="demo"></salon-test-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'error shown');
    backend.offline = false;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    dispatchEvent(new Event('online'));
    await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent === 'Spring Mastermind', 'group shown without a tap');
  });

  it('shows the reader a clear message when the answer is malformed', async () => {
    const { api } = await mockApi({ [GROUP]: [{ body: { ...group(), kind: 'cult' } }] });
    const el = await fixture(html`<salon-test-widget api=${api} site="demo"></salon-test-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal(
      'Something went wrong on our side. Please try again later.',
    );
    await expect(el).to.be.accessible();
  });
});
