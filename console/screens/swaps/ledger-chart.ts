import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import uPlot from 'uplot';
import type { Counts } from '../../api.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { messages } from './messages.js';

const t = translator(messages);

/** One count per day, per measure (an entry of `DailyLedger.swaps`). */
export type DailySeries = Record<keyof Counts, number[]>;

export const MEASURES = ['impressions', 'clicks', 'signups'] as const;

/** Counts as words: "2 impressions, 1 click and 0 signups". */
export const countsText = (counts: Counts): string =>
  t('counts', {
    impressions: t('count.impressions', { count: counts.impressions }),
    clicks: t('count.clicks', { count: counts.clicks }),
    signups: t('count.signups', { count: counts.signups }),
  });

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** The least round number (1, 2, 2.5, 5 × 10ⁿ, whole) a little above `max`, so lines never touch the top. */
function ceiling(max: number): number {
  if (max <= 0) return 1;
  const step = Math.max(1, 10 ** Math.floor(Math.log10(max)) / 2);
  return Math.ceil((max * 1.1) / step) * step;
}

/** Each plot's height, in CSS pixels. */
const HEIGHT = 160;

/**
 * A swap's ledger over time, drawn with uPlot: per day, what this site sent (solid lines) and
 * received (dashed), impressions in one plot and the far smaller clicks and signups in another,
 * with one cursor. The chart is one image to assistive technology (`label` says what it shows
 * and the totals); the exact figures are in the table beside it. Follows its container's width
 * and the system's light or dark colours.
 */
export class ConsoleLedgerChart extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    // From uplot/dist/uPlot.min.css (1.6.32): only the rules this chart needs (it has no title or legend).
    css`
      .uplot,
      .uplot *,
      .uplot *::before,
      .uplot *::after {
        box-sizing: border-box;
      }
      .uplot {
        line-height: 1.5;
        width: min-content;
      }
      .u-wrap {
        position: relative;
        user-select: none;
      }
      .u-over,
      .u-under {
        position: absolute;
      }
      .u-under {
        overflow: hidden;
      }
      .uplot canvas {
        display: block;
        position: relative;
        width: 100%;
        height: 100%;
      }
      .u-axis {
        position: absolute;
      }
      .u-select {
        background: rgba(0, 0, 0, 0.07);
        position: absolute;
        pointer-events: none;
      }
      .u-cursor-x,
      .u-cursor-y {
        position: absolute;
        left: 0;
        top: 0;
        pointer-events: none;
        will-change: transform;
      }
      .u-hz .u-cursor-x,
      .u-vt .u-cursor-y {
        height: 100%;
        border-right: 1px dashed var(--muted);
      }
      .u-hz .u-cursor-y,
      .u-vt .u-cursor-x {
        width: 100%;
        border-bottom: 1px dashed var(--muted);
      }
      .u-cursor-pt {
        position: absolute;
        top: 0;
        left: 0;
        border-radius: 50%;
        border: 0 solid;
        pointer-events: none;
        will-change: transform;
        background-clip: padding-box !important;
      }
      .u-axis.u-off,
      .u-select.u-off,
      .u-cursor-x.u-off,
      .u-cursor-y.u-off,
      .u-cursor-pt.u-off {
        display: none;
      }
    `,
    css`
      :host {
        --chart-impressions: #2449b3;
        --chart-clicks: #a94400;
        --chart-signups: #1d6b36;
      }
      @media (prefers-color-scheme: dark) {
        :host {
          --chart-impressions: #9db7ff;
          --chart-clicks: #ffb37a;
          --chart-signups: #8fd9a8;
        }
      }
      .plots {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        gap: 0.5rem 1.5rem;
      }
      .plots > div {
        min-width: 0;
      }
      .plot-title {
        margin: 0 0 0.25rem;
        font-size: 0.9rem;
        font-weight: 600;
      }
      .plot {
        /* A plot's height (HEIGHT), kept before it draws so nothing below jumps. */
        min-height: 160px;
        overflow: hidden;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        margin: 0.5rem 0 0;
        padding: 0;
        list-style: none;
        font-size: 0.9rem;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .swatch {
        width: 1.75rem;
        border-top: 3px solid var(--chart-impressions);
      }
      .swatch.received {
        border-top-style: dashed;
      }
      .swatch.clicks {
        border-top-color: var(--chart-clicks);
      }
      .swatch.signups {
        border-top-color: var(--chart-signups);
      }
      .readout {
        min-height: 1.5em;
        margin: 0.25rem 0 0;
        font-size: 0.9rem;
        color: var(--muted);
      }
      @media (forced-colors: active) {
        .swatch {
          border-top-color: CanvasText !important;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    days: { attribute: false },
    sent: { attribute: false },
    received: { attribute: false },
    label: {},
    hovered: { state: true },
  };

  /** UTC days, `YYYY-MM-DD`, oldest first. */
  days: string[] = [];
  /** What this site's readers gave the partner's book, per day. */
  sent?: DailySeries;
  /** What the partner's readers gave this site's book, per day. */
  received?: DailySeries;
  /** What the chart shows, for assistive technology (it is one image to them). */
  label = '';

  /** The day under the pointer, for the figures line under the chart. */
  private hovered?: number;

  #charts: uPlot[] = [];
  /** The language the chart's dates and numbers were written in. */
  #drawnIn = '';
  /** The two plots share a cursor: pointing at a day in one shows it in both. */
  readonly #sync = `salon-ledger-${Math.random().toString(36).slice(2)}`;
  readonly #dark = matchMedia('(prefers-color-scheme: dark)');
  readonly #redraw = () => this.#draw();
  readonly #resize = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const chart = this.#charts.find((c) => c.root.parentElement === entry.target);
      const width = Math.floor(entry.contentRect.width);
      if (chart && width > 0 && width !== chart.width) chart.setSize({ width, height: HEIGHT });
    }
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#dark.addEventListener('change', this.#redraw);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dark.removeEventListener('change', this.#redraw);
    this.#resize.disconnect();
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
  }

  protected override firstUpdated(): void {
    for (const plot of this.renderRoot.querySelectorAll('.plot')) this.#resize.observe(plot);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Drawn again for new data or another language, not for a hover.
    if (changed.has('days') || changed.has('sent') || changed.has('received') || this.#drawnIn !== this.language || !this.#charts.length) this.#draw();
  }

  /** Colours from the stylesheet, so the chart follows light and dark mode and the console's palette. */
  #colours() {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim();
    return {
      impressions: read('--chart-impressions'),
      clicks: read('--chart-clicks'),
      signups: read('--chart-signups'),
      text: style.color,
      grid: read('--line'),
      font: `12px ${style.fontFamily}`,
    };
  }

  #draw(): void {
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
    if (this.hovered !== undefined) this.hovered = undefined;
    const { days, sent, received } = this;
    const plots = [...this.renderRoot.querySelectorAll<HTMLElement>('.plot')];
    if (plots.length < 2 || !sent || !received || days.length === 0) return;
    this.#drawnIn = this.language;
    const colours = this.#colours();
    const dayFormat = new Intl.DateTimeFormat(this.language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(this.language);
    const dayLabel = (i: number) => (Number.isInteger(i) && days[i] ? dayFormat.format(new Date(`${days[i]}T00:00:00Z`)) : '');
    const axis = { stroke: colours.text, font: colours.font, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid, width: 1 } };
    const line = (measure: (typeof MEASURES)[number], side: 'sent' | 'received'): uPlot.Series => ({
      label: t(`legend.${measure}.${side}`),
      stroke: colours[measure],
      width: 2,
      ...(side === 'received' ? { dash: [6, 4] } : {}),
      points: { size: 5, fill: colours[measure] },
    });
    const options = (measures: ReadonlyArray<(typeof MEASURES)[number]>, width: number): uPlot.Options => ({
      width,
      height: HEIGHT,
      legend: { show: false },
      cursor: { y: false, drag: { x: false, y: false }, points: { size: 7 }, sync: { key: this.#sync } },
      scales: {
        // Days by their place in the list: labels come from `days`, so no time zone shifts them.
        x: { time: false, range: [0, Math.max(1, days.length - 1)] },
        y: { range: (_u, _min, max) => [0, ceiling(max)] },
      },
      axes: [
        { ...axis, incrs: [1, 2, 7, 14, 28], space: 56, values: (_u, splits) => splits.map(dayLabel) },
        {
          ...axis,
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000],
          values: (_u, splits) => splits.map((n) => (Number.isInteger(n) ? numbers.format(n) : '')),
          // As wide as its longest number, so a phone keeps its width for the days.
          size: (_u, values) => 16 + 7 * Math.max(1, ...(values ?? []).map((v) => v.length)),
        },
      ],
      series: [{}, ...measures.flatMap((m) => [line(m, 'sent'), line(m, 'received')])],
      hooks: { setCursor: [(u) => void (this.hovered = u.cursor.idx ?? undefined)] },
    });
    const x = days.map((_, i) => i);
    const groups = [['impressions'], ['clicks', 'signups']] as const;
    this.#charts = groups.map((measures, i) => {
      const plot = plots[i]!;
      const data: uPlot.AlignedData = [x, ...measures.flatMap((m) => [sent[m], received[m]])];
      return new uPlot(options(measures, Math.max(160, Math.floor(plot.clientWidth || 300))), data, plot);
    });
  }

  #readout(): TemplateResult | typeof nothing {
    const i = this.hovered;
    const { days, sent, received } = this;
    if (i === undefined || !sent || !received || !days[i]) return nothing;
    const on = (series: DailySeries): Counts => ({ impressions: series.impressions[i] ?? 0, clicks: series.clicks[i] ?? 0, signups: series.signups[i] ?? 0 });
    const day = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${days[i]}T00:00:00Z`));
    return html`${t('readout', { day, sent: countsText(on(sent)), received: countsText(on(received)) })}`;
  }

  protected override render(): TemplateResult {
    return html`<div class="plots" role="img" aria-label=${this.label}>
        <div>
          <p class="plot-title">${t('plot.impressions')}</p>
          <div class="plot"></div>
        </div>
        <div>
          <p class="plot-title">${t('plot.actions')}</p>
          <div class="plot"></div>
        </div>
      </div>
      <ul class="legend">
        ${MEASURES.flatMap((m) =>
          (['sent', 'received'] as const).map(
            (side) => html`<li><span class="swatch ${m} ${side}" aria-hidden="true"></span>${t(`legend.${m}.${side}`)}</li>`,
          ),
        )}
      </ul>
      <p class="readout" aria-hidden="true">${this.#readout()}</p>`;
  }
}

customElements.define('salon-console-ledger-chart', ConsoleLedgerChart);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-ledger-chart': ConsoleLedgerChart;
  }
}
