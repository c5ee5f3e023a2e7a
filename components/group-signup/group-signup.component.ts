import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { atom } from 'nanostores';
import { ANSWER_MAX } from '../../src/api/limits.js';
import type { FormField, Group } from '../../src/api/schemas.js';
import { SalonSignupErrorEvent } from '../../src/events/signup-error.js';
import { SalonSignupSubmitEvent } from '../../src/events/signup-submit.js';
import { SalonSignupSuccessEvent } from '../../src/events/signup-success.js';
import { checkField, textField } from '../../src/internal/fields.js';
import { SalonElement } from '../../src/internal/salon-element.js';
import english from '../../src/i18n/locales/en/signup.js';
import { controls } from '../../src/internal/controls.js';
import { theme } from '../../src/internal/theme.js';
import { StoreController } from '../../src/internal/store-controller.js';
import { $reader, forgetReader } from '../../src/stores/profile.js';
import { connectionQuery, type Query, type QueryState } from '../../src/stores/query.js';
import { answerName, readForm, signupParams, validate } from '../../src/stores/signup.js';
import { submission } from '../../src/stores/submission.js';
import styles from './group-signup.styles.js';

const resultKeys = {
  confirmed: 'signup.confirmed',
  pending_confirmation: 'signup.pending',
  waitlisted: 'signup.waitlisted',
} as const;

/**
 * A signup form for one of the author's groups — a mastermind, a readers' group or a
 * newsletter — with the questions the backend defines, consent, seats and a waitlist. It
 * validates as the reader goes, keeps a signup made offline and sends it when the reader is
 * back, and can remember the reader on this site if they agree.
 *
 * @tag salon-group-signup
 * @summary Signup form for an author's group, newsletter or mastermind.
 *
 * @slot heading - Replaces the group's name as the form's heading.
 * @slot success - Shown after a successful signup, below the confirmation text.
 *
 * @csspart form - The `<form>`.
 * @csspart field - Each field: a label with its control and message, or a fieldset.
 * @csspart label - Each field's label or legend.
 * @csspart input - Each text box, text area, select and checkbox.
 * @csspart button - The submit button and the secondary buttons ("Not you?", "Try again").
 * @csspart message - Field messages, the error alert and the status line.
 *
 * @cssprop --salon-accent - Submit button and checkbox colour.
 * @cssprop --salon-on-accent - Text on the submit button.
 * @cssprop --salon-border - Field borders.
 * @cssprop --salon-radius - Corner radius of fields and buttons.
 * @cssprop --salon-gap - Space between fields.
 * @cssprop --salon-muted - The seats line.
 * @cssprop --salon-danger - Invalid fields and error markers.
 * @cssprop --salon-success - The success line's marker.
 * @cssprop --salon-focus - Focus outline.
 * @cssprop --salon-signup-height - Height the form keeps while it loads (default 30em; 16em when compact), so the page does not jump.
 *
 * @fires {SalonSignupSubmitEvent} salon-signup-submit - A valid signup is about to be sent; cancelable (`preventDefault()` stops it). `detail`: the signup, without the honeypot.
 * @fires {SalonSignupSuccessEvent} salon-signup-success - The backend accepted the signup (also later, for one saved offline). `detail`: `{ status }`.
 * @fires {SalonSignupErrorEvent} salon-signup-error - The backend refused the signup or failed. `detail`: `{ error }` (a `SalonError`).
 */
export class SalonGroupSignup extends SalonElement {
  static override styles = [theme, controls, styles];

  static override properties: PropertyDeclarations = {
    group: {},
    compact: { type: Boolean, reflect: true },
    successMessage: { attribute: 'success-message' },
    summary: { state: true },
  };

  protected static override english = english;

  protected static override needs = 'group' as const;

  /** The group's id on the backend. */
  group = '';

  /** Email, consent, the group's required questions and the button, for sidebars and footers. */
  compact = false;

  /** Replaces the text shown when a signup is confirmed. */
  successMessage?: string;

  /** A long form's problems are listed above it after a failed submit (GOV.UK's error summary). */
  private summary = false;

  private get form() {
    return this.renderRoot.querySelector('form');
  }

  #query?: Query<Group>;
  readonly #group = new StoreController<QueryState<Group>>(this, atom({ loading: true }));
  readonly #reader = new StoreController(this, $reader);
  readonly #flow = submission('signup', {
    success: ({ status }) => this.dispatchEvent(new SalonSignupSuccessEvent({ status })),
    error: (error) => {
      this.dispatchEvent(new SalonSignupErrorEvent({ error }));
      this.#focusProblem();
    },
  });
  readonly #state = new StoreController(this, this.#flow.$state);
  /** Fields changed since they were last checked; each is checked when the reader leaves it. */
  readonly #touched = new Set<string>();
  #shownAt?: number;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flow.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#query = connectionQuery(this.connection, 'getGroup', (site) => ({ site, group: this.group }));
    this.#group.store = this.#query.$state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The minimum-fill check counts from when the reader could first see the form.
    if (this.form && this.#shownAt === undefined) this.#shownAt = performance.now();
  }

  /**
   * The group fields the form shows. The compact layout leaves out the optional ones only: a
   * required question it hid would be one the reader must answer and cannot see.
   */
  get #fields(): readonly FormField[] {
    const fields = this.#group.value.data?.fields ?? [];
    return this.compact ? fields.filter((field) => field.required) : fields;
  }

  #read() {
    return readForm(new FormData(this.form!), this.#fields);
  }

  /** The field name an event's control belongs to, as `validate()` names it. */
  #nameOf(event: Event): string | undefined {
    // Controls only: focus also leaves the error summary and its links.
    const name = (event.target as HTMLInputElement).name ?? '';
    return name.startsWith('answers.') ? name.slice('answers.'.length) : name || undefined;
  }

  #onInput(event: Event): void {
    const name = this.#nameOf(event);
    if (!name) return;
    this.#touched.add(name);
    // A field marked invalid is re-checked as the reader fixes it, so the message goes at once.
    if (this.#state.value.problems[name]) this.#check(name);
  }

  #onBlur(event: FocusEvent): void {
    const name = this.#nameOf(event);
    // Only a changed field: leaving one untouched keeps what the backend said about it.
    if (name && this.#touched.delete(name)) this.#check(name);
  }

  #check(name: string): void {
    this.#flow.check(name, validate(this.#read(), this.#fields)[name]);
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const group = this.#group.value.data;
    const connection = this.ready;
    if (!group || !connection || this.#state.value.phase === 'sending') return;
    this.#touched.clear();
    const form = this.#read();
    const problems = validate(form, this.#fields);
    if (Object.keys(problems).length) {
      this.#flow.reject(problems);
      this.#focusProblem();
      return;
    }
    const params = signupParams(form, group, {
      site: connection.site,
      source: location.href,
      elapsedMs: Math.round(performance.now() - (this.#shownAt ?? performance.now())),
      lang: this.locale,
    });
    const { honeypot: _secret, ...detail } = params;
    const submit = new SalonSignupSubmitEvent(detail);
    if (!this.dispatchEvent(submit)) return;
    const shown = ['email', 'consent', ...(this.compact ? [] : ['name', ...this.#fields.map((f) => f.name)])];
    this.summary = false;
    await this.#flow.submit(connection.backend, params, { remember: form.remember, shown });
    await this.updateComplete;
    // The form is gone once the signup is accepted or saved: keep the reader's place on the result.
    this.renderRoot.querySelector<HTMLElement>('.status:not(:empty)')?.focus();
  }

  /** After a failed submit: the error summary of a form with questions, else the first field to fix, else the alert. */
  #focusProblem(): void {
    this.summary = this.#fields.length > 0 && Object.keys(this.#flow.$state.get().problems).length > 0;
    this.focusProblem();
  }

  /** The id of a field's control (a group of checkboxes: its first box). */
  #idOf(name: string): string {
    const index = this.#fields.findIndex((field) => field.name === name);
    if (index < 0) return name;
    return this.#fields[index].type === 'checkboxes' ? `q${index}-0` : `q${index}`;
  }

  /** Each problem as a link to its field, worded with the field's label. */
  #summary(): TemplateResult | typeof nothing {
    const problems = Object.entries(this.#state.value.problems);
    if (!this.summary || !problems.length) return nothing;
    const labels: Record<string, string> = { email: this.t('form.email'), name: this.t('form.name') };
    for (const field of this.#fields) labels[field.name] = field.label;
    return html`<div class="summary" role="alert" part="message" tabindex="-1" aria-labelledby="summary">
      <h3 id="summary">${this.t('form.problems', { count: problems.length })}</h3>
      <ul>
        ${problems.map(([name, problem]) => {
          const id = this.#idOf(name);
          const text = this.problemText(problem);
          return html`<li>
            <a
              href="#${id}"
              @click=${(event: Event) => {
                event.preventDefault();
                this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
              }}
              >${labels[name] ? this.t('form.problem', { label: labels[name], problem: text }) : text}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #notYou(): void {
    forgetReader();
    this.#flow.check('email', undefined);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus());
  }

  /** aria-invalid, aria-describedby and the message element for one field. */
  #problem(name: string, id: string) {
    const problem = this.#state.value.problems[name];
    return {
      invalid: problem ? 'true' : 'false',
      describedBy: problem ? `${id}-message` : undefined,
      message: problem
        ? html`<p id="${id}-message" class="problem" part="message">${this.problemText(problem)}</p>`
        : nothing,
    };
  }

  #textField(
    name: string,
    id: string,
    label: string,
    options: { type?: string; autocomplete?: string; required?: boolean; value?: string; maxlength?: number } = {},
  ): TemplateResult {
    return textField({
      id,
      name: id === name ? name : `answers.${name}`,
      label: this.#label(label, options.required),
      ...options,
      ...this.#problemOf(name),
    });
  }

  /** `{ problem }`, worded, when the field has one: for the shared field parts. */
  #problemOf(name: string): { problem?: string } {
    const problem = this.#state.value.problems[name];
    return problem ? { problem: this.problemText(problem) } : {};
  }

  /** A field's label: optional fields say so (GOV.UK's way), required ones need no mark to explain. */
  #label(label: string, required = false): string {
    return required ? label : this.t('form.optional', { label });
  }

  #groupField(field: FormField, index: number): TemplateResult {
    const id = `q${index}`;
    const name = answerName(field);
    if (field.type === 'text' || field.type === 'email') {
      // An email question takes an email's length (textField's default), a text one an answer's.
      return this.#textField(field.name, id, field.label, { type: field.type, required: field.required, maxlength: field.type === 'text' ? ANSWER_MAX : undefined });
    }
    const { invalid, describedBy, message } = this.#problem(field.name, id);
    const label = this.#label(field.label, field.required);
    if (field.type === 'checkboxes') {
      return html`<fieldset class="field" part="field">
        <legend part="label">${label}</legend>
        ${field.options.map(
          (option, i) => html`<label class="check"
            ><input
              type="checkbox"
              part="input"
              id="${id}-${i}"
              name=${name}
              value=${option.value}
              aria-invalid=${invalid}
              aria-describedby=${describedBy ?? nothing}
            />${option.label}</label
          >`,
        )}
        ${message}
      </fieldset>`;
    }
    const control =
      field.type === 'textarea'
        ? html`<textarea
            id=${id}
            class="text"
            part="input"
            name=${name}
            maxlength=${ANSWER_MAX}
            ?required=${field.required}
            aria-invalid=${invalid}
            aria-describedby=${describedBy ?? nothing}
          ></textarea>`
        : html`<select
            id=${id}
            class="text"
            part="input"
            name=${name}
            ?required=${field.required}
            aria-invalid=${invalid}
            aria-describedby=${describedBy ?? nothing}
          >
            <option value=""></option>
            ${field.options.map((option) => html`<option value=${option.value}>${option.label}</option>`)}
          </select>`;
    return html`<div class="field" part="field">
      <label for=${id} part="label">${label}</label>
      ${control} ${message}
    </div>`;
  }

  #statusText(group: Group): string {
    const { phase, result } = this.#state.value;
    const status = result?.status;
    if (phase === 'queued') return this.t('queued');
    if (phase !== 'done' || !status) return '';
    if (status === 'confirmed' && this.successMessage) return this.successMessage;
    return this.t(resultKeys[status], { group: group.name });
  }

  #form(group: Group): TemplateResult {
    const { phase } = this.#state.value;
    const reader = this.#reader.value;
    const full = group.seatsLeft === 0;
    const sending = phase === 'sending';
    return html`<form
      part="form"
      novalidate
      @submit=${this.#onSubmit}
      @input=${this.#onInput}
      @change=${this.#onInput}
      @focusout=${this.#onBlur}
    >
      ${this.#summary()}
      ${reader
        ? html`<p class="reader">
            ${this.t('signup.welcomeBack', { name: reader.name || reader.email })}
            <button type="button" part="button" @click=${this.#notYou}>${this.t('signup.notYou')}</button>
          </p>`
        : nothing}
      ${this.#textField('email', 'email', this.t('form.email'), {
        type: 'email',
        autocomplete: 'email',
        required: true,
        value: reader?.email,
      })}
      ${this.compact
        ? nothing
        : this.#textField('name', 'name', this.t('form.name'), { autocomplete: 'name', value: reader?.name })}
      ${this.#fields.map((field, index) => this.#groupField(field, index))}
      ${checkField({ id: 'consent', name: 'consent', label: group.consent.text, required: true, ...this.#problemOf('consent') })}
      ${this.compact ? nothing : checkField({ id: 'remember', name: 'remember', label: this.t('form.remember') })}
      <div class="trap" aria-hidden="true">
        <label for="website">${this.t('signup.honeypot')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      ${this.formProblem(this.#state.value)}
      <button type="submit" part="button" ?disabled=${sending} aria-busy=${sending ? 'true' : 'false'}>
        ${sending ? this.t('form.sending') : this.t(full ? 'form.waitlist' : 'signup.submit')}
      </button>
    </form>`;
  }

  protected override render(): TemplateResult {
    const { data: group, error, loading } = this.#group.value;
    if (!group) {
      if (error) return this.failure(error, 'signup.unset', () => this.#query?.refresh(), loading);
      return html`<p role="status" class="loading">${this.t('loading')}</p>`;
    }
    const { phase } = this.#state.value;
    const finished = phase === 'done' || phase === 'queued';
    return html`<slot name="heading"><h2>${group.name}</h2></slot>
      ${this.compact || finished ? nothing : html`<p class="description">${group.description}</p>`}
      ${group.seatsLeft === null || finished
        ? nothing
        : html`<p class="seats">
            ${group.seatsLeft === 0 ? this.t('signup.full') : this.t('seatsLeft', { count: group.seatsLeft })}
          </p>`}
      ${finished ? nothing : this.#form(group)}
      <p role="status" class="status" part="message" tabindex="-1">${this.#statusText(group) || nothing}</p>
      ${phase === 'done' ? html`<slot name="success"></slot>` : nothing}`;
  }
}
