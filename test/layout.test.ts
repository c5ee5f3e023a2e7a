// How the widgets look with no theming where authors put them: a narrow sidebar and a dark page.
// Asserted as a reader would notice: nothing sticks out of a 280 px column, touch targets keep
// their size, text inherits the page's colour, and axe finds the contrast sufficient.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MemoryBackend } from '../src/api/memory.js';
import '../components/event-calendar/event-calendar.js';
import '../components/group-signup/group-signup.js';
import '../components/swap-card/swap-card.js';
import { recommendation, site, springEvents } from './support/data.js';

const backend = new MemoryBackend({ demo: site({ occurrences: springEvents(), recommendations: [recommendation()] }) }, { id: 'memory:layout' });

const widgets = (): TemplateResult => html`
  <salon-group-signup site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup>
  <salon-group-signup site="demo" group="spring-mastermind" compact .backend=${backend}></salon-group-signup>
  <salon-event-calendar site="demo" from="2027-03-01" .backend=${backend}></salon-event-calendar>
  <salon-event-calendar site="demo" from="2027-03-01" view="month" .backend=${backend}></salon-event-calendar>
  <salon-swap-card site="demo" .backend=${backend}></salon-swap-card>
`;

async function rendered(container: HTMLElement): Promise<HTMLElement[]> {
  const elements = [...container.querySelectorAll<HTMLElement>('salon-group-signup, salon-event-calendar, salon-swap-card')];
  // The swap card loads when it comes near the viewport.
  elements.at(-1)!.scrollIntoView();
  await waitUntil(
    () => elements.every((el) => el.shadowRoot?.querySelector('form, .body[aria-busy=false], article')),
    'every widget shows its data',
  );
  return elements;
}

/** Every visible control in a widget's shadow root. */
const controls = (el: HTMLElement): HTMLElement[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('input:not([type=checkbox]):not(#website), select, textarea, button')].filter(
    (c) => c.getClientRects().length > 0,
  );

describe('layout without theming', () => {
  it('fits a 280 px sidebar: nothing overflows, touch targets stay 44 px high', async () => {
    const column = await fixture<HTMLElement>(html`<aside style="width: 280px">${widgets()}</aside>`);
    const right = column.getBoundingClientRect().right;
    for (const el of await rendered(column)) {
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
      html`<main style="background: #15161a; color: #e8e8ea; padding: 1rem; width: 720px">${widgets()}</main>`,
    );
    for (const el of await rendered(page)) {
      const label = el.shadowRoot!.querySelector('label, h3, h2')!;
      expect(getComputedStyle(label).color, `${el.localName} text`).to.equal('rgb(232, 232, 234)');
      await expect(el).to.be.accessible();
    }
  });
});
