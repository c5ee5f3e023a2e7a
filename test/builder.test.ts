// The demo's embed-code builder (demo/builder/): options in, a live preview and the code to paste out.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryBackend } from '../src/api/memory.js';
import '../components/event-calendar/event-calendar.js';
import '../components/group-signup/group-signup.js';
import '../components/swap-card/swap-card.js';
import '../console/builder/builder.js';
import { site, springEvents } from './support/data.js';

const backend = new MemoryBackend({ demo: site({ occurrences: springEvents() }) }, { id: 'memory:builder' });

async function builder(): Promise<HTMLElement> {
  return fixture<HTMLElement>(
    html`<salon-embed-builder .backend=${backend} site="demo" api="https://api.example/" cdn="https://cdn.example/salon.iife.js"></salon-embed-builder>`,
  );
}

const root = (el: HTMLElement) => el.shadowRoot!;
async function choose(el: HTMLElement, name: string, value: string): Promise<void> {
  const control = root(el).querySelector<HTMLSelectElement | HTMLInputElement>(`[name=${name}]`)!;
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input'));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('embed-code builder', () => {
  it('turns the options into a live preview and the code to paste, escaped', async () => {
    const el = await builder();
    await choose(el, 'widget', 'salon-group-signup');
    root(el).querySelector<HTMLInputElement>('[name=compact]')!.click();
    await choose(el, 'lang', 'es');
    await choose(el, 'theme', 'dark');
    await choose(el, 'accent', '#aa3355');
    expect(root(el).querySelector('pre.script')!.textContent).to.equal(
      '<script src="https://cdn.example/salon.iife.js" data-api="https://api.example/" data-site="demo" data-lang="es"></script>\n\n' +
        '<salon-group-signup group="spring-mastermind" compact theme="dark" style="--salon-accent: #aa3355"></salon-group-signup>',
    );
    expect(root(el).querySelector('pre.npm')!.textContent).to.contain("import 'salon-widgets/group-signup.js';");
    const preview = root(el).querySelector<HTMLElement>('.preview salon-group-signup')!;
    expect(preview.getAttribute('group')).to.equal('spring-mastermind');
    expect(preview.hasAttribute('compact')).to.be.true;
    expect(preview.getAttribute('lang')).to.equal('es');
    await waitUntil(() => preview.shadowRoot?.querySelector('form button[type=submit]')?.textContent?.includes('Apuntarme'), 'preview in Spanish');

    await choose(el, 'widget', 'salon-event-calendar');
    await choose(el, 'tag', '"><script>alert(1)</script>');
    expect(root(el).querySelector('pre.script')!.textContent).to.contain('tag="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(root(el).querySelector('.preview salon-event-calendar')!.getAttribute('tag')).to.equal('"><script>alert(1)</script>');
    await expect(el).to.be.accessible();
  });

  it('copies the code, or selects it when the clipboard is not allowed', async () => {
    const el = await builder();
    root(el).querySelectorAll('button')[0]!.click();
    await waitUntil(() => root(el).querySelector('[role=status]')!.textContent!.trim() !== '', 'copy reported');
    expect(root(el).querySelector('[role=status]')!.textContent).to.match(/^(Copied\.|Selected: press Ctrl\+C)/);
  });
});
