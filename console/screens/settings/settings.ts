import { Task } from '@lit/task';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiProblem, Owner, Site, Token } from '../../api.js';
import { common, copyText } from '../../common.js';
import type { ConsoleConfirm } from '../../confirm.js';
import '../../confirm.js';
import { ConsoleElement } from '../../element.js';
import { formatDateTime, translator } from '../../i18n.js';
import { field, fieldProblem, problemBlock } from '../../parts.js';
import { $session, api, refreshSession } from '../../session.js';
import type { SiteDraft } from '../../site-form/site-form.js';
import '../../site-form/site-form.js';
import { messages } from './messages.js';

const t = translator(messages);

/**
 * A site's settings: its names, website addresses, language and directory listing; its owners;
 * and the API tokens scripts use.
 */
export class ConsoleSettings extends ConsoleElement {
  static override properties: PropertyDeclarations = {
    saving: { state: true },
    saveProblem: { state: true },
    status: { state: true },
    ownerEmail: { state: true },
    ownerProblem: { state: true },
    tokenName: { state: true },
    tokenProblem: { state: true },
    made: { state: true },
    copied: { state: true },
  };

  private saving = false;
  private saveProblem?: ApiProblem;
  private status = '';
  private ownerEmail = '';
  private ownerProblem?: ApiProblem;
  private tokenName = '';
  private tokenProblem?: ApiProblem;
  private made?: Token & { token: string };
  private copied = '';
  private get confirm(): ConsoleConfirm {
    return this.renderRoot.querySelector('salon-console-confirm')!;
  }

  readonly #settings = new Task(this, {
    task: async ([site], { signal }): Promise<SiteDraft & Site> => api.settings(site, signal),
    args: () => [this.site] as const,
  });

  /** Owners and tokens: loaded apart, so changing them never resets a half-edited settings form. */
  readonly #data = new Task(this, {
    task: async ([site], { signal }) => {
      const [owners, tokens] = await Promise.all([api.owners(site, signal), api.tokens(site, signal)]);
      return { owners: owners.owners, tokens: tokens.tokens };
    },
    args: () => [this.site] as const,
  });

  async #save(e: CustomEvent<SiteDraft>): Promise<void> {
    this.saving = true;
    this.saveProblem = undefined;
    this.status = '';
    try {
      const { id: _, ...settings } = e.detail;
      await api.saveSettings(this.site, settings);
      this.status = t('saved');
      // The site's name shows in the header's site list.
      await refreshSession();
    } catch (error) {
      this.saveProblem = error as ApiProblem;
    } finally {
      this.saving = false;
    }
  }

  async #addOwner(e: Event): Promise<void> {
    e.preventDefault();
    this.ownerProblem = undefined;
    try {
      const { email } = await api.addOwner(this.site, this.ownerEmail.trim(), this.language);
      this.status = t('owners.added', { email });
      this.ownerEmail = '';
      void this.#data.run();
    } catch (error) {
      this.ownerProblem = error as ApiProblem;
    }
  }

  async #removeOwner(owner: Owner): Promise<void> {
    if (!(await this.confirm.ask(`${t('owners.remove', { email: owner.email })}?`, t('owners.remove', { email: owner.email }), common('cancel')))) return;
    try {
      await api.removeOwner(this.site, owner.email);
      void this.#data.run();
    } catch (error) {
      this.ownerProblem = error as ApiProblem;
    }
  }

  async #createToken(e: Event): Promise<void> {
    e.preventDefault();
    this.tokenProblem = undefined;
    this.copied = '';
    try {
      this.made = await api.createToken(this.site, this.tokenName.trim());
      this.tokenName = '';
      void this.#data.run();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.made')?.focus();
    } catch (error) {
      this.tokenProblem = error as ApiProblem;
    }
  }

  async #revoke(token: Token): Promise<void> {
    if (!(await this.confirm.ask(t('tokens.revoke.confirm', { name: token.name }), t('tokens.revoke', { name: token.name }), common('cancel')))) return;
    try {
      await api.revokeToken(this.site, token.id);
      if (this.made?.id === token.id) this.made = undefined;
      this.status = t('tokens.revoked', { name: token.name });
      void this.#data.run();
    } catch (error) {
      this.tokenProblem = error as ApiProblem;
    }
  }

  #owners(owners: Owner[]): TemplateResult {
    const me = $session.get();
    const email = me.state === 'signed-in' ? me.me.email : '';
    return html`<section aria-labelledby="owners">
      <h2 id="owners">${t('owners')}</h2>
      <p>${t('owners.intro')}</p>
      <ul>
        ${owners.map(
          (o) => html`<li>
            <strong>${o.email}</strong> ${o.email === email ? t('owners.you') : nothing}
            <span class="muted">· ${t('owners.by', { by: o.addedBy })}</span>
            ${owners.length > 1 ? html`<button type="button" class="link" @click=${() => this.#removeOwner(o)}>${t('owners.remove', { email: o.email })}</button>` : nothing}
          </li>`,
        )}
      </ul>
      <form novalidate @submit=${this.#addOwner}>
        ${field({
          id: 'owner-email',
          label: t('owners.email'),
          type: 'email',
          autocomplete: 'off',
          value: this.ownerEmail,
          problem: fieldProblem(this.ownerProblem, 'email'),
          onInput: (value) => (this.ownerEmail = value),
        })}
        ${this.ownerProblem && this.ownerProblem.field !== 'email' ? problemBlock(this.ownerProblem) : nothing}
        <div class="actions"><button type="submit">${t('owners.add')}</button></div>
      </form>
    </section>`;
  }

  #tokens(tokens: Token[]): TemplateResult {
    return html`<section aria-labelledby="tokens">
      <h2 id="tokens">${t('tokens')}</h2>
      <p>${t('tokens.intro')}</p>
      ${this.made
        ? html`<div class="success made" tabindex="-1">
            <p>${t('tokens.created')}</p>
            <pre class="token">${this.made.token}</pre>
            <div class="actions">
              <button type="button" @click=${async () => (this.copied = await copyText(this.made!.token, this.renderRoot.querySelector('pre.token')))}>${t('tokens.copy')}</button>
              <span role="status">${this.copied === 'copied' ? common('copied') : this.copied ? common('selected') : ''}</span>
            </div>
          </div>`
        : nothing}
      ${tokens.length === 0
        ? html`<p class="muted">${t('tokens.none')}</p>`
        : html`<ul>
            ${tokens.map(
              (token) => html`<li>
                <strong>${token.name}</strong>
                <span class="muted"
                  >· ${t('tokens.made', { when: formatDateTime(token.createdAt, { dateStyle: 'medium' }), by: token.createdBy })} ·
                  ${token.lastUsedAt ? t('tokens.used', { when: formatDateTime(token.lastUsedAt) }) : t('tokens.unused')}</span
                >
                <button type="button" class="link" @click=${() => this.#revoke(token)}>${t('tokens.revoke', { name: token.name })}</button>
              </li>`,
            )}
          </ul>`}
      <form novalidate @submit=${this.#createToken}>
        ${field({
          id: 'token-name',
          label: t('tokens.name'),
          hint: t('tokens.name.hint'),
          value: this.tokenName,
          problem: fieldProblem(this.tokenProblem, 'name'),
          onInput: (value) => (this.tokenName = value),
        })}
        ${this.tokenProblem && this.tokenProblem.field !== 'name' ? problemBlock(this.tokenProblem) : nothing}
        <div class="actions"><button type="submit">${t('tokens.create')}</button></div>
      </form>
    </section>`;
  }

  protected override render(): TemplateResult {
    return html`<h1>${t('heading')}</h1>
      <p class="success status" role="status">${this.status}</p>
      ${this.#settings.render({
        pending: () => html`<p role="status">${common('loading')}</p>`,
        error: (error) => problemBlock(error as ApiProblem, () => void this.#settings.run(), common('retry')),
        complete: (settings) => html`<section aria-labelledby="site">
          <h2 id="site">${t('site')}</h2>
          <salon-console-site-form
            with-directory
            .value=${settings}
            .problem=${this.saveProblem}
            .busy=${this.saving}
            .submitLabel=${this.saving ? t('saving') : t('save')}
            @salon-console-save=${this.#save}
          ></salon-console-site-form>
        </section>`,
      })}
      ${this.#data.render({
        error: (error) => problemBlock(error as ApiProblem, () => void this.#data.run(), common('retry')),
        complete: ({ owners, tokens }) => html`${this.#owners(owners)} ${this.#tokens(tokens)}`,
      })}
      <salon-console-confirm></salon-console-confirm>`;
  }
}

customElements.define('salon-console-settings', ConsoleSettings);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-settings': ConsoleSettings;
  }
}
