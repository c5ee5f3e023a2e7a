import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiProblem } from '../../api.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { field } from '../../parts.js';
import { api } from '../../session.js';
import { messages } from './messages.js';

const t = translator(messages);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The link's token, from `?sign-in=…` (the emailed link opens the console with it). */
const linkToken = (): string | null => new URLSearchParams(location.search).get('sign-in');

/**
 * Signing in without a password: the author asks for a link by email; the link opens the console,
 * which signs them in when they press the button (a mail scanner that opens links does not use
 * it up).
 *
 * @fires salon-console-signed-in - The session cookie is set.
 */
export class ConsoleSignIn extends ConsoleElement {
  static override properties: PropertyDeclarations = {
    email: { state: true },
    phase: { state: true },
    invalid: { state: true },
    linkFailed: { state: true },
    problem: { state: true },
  };

  private email = '';
  private phase: 'form' | 'sending' | 'sent' | 'link' | 'checking' = linkToken() ? 'link' : 'form';
  private invalid = false;
  private linkFailed = false;
  private problem?: ApiProblem;

  async #send(e: Event): Promise<void> {
    e.preventDefault();
    this.invalid = !EMAIL.test(this.email.trim());
    if (this.invalid) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus();
      return;
    }
    this.phase = 'sending';
    this.problem = undefined;
    try {
      await api.requestLink(this.email.trim(), this.language);
      this.phase = 'sent';
    } catch (error) {
      this.problem = error as ApiProblem;
      this.phase = 'form';
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role=status], [role=alert]')?.focus();
  }

  async #useLink(): Promise<void> {
    this.phase = 'checking';
    const ok = await api.verifyLink(linkToken() ?? '');
    // The token is spent either way: keep it out of the address bar and history.
    const url = new URL(location.href);
    url.searchParams.delete('sign-in');
    history.replaceState(history.state, '', url);
    if (ok) {
      this.dispatchEvent(new CustomEvent('salon-console-signed-in', { bubbles: true, composed: true }));
      return;
    }
    this.linkFailed = true;
    this.phase = 'form';
  }

  #form(): TemplateResult {
    const sending = this.phase === 'sending';
    return html`<form novalidate @submit=${this.#send}>
      ${field({
        id: 'email',
        label: t('email'),
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
        required: true,
        value: this.email,
        problem: this.invalid ? t('email.invalid') : undefined,
        onInput: (value) => {
          this.email = value;
          if (this.invalid) this.invalid = !EMAIL.test(value.trim());
        },
      })}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${sending} aria-busy=${sending ? 'true' : 'false'}>${sending ? t('sending') : t('send')}</button>
      </div>
    </form>`;
  }

  protected override render(): TemplateResult {
    if (this.phase === 'link' || this.phase === 'checking') {
      return html`<h1>${t('link.heading')}</h1>
        <button class="primary" type="button" ?disabled=${this.phase === 'checking'} @click=${this.#useLink}>${this.phase === 'checking' ? t('link.checking') : t('link.button')}</button>`;
    }
    if (this.phase === 'sent') {
      return html`<h1>${t('heading')}</h1>
        <div class="success" role="status" tabindex="-1">
          <p>${t('sent', { email: this.email.trim() })}</p>
          <p class="hint">${t('sent.hint')}</p>
        </div>
        <button type="button" class="link" @click=${() => (this.phase = 'form')}>${t('another')}</button>`;
    }
    return html`<h1>${t('heading')}</h1>
      ${this.linkFailed ? html`<p class="notice">${t('link.failed')}</p>` : nothing}
      <p>${t('intro')}</p>
      ${this.problem ? html`<div role="alert" tabindex="-1"><p>${t('failed', { message: this.problem.message })}</p></div>` : nothing}
      ${this.#form()}`;
  }
}

customElements.define('salon-console-sign-in', ConsoleSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-sign-in': ConsoleSignIn;
  }
  interface GlobalEventHandlersEventMap {
    'salon-console-signed-in': CustomEvent<void>;
  }
}
