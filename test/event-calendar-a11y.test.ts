// <salon-event-calendar> as readers who do not use a mouse, read right to left, zoom, use high
// contrast or a small screen meet it: keyboard (the WAI-ARIA grid pattern), RTL pages at 320 px,
// visible focus, target sizes at the fonts author themes use, forced colours, and a backend that
// sends far too much.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SalonBackend } from '../src/api/backend.js';
import { MemoryBackend } from '../src/api/memory.js';
import type { Occurrence } from '../src/api/schemas.js';
import type { SalonEventCalendar } from '../components/event-calendar/event-calendar.js';
import '../components/event-calendar/event-calendar.js';
import { occurrence, springEvents } from './support/data.js';
import { $, $$, text } from './support/dom.js';

const zone = (tz: string | null): Promise<unknown> => executeServerCommand('emulate-time-zone', tz);
const forcedColors = (on: boolean): Promise<unknown> => executeServerCommand('emulate-forced-colors', on);

const memory = (occurrences: Occurrence[] = springEvents()) =>
  new MemoryBackend({ demo: { occurrences } }, { id: `memory:calendar-a11y:${Math.random()}` });

/** The calendar inside `wrap`, once its first answer is on screen. */
async function calendar(
  backend: SalonBackend = memory(),
  wrap = (cal: TemplateResult): TemplateResult => html`<div>${cal}</div>`,
  attrs: { view?: string; from?: string; lang?: string | null } = {},
): Promise<SalonEventCalendar> {
  // `lang: null`: none of its own, the language of the page around it.
  const { view = 'month', from = '2027-03-01', lang = 'en-GB' } = attrs;
  const host = await fixture<HTMLElement>(
    wrap(html`<salon-event-calendar site="demo" view=${view} from=${from} lang=${ifDefined(lang ?? undefined)} .backend=${backend}></salon-event-calendar>`),
  );
  const el = host.matches('salon-event-calendar') ? (host as SalonEventCalendar) : host.querySelector('salon-event-calendar')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.body[aria-busy=false]'), 'calendar loaded');
  return el;
}

/** What has focus, through the calendar's shadow root. */
const active = (el: SalonEventCalendar): HTMLElement | null => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedDay = (el: SalonEventCalendar): string | undefined => active(el)?.dataset.day;
const dayButton = (el: SalonEventCalendar, day: string): HTMLElement => $(el, `.date[data-day="${day}"]`);

describe('<salon-event-calendar> for every reader', () => {
  afterEach(async () => {
    await zone(null);
    await forcedColors(false);
    await setViewport({ width: 800, height: 600 });
    document.documentElement.removeAttribute('dir');
  });

  describe('keyboard: the month grid is one tab stop (WAI-ARIA grid pattern)', () => {
    const between = (cal: TemplateResult) =>
      html`<div><button id="before">Before</button>${cal}<button id="after">After</button></div>`;

    it('Tab visits one day of the grid and none of the events in its cells; Shift+Tab comes back to that day', async () => {
      await zone('Europe/Berlin');
      const el = await calendar(memory(), between);
      const before = document.getElementById('before')!;
      const after = document.getElementById('after')!;
      before.focus();
      const inGrid: string[] = [];
      for (let i = 0; i < 20 && document.activeElement !== after; i++) {
        await sendKeys({ press: 'Tab' });
        const focused = active(el);
        if (document.activeElement === el && focused?.closest('table')) inGrid.push(focused.className || focused.tagName);
      }
      expect(document.activeElement).to.equal(after, 'Tab leaves the calendar');
      expect(inGrid).to.deep.equal(['date'], 'one stop in the grid, on a day');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focusedDay(el)).to.equal('2027-03-01');
      expect($$(el, 'td .event').every((b) => b.tabIndex === -1)).to.be.true;
    });

    it('Enter on a day moves into its events, Escape goes back to the day, arrows move from an event in a cell', async () => {
      await zone('Europe/Berlin');
      const el = await calendar(memory(), between);
      dayButton(el, '2027-03-01').focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedDay(el)).to.equal('2027-03-18');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.matches('.event'), 'focus in the day’s events');
      expect(text(active(el)!.querySelector('.title'))).to.equal('Mastermind weekly call');
      expect(active(el)!.closest('table')).to.equal(null, 'the day’s events, listed under the grid');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => focusedDay(el) === '2027-03-18', 'back on the day');
      expect(active(el)!.matches('.date')).to.be.true;

      // A reader who clicked an event in a cell (focus is on it) and then uses the arrows.
      const inCell = dayButton(el, '2027-03-20').closest('td')!.querySelector<HTMLElement>('.event')!;
      inCell.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedDay(el)).to.equal('2027-03-19');
      expect($$(el, '.date[tabindex="0"]').map((b) => b.dataset.day)).to.deep.equal(['2027-03-19']);
    });
  });

  describe('right to left', () => {
    it('ArrowRight moves to the day drawn on the right (the day before), ArrowLeft the other way', async () => {
      const el = await calendar(memory(), (cal) => html`<div dir="rtl">${cal}</div>`, { lang: 'ar' });
      el.strings = {};
      await el.updateComplete;
      dayButton(el, '2027-03-10').focus();
      const x = (day: string) => dayButton(el, day).getBoundingClientRect().left;
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedDay(el)).to.equal('2027-03-09');
      expect(x('2027-03-09')).to.be.greaterThan(x('2027-03-10'), 'drawn on the right');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedDay(el)).to.equal('2027-03-11');
    });

    describe('an Arabic page, whose texts fall back to English', () => {
      /** The calendar in an Arabic, right-to-left part of the page, its language inherited from there. */
      const arabic = (view = 'list') => calendar(memory(), (cal) => html`<div lang="ar" dir="rtl">${cal}</div>`, { view, lang: null });

      /**
       * The words and numbers of `written`, a string Intl wrote, where one of the calendar's texts
       * has it, each with its box on screen. A number keeps its separators ("1:00"): its digits run
       * left to right in any language.
       */
      function drawn(el: SalonEventCalendar, written: string): Array<{ piece: string; box: DOMRect }> {
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(written);
          if (at < 0) continue;
          return [...written.matchAll(/\p{L}+|\p{N}+(?:[:.,]\p{N}+)*/gu)].map((match) => {
            const range = document.createRange();
            range.setStart(node, at + match.index);
            range.setEnd(node, at + match.index + match[0].length);
            return { piece: match[0], box: range.getBoundingClientRect() };
          });
        }
        throw new Error(`“${written}” is not on screen`);
      }

      /** Pieces in the order an Arabic reader meets them: from the right. */
      const fromTheRight = (pieces: Array<{ piece: string; box: DOMRect }>): string[] =>
        [...pieces].sort((a, b) => b.box.right - a.box.right).map(({ piece }) => piece);

      /** Every text of the calendar in Arabic script (or with a right-to-left mark) whose nearest lang is not Arabic. */
      function unmarkedArabic(el: SalonEventCalendar): string[] {
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const marked = node.parentElement!.closest('[lang]');
          if (/[\p{Script=Arabic}\u200f]/u.test(node.textContent!) && (marked?.getAttribute('lang') !== 'ar' || marked.getAttribute('dir') !== 'rtl')) {
            found.push(node.textContent!);
          }
        }
        return found;
      }

      const berlin = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('ar', { ...options, timeZone: 'Europe/Berlin' });

      it('reads the range title right to left, in the order Intl wrote it, marked Arabic', async () => {
        await zone('Europe/Berlin');
        const el = await arabic();
        // The widget's own texts are English, left to right (there is no Arabic catalog).
        expect($$(el, '.nav button').map(text)).to.include('Today');
        const range = berlin({ dateStyle: 'medium' }).formatRange(new Date('2027-03-01T12:00Z'), new Date('2027-03-30T12:00Z'));
        const title = $(el, 'h2#title');
        expect(text(title)).to.equal(range);
        const pieces = drawn(el, range);
        expect(pieces.length).to.be.at.least(4);
        expect(fromTheRight(pieces)).to.deep.equal(pieces.map(({ piece }) => piece));
        // A screen reader reads it in Arabic.
        const isolated = title.querySelector('bdi');
        expect([isolated?.lang, isolated?.dir, isolated?.textContent]).to.deep.equal(['ar', 'rtl', range]);
      });

      it('keeps each Arabic time whole among the English words of an event, and marks every Arabic text Arabic', async () => {
        await zone('Europe/Berlin');
        const el = await arabic();
        const [call] = springEvents();
        // The weekly call is hosted in New York: "1:00 AM your time · Wed, 7:00 PM Eastern Time".
        const time = berlin({ timeStyle: 'short' }).format(new Date(call!.start));
        const meta = $(el, '.body .event .meta');
        expect(text(meta)).to.match(/ your time · /);
        expect(text(meta).startsWith(text(meta.querySelector('bdi')))).to.be.true;
        const pieces = drawn(el, time);
        expect(fromTheRight(pieces)).to.deep.equal(pieces.map(({ piece }) => piece));
        // No English word is drawn in among the time's pieces.
        const left = Math.min(...pieces.map(({ box }) => box.left));
        const right = Math.max(...pieces.map(({ box }) => box.right));
        for (const { piece, box } of drawn(el, 'your time')) {
          expect(box.right <= left || box.left >= right, `“${piece}” outside ${left}–${right}`).to.be.true;
        }
        expect(unmarkedArabic(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('marks the month grid’s title and weekdays and the event’s details Arabic', async () => {
        await zone('Europe/Berlin');
        const el = await arabic('month');
        expect(text($(el, 'h2#title'))).to.equal(berlin({ month: 'long', year: 'numeric' }).format(new Date('2027-03-15T12:00Z')));
        expect($$(el, 'th bdi[lang=ar][dir=rtl]')).to.have.length(7);
        dayButton(el, '2027-03-11').click();
        await el.updateComplete;
        $(el, '.picked .event').click();
        await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open, 'details open');
        const [call] = springEvents();
        expect(text($(el, 'dialog .meta bdi'))).to.equal(berlin({ dateStyle: 'full', timeStyle: 'short' }).format(new Date(call!.start)));
        expect(unmarkedArabic(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
        $<HTMLDialogElement>(el, 'dialog').close();
      });

      it('wraps nothing where texts and dates share a language', async () => {
        const english = await calendar(memory(), undefined, { view: 'list', lang: 'en-GB' });
        expect($$(english, 'bdi')).to.deep.equal([]);
        const french = await calendar(memory(), undefined, { view: 'list', lang: 'fr' });
        await waitUntil(() => $$(french, '.nav button').map(text).includes('Aujourd’hui'), 'French texts');
        expect($$(french, 'bdi')).to.deep.equal([]);
      });
    });

    for (const view of ['month', 'list']) {
      it(`does not scroll sideways at 320 px on a right-to-left page (${view})`, async () => {
        await setViewport({ width: 320, height: 640 });
        document.documentElement.dir = 'rtl';
        const el = await calendar(memory(), undefined, { view, lang: 'en' });
        expect(text($(el, '.body'))).not.to.equal('');
        expect(document.scrollingElement!.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('shows the whole focus ring of a day: nothing around it clips it', async () => {
    const el = await calendar();
    dayButton(el, '2027-03-10').focus();
    await sendKeys({ press: 'ArrowRight' });
    const day = active(el)!;
    expect(day.matches(':focus-visible')).to.be.true;
    const style = getComputedStyle(day);
    const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const box = day.getBoundingClientRect();
    const ring = { left: box.left - out, right: box.right + out, top: box.top - out, bottom: box.bottom + out };
    const clipped: string[] = [];
    for (let node: Element | null = day.parentElement; node && node !== document.documentElement; ) {
      const s = getComputedStyle(node);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const r = node.getBoundingClientRect();
        if (ring.left < r.left || ring.right > r.right || ring.top < r.top || ring.bottom > r.bottom) clipped.push(node.tagName);
      }
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    }
    expect(clipped).to.deep.equal([]);
  });

  describe('target size (WCAG 2.5.8) on plain host pages', () => {
    const twoOnOneDay = () =>
      memory([
        occurrence({ title: 'Morning sprint', start: '2027-03-10T08:00:00.000Z', end: '2027-03-10T09:00:00.000Z' }),
        occurrence({ title: 'Evening call', start: '2027-03-10T18:00:00.000Z', end: '2027-03-10T19:00:00.000Z' }),
        occurrence({ title: 'Late call', start: '2027-03-10T20:00:00.000Z', end: '2027-03-10T21:00:00.000Z' }),
      ]);

    for (const size of ['16px', '14px']) {
      it(`events stacked in a day are at least 24 px tall at a ${size} font, and axe passes`, async () => {
        await zone('Europe/Berlin');
        const el = await calendar(twoOnOneDay(), (cal) => html`<div style="font-size:${size};width:760px">${cal}</div>`);
        const stacked = [...dayButton(el, '2027-03-10').closest('td')!.querySelectorAll<HTMLElement>('.event')];
        expect(stacked).to.have.length(2);
        for (const b of stacked) expect(b.getBoundingClientRect().height).to.be.at.least(24);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('forced colours', () => {
    it('keeps the dots of days with events, today and the days outside the month visible', async () => {
      await forcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      // Narrow: the grid marks days with events by a dot.
      const today = new Date();
      const key = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      const el = await calendar(
        memory([occurrence({ start: new Date(today.setHours(12, 0, 0, 0)).toISOString(), end: new Date(today.setHours(13)).toISOString() })]),
        (cal) => html`<div style="width:320px">${cal}</div>`,
        { from: key },
      );
      // The page's Canvas colour as forced colours draw it.
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.background = 'Canvas';
      const page = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const todayButton = $(el, '[aria-current=date]');
      expect(todayButton.dataset.day).to.equal(key);

      const dot = getComputedStyle(todayButton, '::after');
      expect(dot.content).not.to.equal('none');
      expect(dot.backgroundColor).not.to.be.oneOf([page, 'rgba(0, 0, 0, 0)'], 'the dot is drawn');

      const t = getComputedStyle(todayButton);
      const marked =
        (parseFloat(t.borderTopWidth) > 0 && t.borderTopColor !== page) || (t.backgroundColor !== page && t.backgroundColor !== 'rgba(0, 0, 0, 0)');
      expect(marked, 'today has a border or a system-colour background').to.be.true;

      const inside = $$(el, 'td:not(.outside) .date').find((b) => b !== todayButton)!;
      const outside = $(el, 'td.outside .date');
      expect(getComputedStyle(outside).color).not.to.equal(getComputedStyle(inside).color, 'days outside the month look different');
    });
  });

  describe('navigation and structure', () => {
    const labels = (el: SalonEventCalendar) => $$(el, '.nav button').map((b) => b.getAttribute('aria-label')?.replace(/\s+/g, ' ') ?? null);

    it('names the month “Previous” and “Next” go to, in the widget’s language', async () => {
      const el = await calendar();
      expect(labels(el)).to.deep.equal(['Previous month, February 2027', null, 'Next month, April 2027']);
      const expected: Record<string, [string, string]> = {
        es: ['Mes anterior, febrero de 2027', 'Mes siguiente, abril de 2027'],
        fr: ['Mois précédent, février 2027', 'Mois suivant, avril 2027'],
        de: ['Vorheriger Monat, Februar 2027', 'Nächster Monat, April 2027'],
      };
      for (const [lang, [previous, next]] of Object.entries(expected)) {
        el.setAttribute('lang', lang);
        await waitUntil(() => labels(el)[0] === previous, `${lang}: ${labels(el)[0]}`);
        expect(labels(el)[2]).to.equal(next);
      }
    });

    it('the list names the dates the buttons go to, and has no landmark per day', async () => {
      const el = await calendar(memory(), undefined, { view: 'list', lang: 'en' });
      // 30 days from 1 March; the buttons go 30 days back and on.
      expect(labels(el)).to.deep.equal(['Previous dates, Jan 30 – Feb 28, 2027', null, 'Next dates, Mar 31 – Apr 29, 2027']);
      expect($$(el, '.day h3').map(text)).to.have.length(3);
      expect($$(el, 'section, [role=region], [aria-labelledby^="d2"]')).to.deep.equal([]);
    });
  });

  describe('a backend that sends far too much', () => {
    /** 20,000 occurrences in March 2027, about 650 a day, as a custom backend might send. */
    const flood = (): SalonBackend =>
      Object.assign(memory(), {
        listEvents: async () => ({
        occurrences: Array.from({ length: 20_000 }, (_, i) => {
          const start = Date.UTC(2027, 2, 1) + i * 133_000;
          return occurrence({ event: `e${i}`, title: `Event ${i}`, start: new Date(start).toISOString(), end: new Date(start + 3600_000).toISOString() });
        }),
        }),
      });
    const nodes = (el: SalonEventCalendar) => el.shadowRoot!.querySelectorAll('*').length;

    it('draws a page of the list at a time and writes the next 50 into JSON-LD', async () => {
      const el = await calendar(flood(), undefined, { view: 'list', lang: 'en' });
      expect(text($(el, '.body .event .title'))).to.equal('Event 0');
      const first = $$(el, '.body .event').length;
      expect(first).to.be.within(20, 200);
      expect(nodes(el)).to.be.below(2_000);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent!.length).to.be.below(50_000);
      expect(JSON.parse(script.textContent!)).to.have.length(50);
      $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === 'Show later events')!.click();
      await waitUntil(() => $$(el, '.body .event').length > first, 'the next page of the same days');
      expect(nodes(el)).to.be.below(4_000);
    });

    it('keeps the month grid to a few events a day', async () => {
      const el = await calendar(flood());
      expect($$(el, 'td .event').length).to.be.at.most(42 * 2);
      expect(nodes(el)).to.be.below(2_000);
      dayButton(el, '2027-03-10').click();
      await el.updateComplete;
      expect($$(el, '.body > .day .event, .picked .event').length).to.be.within(1, 200);
      expect(nodes(el)).to.be.below(3_000);
    });
  });
});
