import { html, nothing, type TemplateResult } from 'lit';
import { EMAIL_MAX, NAME_MAX } from '../api/limits.js';

export interface TextFieldOptions {
  /** The control's id (its message's is `<id>-message`). */
  id: string;
  name: string;
  /** The label as shown; as GOV.UK does, an optional field's says so and a required one's carries no mark. */
  label: string;
  type?: string;
  autocomplete?: string;
  required?: boolean;
  value?: string;
  /** The most characters the backend takes (`api/limits.ts`); by default an email's, else a name's. */
  maxlength?: number;
  /** The field's problem, worded; marks the field invalid and describes it. */
  problem?: string;
}

/**
 * A labelled text box as every Salon form draws it (see `controls.ts`): a real `<label>`, an
 * `autocomplete` token, and a problem tied to the control by `aria-invalid` and `aria-describedby`.
 */
export const textField = ({
  id,
  name,
  label,
  type = 'text',
  autocomplete = 'on',
  required = false,
  value,
  maxlength = type === 'email' ? EMAIL_MAX : NAME_MAX,
  problem,
}: TextFieldOptions): TemplateResult =>
  html`<div class="field" part="field">
    <label for=${id} part="label">${label}</label>
    <input
      id=${id}
      class="text"
      part="input"
      name=${name}
      type=${type}
      autocomplete=${autocomplete}
      maxlength=${maxlength}
      ?required=${required}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${problem ? `${id}-message` : nothing}
      .value=${value ?? ''}
    />
    ${problem ? html`<p id="${id}-message" class="problem" part="message">${problem}</p>` : nothing}
  </div>`;

export interface CheckFieldOptions {
  /** The checkbox's id (its message's is `<id>-message`). */
  id: string;
  name: string;
  /** The text beside the box (a consent text, "Remember me"). */
  label: string;
  required?: boolean;
  /** The field's problem, worded; marks the box invalid and describes it. */
  problem?: string;
}

/** A checkbox inside its label, as every Salon form draws one (consent, "Remember me"), its problem tied as `textField`'s. */
export const checkField = ({ id, name, label, required = false, problem }: CheckFieldOptions): TemplateResult =>
  html`<div class="field" part="field">
    <label class="check" part="label"
      ><input
        type="checkbox"
        id=${id}
        name=${name}
        part="input"
        ?required=${required}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-message` : nothing}
      />${label}</label
    >
    ${problem ? html`<p id="${id}-message" class="problem" part="message">${problem}</p>` : nothing}
  </div>`;
