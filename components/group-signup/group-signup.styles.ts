import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  p {
    margin: 0 0 var(--_gap);
  }
  .seats {
    color: var(--_muted);
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
  .required::after {
    content: ' *';
    color: var(--_danger);
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
  textarea.text {
    min-height: 6em;
    resize: vertical;
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
  .check input[aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 1px;
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
  .reader {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
  }
  .status:not(:empty) {
    margin-top: var(--_gap);
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_success);
  }
  .status:focus {
    outline: none;
  }
  /* The honeypot: off screen, out of the tab order and hidden from assistive technology. */
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
