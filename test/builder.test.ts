// The embed-code builder (console/builder/): options in, a live preview and the code to paste out.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SalonEmbedBuilder } from '../console/builder/builder.js';
import { MemoryBackend } from '../src/api/memory.js';
import '../components/event-calendar/event-calendar.js';
import '../components/group-signup/group-signup.js';
import '../components/swap-card/swap-card.js';
import '../console/builder/builder.js';
import { scriptSnippet, type Choice } from '../console/builder/snippet.js';
import { site, springEvents } from './support/data.js';

const backend = new MemoryBackend({ demo: site({ occurrences: springEvents() }) }, { id: 'memory:builder' });
const groups = [
  { id: 'readers', name: 'Readers' },
  { id: 'spring-mastermind', name: 'Spring Mastermind', required: 1 },
];

async function builder(tags: string[] = []): Promise<SalonEmbedBuilder> {
  return fixture<SalonEmbedBuilder>(
    html`<salon-embed-builder .backend=${backend} .groups=${groups} .tags=${tags} site="demo" api="https://api.example/" cdn="https://cdn.example/salon/"></salon-embed-builder>`,
  );
}

const root = (el: HTMLElement) => el.shadowRoot!;
async function choose(el: SalonEmbedBuilder, name: string, value: string): Promise<void> {
  const control = root(el).querySelector<HTMLSelectElement | HTMLInputElement>(`[name=${name}]`)!;
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input'));
  await el.updateComplete;
}

const code = (el: HTMLElement, kind: 'script' | 'npm') => root(el).querySelector(`pre.${kind}`)!.textContent;

describe('embed-code builder', () => {
  it('turns the options into a live preview and the code to paste, escaped', async () => {
    const el = await builder();
    root(el).querySelector<HTMLInputElement>('[name=compact]')!.click();
    await choose(el, 'group', 'spring-mastermind');
    await choose(el, 'lang', 'es');
    await choose(el, 'theme', 'dark');
    await choose(el, 'accent', '#aa3355');
    expect(code(el, 'script')).to.equal(
      '<link rel="preconnect" href="https://api.example" crossorigin>\n' +
        '<script src="https://cdn.example/salon/salon.iife.js" data-api="https://api.example/" data-site="demo" data-lang="es"></script>\n\n' +
        '<salon-group-signup group="spring-mastermind" compact theme="dark" style="--salon-accent: #aa3355"></salon-group-signup>',
    );
    expect(code(el, 'npm')).to.contain("import 'salon-widgets/group-signup.js';");
    const preview = root(el).querySelector<HTMLElement>('.preview salon-group-signup')!;
    expect(preview.getAttribute('group')).to.equal('spring-mastermind');
    expect(preview.hasAttribute('compact')).to.be.true;
    expect(preview.getAttribute('lang')).to.equal('es');
    await waitUntil(() => preview.shadowRoot?.querySelector('form button[type=submit]')?.textContent?.includes('Apuntarme'), 'preview in Spanish');
    // The mastermind requires an answer: compact keeps the question (the reader could not sign up
    // without it), and the author is told so beside the option.
    expect(root(el).querySelector('#compact-hint')!.textContent).to.contain('has a required question');
    expect(preview.shadowRoot!.querySelector('label[for=q0]')!.textContent).to.equal('Your genre');

    await choose(el, 'widget', 'salon-event-calendar');
    await choose(el, 'tag', '"><script>alert(1)</script>');
    expect(code(el, 'script')).to.contain('tag="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(root(el).querySelector('.preview salon-event-calendar')!.getAttribute('tag')).to.equal('"><script>alert(1)</script>');
    await expect(el).to.be.accessible();
  });

  it('offers the loader and the module build, and the site’s own event tags', async () => {
    const el = await builder(['authors', 'readers']);
    await choose(el, 'widget', 'salon-event-calendar');
    await choose(el, 'tag', 'readers');
    await choose(el, 'loading', 'loader');
    expect(code(el, 'script')).to.equal(
      '<link rel="preconnect" href="https://api.example" crossorigin>\n' +
        '<script src="https://cdn.example/salon/loader.js" data-api="https://api.example/" data-site="demo"></script>\n\n' +
        '<salon-event-calendar view="list" tag="readers"></salon-event-calendar>',
    );
    await choose(el, 'loading', 'module');
    expect(code(el, 'script')).to.match(/^<link rel="preconnect" href="https:\/\/api\.example" crossorigin>\n<script type="module" src="https:\/\/cdn\.example\/salon\/salon\.js" data-salon data-api=/);
  });

  it('lets the widgets follow the page’s language unless the author fixes one', async () => {
    const el = await fixture<SalonEmbedBuilder>(
      html`<salon-embed-builder .backend=${backend} .groups=${groups} site="demo" page-lang="fr" api="https://api.example/" cdn="https://cdn.example/salon/"></salon-embed-builder>`,
    );
    await choose(el, 'group', 'spring-mastermind');
    const language = root(el).querySelector<HTMLSelectElement>('[name=lang]')!;
    expect(language.selectedOptions[0]!.textContent).to.equal('The page’s language');
    expect(root(el).querySelector('#lang-hint')!.textContent).to.contain('language of the page they are on');
    // Nothing that would win over the author's <html lang>: no data-lang, no lang on the provider.
    expect(code(el, 'script')).to.not.contain('data-lang');
    expect(code(el, 'npm')).to.contain('<salon-provider api="https://api.example/" site="demo">');
    // The preview speaks the site's language, the best guess of the author's pages.
    const preview = () => root(el).querySelector<HTMLElement>('.preview salon-group-signup')!;
    expect(preview().getAttribute('lang')).to.equal('fr');
    await waitUntil(() => preview().shadowRoot?.querySelector('form button[type=submit]')?.textContent?.includes('S’inscrire'), 'preview in French');
    await expect(el).to.be.accessible();

    await choose(el, 'lang', 'de');
    expect(code(el, 'script')).to.contain('data-site="demo" data-lang="de"></script>');
    expect(code(el, 'npm')).to.contain('<salon-provider api="https://api.example/" site="demo" lang="de">');
    expect(root(el).querySelector('#lang-hint')!.textContent).to.contain('on every page');
    expect(preview().getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();

    await choose(el, 'lang', '');
    expect(code(el, 'script')).to.not.contain('data-lang');
    expect(preview().getAttribute('lang')).to.equal('fr');
  });

  it('opens the connection to the API early with a preconnect, unless the API URL is relative', () => {
    const choice: Choice = { widget: 'salon-event-calendar', group: '', compact: false, view: 'list', tag: '', placement: '', layout: 'card', lang: '', theme: '', accent: '', loading: 'script' };
    expect(scriptSnippet(choice, { cdn: '/cdn/', api: 'https://api.example/salon/', site: 'demo' })).to.match(
      /^<link rel="preconnect" href="https:\/\/api\.example" crossorigin>\n<script src="\/cdn\/salon\.iife\.js" data-api="https:\/\/api\.example\/salon\/"/,
    );
    expect(scriptSnippet(choice, { cdn: '/cdn/', api: '/salon-api/', site: 'demo' })).to.match(/^<script src="\/cdn\/salon\.iife\.js" data-api="\/salon-api\/"/);
  });

  it('asks for a group first when the site has none', async () => {
    const el = await fixture<SalonEmbedBuilder>(html`<salon-embed-builder .backend=${backend} site="demo"></salon-embed-builder>`);
    expect(root(el).querySelector('.notice')!.textContent).to.contain('Create a group first');
    expect(root(el).querySelector('.preview salon-group-signup')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('copies the code, or selects it when the clipboard is not allowed', async () => {
    const el = await builder();
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => root(el).querySelector('[role=status]')!.textContent!.trim() !== '', 'copy reported');
    expect(root(el).querySelector('[role=status]')!.textContent).to.match(/^(Copied\.|Selected: press Ctrl\+C)/);
  });
});
