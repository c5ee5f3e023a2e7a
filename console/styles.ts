import { css } from 'lit';

/**
 * How every console screen looks: the system font, the page's colours (light or dark, as the
 * author's system says), 44 px touch targets, visible focus, forms in one column that widen on
 * larger screens, and tables that become stacked cards on a phone (`.rows`). Screens add only
 * their own layout.
 */
export const consoleStyles = css`
  :host {
    display: block;
    /* Layouts follow the room a screen has, not the window: the same in a phone and in a column. */
    container-type: inline-size;
    --accent: #2449b3;
    --on-accent: #fff;
    --danger: #a4221a;
    --success: #1d6b36;
    --warning: #7a4d00;
    --border: #767676;
    --line: #d6d3cc;
    --muted: #55534e;
    --surface: #fff;
    --canvas: #f7f6f2;
    --radius: 0.5rem;
    color: #1d1d21;
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --accent: #9db7ff;
      --on-accent: #10131c;
      --danger: #ffb4a9;
      --success: #8fd9a8;
      --warning: #f4c36b;
      --border: #9a9a9a;
      --line: #3a3a40;
      --muted: #c2c0ba;
      --surface: #1d1d21;
      --canvas: #141417;
      color: #eeece6;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.6rem;
    line-height: 1.25;
    margin: 0 0 1rem;
  }
  h2 {
    font-size: 1.2rem;
    margin: 2rem 0 0.75rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 1.25rem 0 0.5rem;
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--accent);
  }
  .muted {
    color: var(--muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  .card {
    padding: 1rem 1.25rem;
    border: 1px solid var(--line);
    border-radius: var(--radius);
    background: var(--surface);
  }
  .card + .card {
    margin-top: 1rem;
  }

  /* Forms */
  form {
    display: grid;
    gap: 1rem;
    /* In a taller column (beside a preview), rows keep their own height. */
    align-content: start;
    max-width: 40rem;
  }
  .field {
    display: grid;
    gap: 0.3rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    font-size: 0.9rem;
    color: var(--muted);
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--surface);
    color: inherit;
    font: inherit;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--danger) !important;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-height: 44px;
    padding-block: 0.5rem;
    font-weight: normal;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--accent);
  }
  .problem {
    margin: 0;
    color: var(--danger);
    font-size: 0.95rem;
  }
  .problem::before {
    content: '⚠ ';
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
  }
  .row > .field {
    flex: 1 1 12rem;
  }

  /* Buttons */
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--surface);
    color: inherit;
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  button.primary,
  .button.primary {
    border-color: var(--accent);
    background: var(--accent);
    color: var(--on-accent);
    font-weight: 600;
  }
  button.danger {
    border-color: var(--danger);
    color: var(--danger);
  }
  button.link {
    min-height: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--accent);
    text-decoration: underline;
  }
  button:disabled {
    opacity: 0.65;
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }

  /* Messages */
  [role='alert'],
  .alert {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--danger);
    background: color-mix(in srgb, var(--danger) 8%, transparent);
  }
  .notice {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--warning);
    background: color-mix(in srgb, var(--warning) 10%, transparent);
  }
  .success {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--success);
    background: color-mix(in srgb, var(--success) 10%, transparent);
  }
  .status:empty {
    display: none;
  }
  code,
  pre {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9rem;
  }
  pre {
    overflow-x: auto;
    padding: 0.75rem 1rem;
    border-radius: var(--radius);
    background: var(--canvas);
    white-space: pre-wrap;
    word-break: break-all;
  }

  /* Tables: a table on wide screens, stacked label/value cards on phones. */
  table.rows {
    width: 100%;
    border-collapse: collapse;
  }
  table.rows th,
  table.rows td {
    padding: 0.6rem 0.5rem;
    border-bottom: 1px solid var(--line);
    text-align: start;
    vertical-align: top;
  }
  table.rows th {
    font-size: 0.9rem;
    color: var(--muted);
  }
  @container (max-width: 40rem) {
    table.rows thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.rows tr {
      display: block;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--line);
    }
    table.rows td {
      display: grid;
      grid-template-columns: 8rem 1fr;
      gap: 0.5rem;
      padding: 0.25rem 0;
      border: 0;
    }
    table.rows td::before {
      content: attr(data-label);
      font-weight: 600;
      color: var(--muted);
    }
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85rem;
    white-space: nowrap;
  }
  dialog {
    max-width: min(40rem, calc(100vw - 2rem));
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--line);
    border-radius: var(--radius);
    background: var(--surface);
    color: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }
`;
