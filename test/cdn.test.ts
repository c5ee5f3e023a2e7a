// The built CDN files, loaded the way authors load them: plain <script> tags in a page.
// Each case is a fresh page in an iframe that records every error and warning it sees.
// (`npm test` builds dist/ first.)
import { expect, waitUntil } from '@open-wc/testing';
import { VERSION } from '../src/version.js';
import { group, mockApi } from './support/data.js';

type CdnPage = Window & {
  problems: string[];
  Salon?: Record<string, unknown>;
};

const RECORDER = `<script>
  window.problems = [];
  addEventListener('error', (e) => problems.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => problems.push('rejection: ' + e.reason));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => (problems.push(level + ': ' + args.join(' ')), original(...args));
  }
</script>`;

/** A widget built on the bundle's own base class, showing the configuration it resolved. */
const CONFIG_WIDGET = `<script>
  class ConfigProbe extends Salon.SalonElement {
    render() {
      const c = this.connection;
      return c && !('kind' in c) ? c.site + ' via ' + c.backend.id + ' · ' + this.t('retry') : 'not configured';
    }
  }
  Salon.define('config-probe', ConfigProbe);
</script>`;

async function open(body: string): Promise<{ frame: HTMLIFrameElement; page: CdnPage }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head>${RECORDER}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  document.body.append(frame);
  await loaded;
  return { frame, page: frame.contentWindow as CdnPage };
}

const shown = (page: CdnPage, selector: string) =>
  [...page.document.querySelectorAll(selector)].map((el) => el.shadowRoot?.textContent?.trim());

describe('CDN build', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('salon.iife.js, pasted as a plain script tag, configures widgets from its data-* attributes', async () => {
    const { api } = await mockApi({});
    const opened = await open(`
      <script src="/dist/cdn/salon.iife.js" data-api="${api}" data-site="jane-doe"></script>
      ${CONFIG_WIDGET}
      <config-probe></config-probe>
      <salon-provider site="other"><config-probe></config-probe></salon-provider>
      <config-probe site="mine" lang="es"></config-probe>`);
    frame = opened.frame;
    const { page } = opened;
    expect(page.Salon!.VERSION).to.equal(VERSION);
    await waitUntil(() => shown(page, 'config-probe')[2]?.endsWith('Reintentar'), 'Spanish catalog from dist/cdn/locales');
    expect(shown(page, 'config-probe')).to.deep.equal([
      `jane-doe via rest:${api}/ · Try again`,
      `other via rest:${api}/ · Try again`,
      `mine via rest:${api}/ · Reintentar`,
    ]);
    expect(page.problems).to.deep.equal([]);
  });

  it('loading the script twice, and the ES bundle too, never throws or warns', async () => {
    const opened = await open(`
      <script src="/dist/cdn/salon.iife.js" data-api="https://api.example.com" data-site="a"></script>
      <script src="/dist/cdn/salon.iife.js" data-api="https://api.example.com" data-site="a"></script>
      <script type="module" src="/dist/cdn/salon.js"></script>
      ${CONFIG_WIDGET}
      <salon-provider></salon-provider><config-probe></config-probe>`);
    frame = opened.frame;
    const { page } = opened;
    await waitUntil(() => page.document.querySelector('script[type=module]') && page.customElements.get('salon-provider'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shown(page, 'config-probe')).to.deep.equal(['a via rest:https://api.example.com/ · Try again']);
    expect(page.problems).to.deep.equal([]);
  });

  it('a CDN copy and an npm copy on one page share configuration through the same context key', async () => {
    const { api } = await mockApi({ 'GET v1/sites/npm-site/groups/spring-mastermind': [{ body: group({ name: 'Served' }) }] });
    const opened = await open(`
      <script src="/dist/cdn/salon.iife.js"></script>
      <salon-provider api="${api}" site="npm-site"><npm-widget></npm-widget></salon-provider>
      <script>window.process = { env: { NODE_ENV: 'production' } }; // what an app's bundler inlines</script>
      <script type="module">
        import { SalonElement, define } from '/dist/src/index.js';
        import '/dist/components/provider/provider.js';
        class NpmWidget extends SalonElement {
          render() { const c = this.connection; return c && !('kind' in c) ? c.site : 'not configured'; }
        }
        define('npm-widget', NpmWidget);
      </script>`);
    frame = opened.frame;
    const { page } = opened;
    await waitUntil(
      () => shown(page, 'npm-widget')[0] === 'npm-site',
      `npm widget configured by the CDN provider (${page.problems})`,
    );
    // The test server hands out Lit's development build, which announces itself; nothing else may appear.
    expect(page.problems.filter((p) => !p.includes('lit.dev/msg/'))).to.deep.equal([]);
  });

  it('warns, without throwing, when another version already defined an element', async () => {
    const opened = await open(`
      <script>
        customElements.define('salon-provider', class extends HTMLElement { static version = '0.0.1'; });
      </script>
      <script src="/dist/cdn/salon.iife.js"></script>`);
    frame = opened.frame;
    expect(opened.page.problems).to.deep.equal([
      `warn: Salon: <salon-provider> is already defined (version 0.0.1); this copy (version ${VERSION}) is not used. Load Salon once per page.`,
    ]);
  });

  it('loader.js defines an element only once the page uses it, including elements added later', async () => {
    const opened = await open(`<script src="/dist/cdn/loader.js" data-api="https://api.example.com" data-site="x"></script>`);
    frame = opened.frame;
    const { page } = opened;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.customElements.get('salon-provider')).to.equal(undefined);
    page.document.body.append(page.document.createElement('salon-provider'));
    await waitUntil(() => page.customElements.get('salon-provider'), 'provider loaded on demand');
    expect(page.problems).to.deep.equal([]);
  });

  it('loader.js fetches an element’s chunks beside the element, not after it', async () => {
    // Chrome warns in the page's console about a preload link put in the page before its href.
    const opened = await open(`<script>
        for (const proto of [Node.prototype, Element.prototype]) {
          for (const name of ['appendChild', 'append']) {
            const original = proto[name];
            if (!Object.hasOwn(proto, name)) continue;
            proto[name] = function (...nodes) {
              for (const node of nodes) if (node.localName === 'link' && !node.getAttribute('href')) node.dataset.bare = '';
              return original.apply(this, nodes);
            };
          }
        }
      </script>
      <script src="/dist/cdn/loader.js" data-api="https://api.example.com" data-site="x"></script>
      <salon-event-calendar></salon-event-calendar>`);
    frame = opened.frame;
    const { page } = opened;
    await waitUntil(() => page.customElements.get('salon-event-calendar'), 'calendar loaded');
    const preloaded = [...page.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname);
    // What the calendar's module imports, read from the module itself.
    const module = await (await fetch('/dist/cdn/elements/event-calendar.js')).text();
    const imported = [...module.matchAll(/from\s*["']\.\/(chunks\/[^"']+)["']/g)].map(([, chunk]) => `/dist/cdn/elements/${chunk}`);
    expect(imported.length, 'the calendar imports chunks').to.be.greaterThan(0);
    expect(preloaded).to.include.members(imported);
    expect(page.document.querySelectorAll('link[rel=modulepreload][data-bare]').length, 'links put in the page before their href').to.equal(0);
    expect(page.problems).to.deep.equal([]);
  });
});
