// Form parts only the events screen has: a group of radio buttons and a server problem shown on
// its field without the field's name in front (the label already says which).
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApiProblem } from '../../api.js';
import { fieldProblem } from '../../parts.js';

/** The server's message for a field (`durationMinutes: …` → `…`), when it is about that field. */
export function serverProblem(problem: ApiProblem | undefined, name: string): string | undefined {
  const message = fieldProblem(problem, name);
  return message && problem?.field ? message.replace(new RegExp(`^${problem.field.replace(/\./g, '\\.')}: `), '') : message;
}

export interface RadiosOptions<V extends string> {
  name: string;
  legend: string;
  value: V;
  options: Array<[value: V, label: string]>;
  onChange: (value: V) => void;
}

/** A labelled group of radio buttons (arrow keys move between them, as in any radio group). */
export function radios<V extends string>(o: RadiosOptions<V>): TemplateResult {
  return html`<fieldset class="field radios">
    <legend>${o.legend}</legend>
    ${o.options.map(
      ([value, label]) => html`<label class="check"
        ><input
          type="radio"
          name=${o.name}
          id="${o.name}-${value}"
          value=${value}
          .checked=${live(value === o.value)}
          @change=${() => o.onChange(value)}
        />${label}</label
      >`,
    )}
  </fieldset>`;
}
