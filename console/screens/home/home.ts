import { Task } from '@lit/task';
import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiProblem, Overview } from '../../api.js';
import { common } from '../../common.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { problemBlock } from '../../parts.js';
import { href, type Screen } from '../../router.js';
import { api } from '../../session.js';
import { messages } from './messages.js';

const t = translator(messages);

interface Step {
  label: string;
  done: boolean;
  optional?: boolean;
  /** Where to do it, while it is not done. */
  action?: { screen: Screen; label: string };
  /** What the author learns once it is done (or while waiting). */
  note?: string;
}

/**
 * The site's home: a getting-started checklist that knows what is left before the first signup,
 * pages that tried to show the widgets from an address that is not registered (with a one-click
 * fix), swap proposals waiting for an answer, and the signups so far.
 */
export class ConsoleHome extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      ol.steps {
        list-style: none;
        margin: 0 0 1.5rem;
        padding: 0;
        display: grid;
        gap: 0.5rem;
        max-width: 48rem;
      }
      ol.steps li {
        display: grid;
        grid-template-columns: 2rem 1fr;
        gap: 0.25rem 0.75rem;
        padding: 0.75rem 1rem;
        border: 1px solid var(--line);
        border-radius: var(--radius);
        background: var(--surface);
      }
      .mark {
        grid-row: span 2;
        display: grid;
        place-items: center;
        width: 1.75rem;
        height: 1.75rem;
        border: 2px solid var(--border);
        border-radius: 50%;
        font-weight: 700;
      }
      li.done .mark {
        border-color: var(--success);
        background: var(--success);
        color: var(--surface);
      }
      .step-label {
        font-weight: 600;
      }
      li.done .step-label {
        font-weight: normal;
      }
      .step-more {
        grid-column: 2;
      }
      dl.counts {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 2rem;
        margin: 0;
      }
      dl.counts div {
        display: grid;
      }
      dl.counts dd {
        margin: 0;
        font-size: 1.6rem;
        font-weight: 700;
        order: -1;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    fixed: { state: true },
    fixProblem: { state: true },
  };

  private fixed = '';
  private fixProblem?: ApiProblem;

  readonly #overview = new Task(this, {
    task: ([site], { signal }) => api.overview(site, signal),
    args: () => [this.site] as const,
  });

  #steps(o: Overview): Step[] {
    const signups = o.counts.signups.confirmed + o.counts.signups.pending_confirmation + o.counts.signups.waitlisted;
    const live = o.origins.live.map((l) => l.origin);
    return [
      { label: t('step.site'), done: true },
      { label: t('step.origin'), done: o.site.origins.length > 0, action: { screen: 'settings', label: t('step.origin.do') } },
      { label: t('step.group'), done: o.counts.groups > 0, action: { screen: 'groups', label: t('step.group.do') } },
      { label: t('step.event'), done: o.counts.events > 0, optional: true, action: { screen: 'events', label: t('step.event.do') } },
      {
        label: t('step.embed'),
        done: live.length > 0,
        action: { screen: 'embed', label: t('step.embed.do') },
        note: live.length ? t('step.embed.seen', { origins: live.join(', ') }) : undefined,
      },
      { label: t('step.signup'), done: signups > 0, note: signups ? undefined : t('step.signup.wait') },
      { label: t('step.swap'), done: o.counts.swaps.active > 0, optional: true, action: { screen: 'swaps', label: t('step.swap.do') } },
    ];
  }

  async #register(o: Overview, origin: string): Promise<void> {
    this.fixProblem = undefined;
    try {
      const { id: _, createdAt: __, ...settings } = o.site;
      await api.saveSettings(this.site, { ...settings, origins: [...settings.origins, origin] });
      this.fixed = t('refused.added', { origin });
      void this.#overview.run();
    } catch (error) {
      this.fixProblem = error as ApiProblem;
    }
  }

  #checklist(o: Overview): TemplateResult {
    const steps = this.#steps(o);
    const required = steps.filter((s) => !s.optional);
    return html`<p id="progress">${t('progress', { done: required.filter((s) => s.done).length, total: required.length })}</p>
      <ol class="steps" aria-describedby="progress">
        ${steps.map(
          (step, i) => html`<li class=${step.done ? 'done' : ''}>
            <span class="mark" aria-hidden="true">${step.done ? '✓' : i + 1}</span>
            <span class="step-label"
              >${step.label}
              <span class="visually-hidden">(${step.done ? t('done') : step.optional ? t('optional') : t('todo')})</span>
              ${step.optional && !step.done ? html`<span class="muted" aria-hidden="true">· ${t('optional')}</span>` : nothing}</span
            >
            ${step.note || (!step.done && step.action)
              ? html`<span class="step-more">
                  ${step.note ? html`<span class="muted">${step.note}</span>` : nothing}
                  ${!step.done && step.action ? html`<a href=${href(this.site, step.action.screen)}>${step.action.label}</a>` : nothing}
                </span>`
              : nothing}
          </li>`,
        )}
      </ol>`;
  }

  protected override render(): TemplateResult {
    return html`<h1>${t('heading')}</h1>
      <p>${t('intro')}</p>
      <p class="success status" role="status">${this.fixed}</p>
      ${this.#overview.render({
        pending: () => html`<p role="status">${common('loading')}</p>`,
        error: (error) => problemBlock(error as ApiProblem, () => void this.#overview.run(), common('retry')),
        complete: (o) => html`${o.origins.refused.map(
            ({ origin }) => html`<div class="notice">
              <p>${t('refused', { origin })}</p>
              <button type="button" @click=${() => this.#register(o, origin)}>${t('refused.add', { origin })}</button>
            </div>`,
          )}
          ${problemBlock(this.fixProblem)}
          ${o.counts.swaps.awaiting
            ? html`<div class="notice">
                <p>${t('awaiting', { count: o.counts.swaps.awaiting })}</p>
                <a href=${href(this.site, 'swaps')}>${t('awaiting.do')}</a>
              </div>`
            : nothing}
          ${this.#checklist(o)}
          <h2>${t('signups')}</h2>
          <dl class="counts">
            <div><dt>${t('signups.confirmed')}</dt><dd>${o.counts.signups.confirmed}</dd></div>
            <div><dt>${t('signups.pending')}</dt><dd>${o.counts.signups.pending_confirmation}</dd></div>
            <div><dt>${t('signups.waitlisted')}</dt><dd>${o.counts.signups.waitlisted}</dd></div>
          </dl>`,
      })}`;
  }
}

customElements.define('salon-console-home', ConsoleHome);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-home': ConsoleHome;
  }
}
