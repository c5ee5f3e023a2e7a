// How the widgets look with no theming where authors put them: a narrow sidebar and a dark page.
// Asserted as a reader would notice: nothing sticks out of a 280 px column, touch targets keep
// their size, text inherits the page's colour, and axe finds the contrast sufficient.
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryBackend } from '../src/api/memory.js';
import { recommendation, site, springEvents } from './support/data.js';
import { everyWidget, shown } from './support/widgets.js';
import '../components/group-signup/group-signup.js';

const backend = new MemoryBackend({ demo: site({ occurrences: springEvents(), recommendations: [recommendation()] }) }, { id: 'memory:layout' });

/** Every visible control in a widget's shadow root. */
const controls = (el: HTMLElement): HTMLElement[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('input:not([type=checkbox]):not(#website), select, textarea, button')].filter(
    (c) => c.getClientRects().length > 0,
  );

describe('layout without theming', () => {
  it('fits a 280 px sidebar: nothing overflows, touch targets stay 44 px high', async () => {
    const column = await fixture<HTMLElement>(html`<aside style="width: 280px">${everyWidget(backend)}</aside>`);
    const right = column.getBoundingClientRect().right;
    for (const el of await shown(column)) {
      expect(el.scrollWidth, `${el.localName} scroll width`).to.be.at.most(280);
      for (const control of controls(el)) {
        const box = control.getBoundingClientRect();
        expect(box.right, `${el.localName} ${control.localName} inside the column`).to.be.at.most(right + 0.5);
        if (!control.classList.contains('event')) {
          expect(box.height, `${el.localName} ${control.localName} height`).to.be.at.least(43.5);
        }
      }
    }
  });

  it('inherits a dark page’s colours, with enough contrast', async () => {
    const page = await fixture<HTMLElement>(
      html`<main style="background: #15161a; color: #e8e8ea; padding: 1rem; width: 720px">${everyWidget(backend)}</main>`,
    );
    for (const el of await shown(page)) {
      const label = el.shadowRoot!.querySelector('label, h3, h2')!;
      expect(getComputedStyle(label).color, `${el.localName} text`).to.equal('rgb(232, 232, 234)');
      await expect(el).to.be.accessible();
    }
  });
});

describe('room kept while loading', () => {
  it('keeps exactly --salon-signup-height, so content below stays put when the form arrives at that height', async () => {
    let answer: () => void = () => undefined;
    const slow = new MemoryBackend({ demo: site() }, { id: 'memory:layout-slow' });
    const getGroup = slow.getGroup.bind(slow);
    slow.getGroup = (params, options) => new Promise((resolve) => (answer = () => resolve(getGroup(params, options))));
    const column = await fixture<HTMLElement>(
      html`<aside style="width: 320px; font-size: 18px">
        <salon-group-signup style="--salon-signup-height: 12.5em" site="demo" group="spring-mastermind" .backend=${slow}></salon-group-signup>
        <p>After</p>
      </aside>`,
    );
    const signup = column.querySelector('salon-group-signup')!;
    await signup.updateComplete;
    expect(signup.shadowRoot!.querySelector('[role=status]')?.textContent).to.equal('Loading…');
    expect(signup.getBoundingClientRect().height).to.equal(12.5 * 18);
    answer();
  });
});
