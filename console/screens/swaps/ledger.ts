import { Task } from '@lit/task';
import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiProblem, Counts, LedgerEntry } from '../../api.js';
import { common } from '../../common.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { problemBlock } from '../../parts.js';
import { api } from '../../session.js';
import { countsText, type DailySeries, MEASURES, sum } from './ledger-chart.js';
import './ledger-chart.js';
import { messages } from './messages.js';

const t = translator(messages);

export const PERIODS = [7, 30, 90] as const;

/** A swap the ledger shows: its id and the partner's name to show. */
export interface LedgerSwap {
  id: string;
  partnerName: string;
}

const totals = (series: DailySeries): Counts => ({ impressions: sum(series.impressions), clicks: sum(series.clicks), signups: sum(series.signups) });
const zero: Counts = { impressions: 0, clicks: 0, signups: 0 };

/**
 * The ledger of a site's swaps: for each swap, what each side sent and received (impressions,
 * clicks, signups) over the last 7, 30 or 90 days and in all, as a table with the exact figures
 * and as a chart day by day; and the ledger and the swap signups as CSV downloads.
 */
export class ConsoleSwapLedger extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      .periods {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.25rem;
        margin: 0 0 1rem;
      }
      .periods legend {
        margin-bottom: 0.25rem;
      }
      .periods .check {
        min-width: 44px;
      }
      article {
        max-width: 56rem;
        margin-top: 1rem;
      }
      article h3 {
        margin-top: 0;
      }
      table.figures {
        width: 100%;
        max-width: 32rem;
        margin-bottom: 1rem;
        border-collapse: collapse;
      }
      table.figures th,
      table.figures td {
        padding: 0.4rem 0.5rem;
        border-bottom: 1px solid var(--line);
        text-align: start;
      }
      table.figures td {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      table.figures thead th {
        text-align: end;
        font-size: 0.9rem;
        color: var(--muted);
      }
      table.figures th[scope='rowgroup'] {
        padding-top: 0.9rem;
        font-size: 0.9rem;
        color: var(--muted);
      }
      table.figures th[scope='row'] {
        font-weight: normal;
      }
      @container (max-width: 30rem) {
        article.card {
          padding: 0.75rem;
        }
        table.figures th,
        table.figures td {
          padding-inline: 0.25rem;
        }
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        margin: 1rem 0 0;
        padding: 0;
        list-style: none;
      }
      .downloads a {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    swaps: { attribute: false },
    days: { state: true },
  };

  /** The swaps to show (those that ran), in order. */
  swaps: LedgerSwap[] = [];

  /** The period the table and chart cover, in days. */
  private days: (typeof PERIODS)[number] = 30;

  readonly #daily = new Task(this, {
    task: ([site, days], { signal }) => api.dailyLedger(site, days, signal),
    args: () => [this.site, this.days, this.swaps.map((s) => s.id).join()] as const,
  });

  /** All-time totals; the day-by-day answer only reaches back a year. */
  readonly #allTime = new Task(this, {
    task: ([site], { signal }) => api.ledger(site, signal),
    args: () => [this.site, this.swaps.map((s) => s.id).join()] as const,
  });

  /** The figures: sent and received per measure, over the period and in all; a table at any width. */
  #table(swap: LedgerSwap, days: number, period: { sent: Counts; received: Counts }, all: { sent: Counts; received: Counts }): TemplateResult {
    const number = new Intl.NumberFormat(this.language);
    const group = (id: string, heading: string, counts: { sent: Counts; received: Counts }) => html`<tbody>
      <tr>
        <th scope="rowgroup" colspan="3" id=${id}>${heading}</th>
      </tr>
      ${MEASURES.map(
        (m) => html`<tr>
          <th scope="row">${t(`measure.${m}`)}</th>
          <td>${number.format(counts.sent[m])}</td>
          <td>${number.format(counts.received[m])}</td>
        </tr>`,
      )}
    </tbody>`;
    return html`<table class="figures">
      <caption class="visually-hidden">
        ${t('ledger.caption', { partner: swap.partnerName })}
      </caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${t('ledger.sent')}</th>
          <th scope="col">${t('ledger.received')}</th>
        </tr>
      </thead>
      ${group(`period-${swap.id}`, t('ledger.days', { count: days }), period)} ${group(`all-${swap.id}`, t('ledger.all'), all)}
    </table>`;
  }

  /** Counts sent again with a token already counted: said apart, so a forged page view fools nobody. */
  #replays(replayed: LedgerEntry['replayed']): TemplateResult | typeof nothing {
    const any = (c: Counts) => c.impressions + c.clicks + c.signups > 0;
    if (!replayed || (!any(replayed.sent) && !any(replayed.received))) return nothing;
    return html`<p class="hint">${t('ledger.replayed', { sent: countsText(replayed.sent), received: countsText(replayed.received) })}</p>`;
  }

  #swaps(): TemplateResult {
    const daily = this.#daily.value;
    const all = this.#allTime.value;
    // Both answers, or none: an all-time total still loading must not read as zero.
    if (!daily || !all) return html`<p role="status">${common('loading')}</p>`;
    return html`${this.swaps.map((swap) => {
      const entry = daily.swaps.find((s) => s.swap === swap.id);
      if (!entry) return nothing;
      const period = { sent: totals(entry.sent), received: totals(entry.received) };
      const ever = all.find((e) => e.swap === swap.id) ?? { sent: zero, received: zero };
      // The figures loaded (while another period loads, the last one stays, with its own headings).
      const days = daily.days.length;
      const label = t('chart.label', { days, partner: swap.partnerName, sent: countsText(period.sent), received: countsText(period.received) });
      return html`<article class="card" aria-labelledby="ledger-${swap.id}">
        <h3 id="ledger-${swap.id}">${t('ledger.with', { partner: swap.partnerName })}</h3>
        ${this.#table(swap, days, period, ever)} ${this.#replays(all.find((e) => e.swap === swap.id)?.replayed)}
        <salon-console-ledger-chart .days=${daily.days} .sent=${entry.sent} .received=${entry.received} label=${label}></salon-console-ledger-chart>
      </article>`;
    })}`;
  }

  protected override render(): TemplateResult {
    return html`<p>${t('ledger.intro')}</p>
      <fieldset class="field periods">
        <legend>${t('ledger.period')}</legend>
        ${PERIODS.map(
          (days) => html`<label class="check"
            ><input type="radio" name="period" .checked=${days === this.days} @change=${() => (this.days = days)} />${t('ledger.days', { count: days })}</label
          >`,
        )}
      </fieldset>
      ${this.#daily.render({
        pending: () => (this.#daily.value ? this.#swaps() : html`<p role="status">${common('loading')}</p>`),
        error: (error) => problemBlock(error as ApiProblem, () => void this.#daily.run(), common('retry')),
        complete: () => this.#swaps(),
      })}
      ${this.#allTime.render({ error: (error) => problemBlock(error as ApiProblem, () => void this.#allTime.run(), common('retry')) })}
      <ul class="downloads">
        <li><a href=${api.csvUrl(this.site, 'ledger')} download>${t('ledger.csv')}</a></li>
        <li><a href=${api.csvUrl(this.site, 'swap-signups')} download>${t('ledger.signups.csv')}</a></li>
      </ul>`;
  }
}

customElements.define('salon-console-swap-ledger', ConsoleSwapLedger);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-swap-ledger': ConsoleSwapLedger;
  }
}
