import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ConsoleElement } from './element.js';

/**
 * A modal question before something that cannot be undone (revoking a token, removing a reader):
 * a real `<dialog>`, so focus is held inside, Escape cancels, and focus returns to the button
 * that asked. One per screen: `await this.confirm.ask(question, yes, no)`.
 */
export class ConsoleConfirm extends ConsoleElement {
  static override properties: PropertyDeclarations = {
    question: { state: true },
    yes: { state: true },
    no: { state: true },
  };

  private question = '';
  private yes = '';
  private no = '';
  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }
  #answer?: (yes: boolean) => void;

  async ask(question: string, yes: string, no: string): Promise<boolean> {
    this.#answer?.(false);
    Object.assign(this, { question, yes, no });
    await this.updateComplete;
    this.dialog.showModal();
    return new Promise((resolve) => (this.#answer = resolve));
  }

  #close(yes: boolean): void {
    this.dialog.close();
    this.#answer?.(yes);
    this.#answer = undefined;
  }

  protected override render(): TemplateResult {
    return html`<dialog aria-labelledby="question" @cancel=${() => this.#answer?.(false)}>
      ${this.question
        ? html`<p id="question">${this.question}</p>
            <div class="actions">
              <button type="button" class="primary danger-fill" @click=${() => this.#close(true)}>${this.yes}</button>
              <button type="button" autofocus @click=${() => this.#close(false)}>${this.no}</button>
            </div>`
        : nothing}
    </dialog>`;
  }
}

customElements.define('salon-console-confirm', ConsoleConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-confirm': ConsoleConfirm;
  }
}
