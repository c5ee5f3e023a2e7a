import { Task } from '@lit/task';
import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AdminGroup, ApiProblem, Signup, SignupStatus } from '../../api.js';
import { common } from '../../common.js';
import type { ConsoleConfirm } from '../../confirm.js';
import '../../confirm.js';
import { ConsoleElement } from '../../element.js';
import { formatDateTime, translator } from '../../i18n.js';
import { problemBlock, select } from '../../parts.js';
import { href } from '../../router.js';
import { api } from '../../session.js';
import { messages } from './messages.js';

const t = translator(messages);

export const STATUSES: SignupStatus[] = ['pending_confirmation', 'confirmed', 'waitlisted'];

/** A page address a reader signed up on, as a link only when it is a web address. */
const page = (source: string): TemplateResult | string =>
  /^https?:\/\//i.test(source) ? html`<a href=${source} rel="noopener noreferrer" target="_blank">${source}</a>` : source || t('source.unknown');

/**
 * Who signed up to one group: each reader's answers and their proof of consent (the text and
 * version they agreed to, when, and on which page), the list swap that brought them if any;
 * filtered by status; the CSV download; and removing a reader who asks to be forgotten.
 *
 * @fires salon-console-signups-changed - A reader was removed (the group's counts changed).
 */
export class ConsoleGroupSignups extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      .filter {
        max-width: 24rem;
        margin: 1rem 0;
      }
      ul.signups {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 1rem;
        max-width: 48rem;
      }
      .signup h3 {
        margin-top: 0;
        overflow-wrap: anywhere;
      }
      .signup h4 {
        margin: 1rem 0 0.25rem;
        font-size: 1rem;
      }
      dl.facts {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
        gap: 0.25rem 1rem;
        margin: 0.5rem 0;
      }
      dl.facts dt {
        max-width: 16rem;
        overflow-wrap: anywhere;
        font-weight: 600;
        color: var(--muted);
      }
      dl.facts dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      blockquote {
        margin: 0 0 0.5rem;
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid var(--line);
        background: var(--canvas);
        white-space: pre-line;
      }
      .proof,
      .name {
        overflow-wrap: anywhere;
      }
      @container (max-width: 30rem) {
        dl.facts {
          grid-template-columns: minmax(0, 1fr);
        }
        dl.facts dd {
          margin-bottom: 0.4rem;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    group: { attribute: false },
    filter: { state: true },
    status: { state: true },
    problem: { state: true },
  };

  /** The group whose signups these are. */
  group!: AdminGroup;

  private filter: SignupStatus | '' = '';
  private status = '';
  private problem?: ApiProblem;
  private get confirm(): ConsoleConfirm {
    return this.renderRoot.querySelector('salon-console-confirm')!;
  }

  readonly #signups = new Task(this, {
    task: async ([site, group, status], { signal }) => {
      const { signups } = await api.signups(site, { group, status: status || undefined }, signal);
      // Partners' names for the signups a list swap brought; without them, the swap is still said.
      const partners = new Map<string, string>();
      if (signups.some((s) => s.swap)) {
        const swaps = await api.swaps(site, signal).catch(() => ({ swaps: [] }));
        for (const swap of swaps.swaps) partners.set(swap.id, swap.partner);
      }
      return { signups, partners };
    },
    args: () => [this.site, this.group.id, this.filter] as const,
  });

  async #remove(signup: Signup): Promise<void> {
    this.problem = undefined;
    const yes = await this.confirm.ask(t('remove.confirm', { email: signup.email, group: this.group.name }), t('remove.yes'), common('cancel'));
    if (!yes) return;
    try {
      await api.removeSignup(this.site, signup.id);
      this.status = t('removed', { email: signup.email });
      this.dispatchEvent(new CustomEvent('salon-console-signups-changed', { bubbles: true, composed: true }));
      await this.#signups.run();
      await this.updateComplete;
      // The button is gone with its reader: focus goes to the list's heading.
      this.renderRoot.querySelector<HTMLElement>('#readers')?.focus();
    } catch (error) {
      this.problem = error as ApiProblem;
    }
  }

  /** The reader's answers, by the group's questions (choices by their labels), in the form's order. */
  #answers(signup: Signup): Array<[label: string, answer: string]> {
    const fields = this.group.fields;
    const label = (name: string, value: string) => fields.find((f) => f.name === name)?.options.find((o) => o.value === value)?.label ?? value;
    const names = [...fields.map((f) => f.name), ...Object.keys(signup.answers).filter((name) => !fields.some((f) => f.name === name))];
    return names.flatMap((name) => {
      const answer = signup.answers[name];
      if (answer === undefined || answer.length === 0) return [];
      const text = (Array.isArray(answer) ? answer : [answer]).map((value) => label(name, value)).join(', ');
      return [[fields.find((f) => f.name === name)?.label ?? name, text]];
    });
  }

  #signup(s: Signup, partners: Map<string, string>): TemplateResult {
    return html`<li class="card signup">
      <h3>${s.email}</h3>
      <dl class="facts">
        ${s.name ? html`<dt>${t('signup.name')}</dt><dd class="name">${s.name}</dd>` : nothing}
        <dt>${t('signup.status')}</dt>
        <dd><span class="badge">${t(`status.${s.status}`)}</span></dd>
        <dt>${t('signup.date')}</dt>
        <dd>${formatDateTime(s.createdAt)}</dd>
        ${s.confirmedAt ? html`<dt>${t('signup.confirmed')}</dt><dd>${formatDateTime(s.confirmedAt)}</dd>` : nothing}
        ${this.#answers(s).map(([label, answer]) => html`<dt>${label}</dt><dd>${answer}</dd>`)}
        ${s.swap
          ? html`<dt>${t('signup.swap')}</dt>
              <dd>
                ${partners.has(s.swap) ? t('signup.swap.with', { partner: partners.get(s.swap)! }) : t('signup.swap.some')}
                · <a href=${href(this.site, 'swaps')}>${t('signup.swap.see')}</a>
              </dd>`
          : nothing}
      </dl>
      <h4>${t('proof')}</h4>
      <blockquote>${s.consent.text}</blockquote>
      <p class="proof muted">${t('proof.detail', { version: s.consent.version, when: formatDateTime(s.consent.at) })} ${page(s.source)}</p>
      <div class="actions">
        <button type="button" class="danger" @click=${() => this.#remove(s)}>
          ${t('remove')}<span class="visually-hidden"> (${s.email})</span>
        </button>
      </div>
    </li>`;
  }

  #list({ signups, partners }: { signups: Signup[]; partners: Map<string, string> }): TemplateResult {
    if (signups.length === 0) {
      return html`<h2 id="readers" tabindex="-1">${this.filter ? t('signups.none.status') : t('signups.none')}</h2>
        ${this.filter
          ? nothing
          : html`<p>${t('signups.none.intro')}</p>
              <p><a href=${href(this.site, 'embed')}>${t('signups.none.embed')}</a></p>`}`;
    }
    return html`<h2 id="readers" tabindex="-1">${t('readers', { count: signups.length })}</h2>
      <ul class="signups">
        ${signups.map((s) => this.#signup(s, partners))}
      </ul>`;
  }

  protected override render(): TemplateResult {
    const counts = this.group.signups;
    const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
    return html`<p>${t('signups.intro')}</p>
      <div class="actions">
        <a class="button" href=${api.csvUrl(this.site, 'signups', { group: this.group.id })} download>${t('csv')}</a>
        <a href=${href(this.site, 'groups', this.group.id, 'edit')}>${t('edit.this')}</a>
      </div>
      <div class="filter">
        ${select({
          id: 'filter',
          label: t('filter'),
          value: this.filter,
          options: [['', t('filter.all', { count: total })], ...STATUSES.map((s): [string, string] => [s, t(`filter.${s}`, { count: counts[s] })])],
          onChange: (value) => (this.filter = value as SignupStatus | ''),
        })}
      </div>
      <p class="success status" role="status">${this.status}</p>
      ${problemBlock(this.problem)}
      ${this.#signups.render({
        pending: () => html`<p role="status">${common('loading')}</p>`,
        error: (error) => problemBlock(error as ApiProblem, () => void this.#signups.run(), common('retry')),
        complete: (result) => this.#list(result),
      })}
      <salon-console-confirm></salon-console-confirm>`;
  }
}

customElements.define('salon-console-group-signups', ConsoleGroupSignups);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-group-signups': ConsoleGroupSignups;
  }
  interface GlobalEventHandlersEventMap {
    'salon-console-signups-changed': Event;
  }
}
