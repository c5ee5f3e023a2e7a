import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryBackend } from '../src/api/memory.js';
import { SalonProvider } from '../components/provider/provider.component.js';
import { group, site } from './support/data.js';
import type { TestWidget } from './support/test-widget.js';
import './support/test-widget.js';
import '../components/provider/provider.js';

/** Backends whose groups are named after where they were configured. */
const named = (name: string) =>
  new MemoryBackend({ demo: site({ groups: [group({ name })] }), elsewhere: site({ groups: [group({ name: `${name} (elsewhere)` })] }) }, { id: `memory:${name}` });

/** What the widget ends up showing: its data's heading or its error message. */
const heading = async (widget: TestWidget, selector = 'h2'): Promise<string> => {
  // Unreachable backends are retried (with backoff) before the widget gives up: allow for that.
  await waitUntil(() => widget.shadowRoot!.querySelector(selector), `widget shows ${selector}`, { timeout: 5000 });
  return widget.shadowRoot!.querySelector(selector)!.textContent!;
};

const SCRIPT_KEY = Symbol.for('salon-script-config');
type Page = typeof globalThis & { [SCRIPT_KEY]?: object };

describe('configuration precedence', () => {
  afterEach(() => {
    delete (globalThis as Page)[SCRIPT_KEY];
    document.querySelectorAll('script[data-salon]').forEach((s) => s.remove());
  });

  it('uses the provider’s backend and site for the widgets inside it', async () => {
    const provider = await fixture<SalonProvider>(html`<salon-provider site="demo" .backend=${named('provider')}>
      <section><salon-test-widget></salon-test-widget></section>
    </salon-provider>`);
    expect(await heading(provider.querySelector('salon-test-widget')!)).to.equal('provider');
  });

  it('lets attributes on the widget override the provider', async () => {
    const provider = await fixture<SalonProvider>(html`<salon-provider site="demo" .backend=${named('provider')}>
      <salon-test-widget site="elsewhere"></salon-test-widget>
      <salon-test-widget .backend=${named('widget')}></salon-test-widget>
    </salon-provider>`);
    const [bySite, byBackend] = provider.querySelectorAll('salon-test-widget');
    expect(await heading(bySite)).to.equal('provider (elsewhere)');
    expect(await heading(byBackend)).to.equal('widget');
  });

  it('lets the provider override the page’s script tag, which configures widgets outside any provider', async () => {
    (globalThis as Page)[SCRIPT_KEY] = { site: 'elsewhere', api: 'https://unused.example' };
    const page = await fixture(html`<div>
      <salon-test-widget .backend=${named('widget')}></salon-test-widget>
      <salon-provider site="demo" .backend=${named('provider')}><salon-test-widget></salon-test-widget></salon-provider>
    </div>`);
    const [outside, inside] = page.querySelectorAll('salon-test-widget');
    expect(await heading(outside)).to.equal('widget (elsewhere)');
    expect(await heading(inside)).to.equal('provider');
  });

  it('reads data-api and data-site from a Salon module script tag', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'text/plain' });
    script.dataset.salon = '';
    script.dataset.api = 'https://api.example.com';
    script.dataset.site = 'from-script';
    document.head.append(script);
    const widget = await fixture<TestWidget>(html`<salon-test-widget></salon-test-widget>`);
    // The REST client for that URL is used: unreachable here, so the reader sees a network message.
    expect(await heading(widget, '[role=alert]')).to.match(/reach the server|took too long/);
  });

  it('nests providers: the inner one inherits what it leaves unset and can switch backend by URL', async () => {
    const outer = await fixture<SalonProvider>(html`<salon-provider site="demo" lang="fr" .backend=${named('outer')}>
      <salon-provider site="elsewhere"><salon-test-widget></salon-test-widget></salon-provider>
    </salon-provider>`);
    const widget = outer.querySelector('salon-test-widget')!;
    expect(await heading(widget)).to.equal('outer (elsewhere)');
    expect(widget.locale).to.equal('fr');
    const inner = outer.querySelector('salon-provider salon-provider') as SalonProvider;
    inner.api = 'http://127.0.0.1:9/';
    expect(await heading(widget, '[role=alert]')).to.match(/joindre le serveur/, 'inner api wins over outer backend');
  });

  it('picks up a provider element that upgrades after its widgets (ContextRoot)', async () => {
    const page = await fixture(html`<div>
      <salon-late-provider site="demo"><salon-test-widget></salon-test-widget></salon-late-provider>
    </div>`);
    const widget = page.querySelector('salon-test-widget')!;
    expect(await heading(widget, '[role=alert]')).to.equal('This widget is not set up yet.');
    await expect(widget).to.be.accessible();
    (page.querySelector('salon-late-provider') as SalonProvider).backend = named('late');
    customElements.define('salon-late-provider', class extends SalonProvider {});
    expect(await heading(widget)).to.equal('late');
  });

  it('shows loading, not an error, while the <salon-provider> around it is still loading', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/late-provider.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
    type LatePage = Window & { warnings: unknown[]; defineProvider(): Promise<unknown> };
    const page = frame.contentWindow as LatePage;
    const widget = () => page.document.querySelector('salon-test-widget')!;
    await waitUntil(() => widget().shadowRoot?.querySelector('[role=status]'), 'widget renders');
    expect(widget().shadowRoot!.textContent!.trim()).to.equal('Loading…');
    expect(page.warnings).to.deep.equal([]);
    await page.defineProvider();
    await waitUntil(() => widget().shadowRoot!.querySelector('h2'), 'data from the late provider');
    expect(widget().shadowRoot!.querySelector('h2')!.textContent).to.equal('From the late provider');
    expect(page.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('takes a backend the page’s module script gives the provider after the elements upgraded, without a warning', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/provider-backend.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as Window & { warnings: string[] };
    const root = (tag: string) => page.document.querySelector(tag)!.shadowRoot!;
    await waitUntil(() => root('salon-group-signup').querySelector('h2'), 'signup from the backend object');
    expect(root('salon-group-signup').querySelector('h2')!.textContent).to.equal('From the app’s backend');
    await waitUntil(() => root('salon-event-calendar').querySelector('.body[aria-busy=false]'), 'calendar from the backend object');
    expect(root('salon-event-calendar').querySelector('[role=alert]')).to.equal(null);
    expect(page.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('says which setting is missing or wrong', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const noSite = await fixture<TestWidget>(html`<salon-test-widget api="https://api.example.com"></salon-test-widget>`);
      await fixture<TestWidget>(html`<salon-test-widget api="http://[::1" site="demo"></salon-test-widget>`);
      // A task later: until then, the page's scripts may still configure them.
      await waitUntil(() => warnings.length === 2, 'both warned');
      expect(warnings[0]).to.contain('no site');
      expect(warnings[1]).to.contain('has "http://[::1", which is not a valid API URL');
      noSite.requestUpdate();
      await noSite.updateComplete;
      expect(warnings).to.have.length(2);
    } finally {
      console.warn = warn;
    }
  });
});
