// Readers on every page: the host pages authors really have (right-to-left, a 320 px phone, the
// browser's default 16 px font or a small 14 px theme, a language other than the page's) and what a
// reader sees there: no sideways scrolling, text in its own language and direction, targets big
// enough to tap, field borders that can be seen, and a focus ring on every control.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { MemoryBackend } from '../src/api/memory.js';
import '../components/provider/provider.js';
import { recommendation, site, springEvents } from './support/data.js';
import { $, $$ } from './support/dom.js';
import { everyWidget, shown } from './support/widgets.js';

declare global {
  interface Window {
    axe: { configure(options: object): void };
  }
}

const backend = new MemoryBackend(
  { demo: site({ occurrences: springEvents(), recommendations: [recommendation()] }) },
  { id: 'memory:readers' },
);

/** WCAG's contrast ratio of two opaque sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A computed colour as the browser paints it over `under`: rgb(), rgba() or color(srgb …) with alpha. */
function painted(color: string, under: number[]): number[] {
  const numbers = color.match(/[\d.]+/g)!.map(Number);
  const srgb = color.startsWith('color(');
  const [r, g, b] = numbers.slice(0, 3).map((v) => (srgb ? v * 255 : v));
  const alpha = numbers.length > 3 ? numbers[3] : 1;
  return [r, g, b].map((v, i) => v * alpha + under[i] * (1 - alpha));
}

describe('readers on every page', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('dir');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('on a right-to-left page on a 320 px phone, nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.dir = 'rtl';
    const page = await fixture<HTMLElement>(html`<main lang="ar">${everyWidget(backend)}</main>`);
    for (const el of await shown(page)) {
      const box = el.getBoundingClientRect();
      expect(box.left, `${el.localName} starts on screen`).to.be.at.least(0);
      expect(box.right, `${el.localName} ends on screen`).to.be.at.most(320);
    }
    // The whole page, hidden parts (the signup's spam trap) included.
    expect(document.scrollingElement!.scrollWidth, 'page width').to.be.at.most(320);
  });

  it('marks each widget’s text with its own language and direction', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <div lang="en">
        <salon-provider lang="fr">
          <salon-group-signup site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup>
        </salon-provider>
      </div>
      <div lang="ar" dir="rtl">
        <salon-group-signup site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup>
      </div>
    </main>`);
    const [french, arabic] = await shown(page);
    // French: the catalog arrives after the first render.
    await waitUntil(() => $(french, 'button[type=submit]').textContent!.includes('inscri'), 'French texts');
    const seats = $(french, '.seats');
    expect(seats.closest('[lang]')?.getAttribute('lang'), 'French text’s language').to.equal('fr');
    // No Arabic catalog: the English texts are marked English and run left to right.
    const fallback = $(arabic, '.seats');
    expect(fallback.textContent!.trim()).to.match(/^3 seats left/);
    expect(fallback.closest('[lang]')?.getAttribute('lang'), 'fallback text’s language').to.equal('en');
    expect(getComputedStyle(fallback).direction, 'fallback text’s direction').to.equal('ltr');
  });

  for (const size of [16, 14]) {
    it(`keeps targets big enough to tap on a plain page at ${size} px (axe’s target-size)`, async () => {
      await import('axe-core/axe.min.js' as string);
      window.axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
      const page = await fixture<HTMLElement>(
        html`<div style="font: ${size}px/1.3 Georgia, serif; width: 600px">
          <salon-group-signup site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup>
          <salon-swap-card site="demo" .backend=${backend}></salon-swap-card>
        </div>`,
      );
      for (const el of await shown(page)) await expect(el).to.be.accessible();
    });
  }

  it('draws field borders at 3:1 against the page in the light and auto themes', async () => {
    const page = await fixture<HTMLElement>(html`<main style="background: #fff; color: #222">
      <salon-group-signup site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup>
      <salon-group-signup theme="light" site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup>
      <salon-group-signup theme="auto" site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup>
    </main>`);
    for (const el of await shown(page)) {
      const background = [255, 255, 255];
      const field = $(el, 'input.text');
      const border = painted(getComputedStyle(field).borderTopColor, background);
      expect(contrast(border, background), `${el.getAttribute('theme') ?? 'inherited'} field border`).to.be.at.least(3);
    }
  });

  it('shows the focus ring on a checkbox marked invalid', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><salon-group-signup site="demo" group="spring-mastermind" compact .backend=${backend}></salon-group-signup></div>`,
    );
    const [el] = await shown(page);
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => $(el, '#consent[aria-invalid=true]'), 'consent marked invalid');
    const consent = $<HTMLInputElement>(el, '#consent');
    const unfocused = getComputedStyle(consent).outlineColor;
    // From the field before it to the consent checkbox by keyboard, as a keyboard user does.
    $(el, '#q0').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(consent);
    expect(consent.matches(':focus-visible')).to.equal(true);
    const focused = getComputedStyle(consent);
    expect(focused.outlineStyle).to.not.equal('none');
    expect(focused.outlineColor, 'the focus ring, not the invalid outline').to.not.equal(unfocused);
    expect(focused.outlineColor).to.equal(getComputedStyle($(el, 'button[type=submit]')).backgroundColor);
  });

  it('explains what is optional instead of starring what is required', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><salon-group-signup site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup></div>`,
    );
    const [el] = await shown(page);
    const labels = $$(el, 'label, legend').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.include.members(['Name (optional)', 'What you bring (optional)']);
    expect(labels).to.include('Your genre');
    for (const label of $$(el, 'label, legend')) expect(getComputedStyle(label, '::after').content).to.be.oneOf(['none', 'normal']);
  });
});
