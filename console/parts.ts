// One way to draw each piece of a console form or screen: fields with their label, hint and
// problem tied to the control; an error block; the status line that reports a save.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { besideField } from '../src/api/errors.js';
import type { ApiProblem } from './api.js';
import { common, problemCodes } from './common.js';

export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  type?: string;
  hint?: string;
  problem?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: string;
  placeholder?: string;
  /** A textarea instead of a single line. */
  multiline?: boolean;
  onInput: (value: string) => void;
}

/** A labelled text control; its hint and problem are read with it (`aria-describedby`). */
export function field(o: FieldOptions): TemplateResult {
  const described = [o.hint ? `${o.id}-hint` : '', o.problem ? `${o.id}-problem` : ''].filter(Boolean).join(' ') || nothing;
  const input = (e: Event) => o.onInput((e.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${o.multiline
      ? html`<textarea id=${o.id} name=${o.id} .value=${live(o.value)} ?required=${o.required} aria-invalid=${o.problem ? 'true' : 'false'} aria-describedby=${described} @input=${input}></textarea>`
      : html`<input
          id=${o.id}
          name=${o.id}
          type=${o.type ?? 'text'}
          .value=${live(o.value)}
          ?required=${o.required}
          autocomplete=${o.autocomplete ?? 'off'}
          inputmode=${o.inputmode ?? nothing}
          placeholder=${o.placeholder ?? nothing}
          aria-invalid=${o.problem ? 'true' : 'false'}
          aria-describedby=${described}
          @input=${input}
        />`}
    ${o.problem ? html`<p class="problem" id="${o.id}-problem">${o.problem}</p>` : nothing}
  </div>`;
}

export interface SelectOptions {
  id: string;
  label: string;
  value: string;
  options: Array<[value: string, label: string]>;
  hint?: string;
  onChange: (value: string) => void;
}

export function select(o: SelectOptions): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    <select id=${o.id} name=${o.id} aria-describedby=${o.hint ? `${o.id}-hint` : nothing} @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      ${o.options.map(([value, label]) => html`<option value=${value} .selected=${live(value === o.value)}>${label}</option>`)}
    </select>
  </div>`;
}

export function checkbox(o: { id: string; label: string; checked: boolean; hint?: string; onChange: (checked: boolean) => void }): TemplateResult {
  return html`<div class="field">
    <label class="check"
      ><input
        type="checkbox"
        id=${o.id}
        name=${o.id}
        .checked=${live(o.checked)}
        aria-describedby=${o.hint ? `${o.id}-hint` : nothing}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />${o.label}</label
    >
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
  </div>`;
}

/** A failure to show: the server's own sentence (already specific), in an alert. */
export const problemBlock = (problem: ApiProblem | undefined, retry?: () => void, retryLabel = 'Try again'): TemplateResult | typeof nothing =>
  problem
    ? html`<div role="alert">
        <p>${problem.message}</p>
        ${retry ? html`<button type="button" @click=${retry}>${retryLabel}</button>` : nothing}
      </div>`
    : nothing;

/**
 * The problem for one field from a server's answer (`field` may be `origins.1` for the second
 * address), when it names this field or one of its items: worded in the author's language when
 * the console knows its code, else the server's message without the field's name it starts with.
 */
export function fieldProblem(problem: ApiProblem | undefined, name: string): string | undefined {
  const { field, code, message } = problem ?? {};
  if (!field || !message || (field !== name && !field.startsWith(`${name}.`))) return undefined;
  const known = problemCodes.find((c) => c === code);
  if (known) return common(`problem.${known}`);
  return besideField(field, message);
}

/** Moves focus to the first invalid control in a root, after a render. */
export function focusFirstInvalid(root: ParentNode): void {
  root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
