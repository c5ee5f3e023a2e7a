import { css } from 'lit';

/**
 * Forms and buttons as every Salon widget draws them: fields (`.text`), checkboxes in their
 * label (`.check`), 44 px touch targets, the accent submit button, field problems (`.problem`),
 * alerts and the result line (`.status`). Widgets add their own layout on top.
 */
export const controls = css`
  :host {
    container-type: inline-size;
  }
  p {
    margin: 0 0 var(--_gap);
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  .text {
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    background: transparent;
  }
  select.text option {
    color: initial;
  }
  .text[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: 44px;
    padding-block: 0.5em;
    font-weight: normal;
    cursor: pointer;
  }
  .check input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
  }
  [part~='message'] {
    margin: 0;
    font-size: 0.9375em;
  }
  .problem::before,
  [role='alert']::before {
    content: '⚠ ';
    color: var(--_danger);
  }
  [role='alert'] {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_danger);
  }
  button {
    min-height: 44px;
    padding: 0.5em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  button[type='submit'] {
    width: 100%;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  @container (min-width: 30em) {
    button[type='submit'] {
      justify-self: start;
      width: auto;
    }
  }
  .status:not(:empty) {
    margin-top: var(--_gap);
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_success);
  }
  .status:focus {
    outline: none;
  }
`;
