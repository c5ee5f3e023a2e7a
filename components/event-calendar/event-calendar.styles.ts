import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button,
  select,
  input:not([type='checkbox']) {
    min-height: 44px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
  button {
    cursor: pointer;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_gap);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .toolbar,
  .nav,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .toolbar {
    justify-content: space-between;
    margin-bottom: var(--_gap);
  }
  .filters label {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  select option {
    color: initial;
  }
  .body {
    position: relative;
  }
  .body.list {
    min-height: var(--salon-calendar-height, 20em);
  }
  .day {
    padding-block: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .event {
    display: grid;
    width: 100%;
    margin-top: 0.25em;
    border: 0;
    border-inline-start: 3px solid var(--_accent);
    text-align: start;
  }
  .event:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .title {
    font-weight: 600;
  }
  .meta,
  .outside {
    color: var(--_muted);
  }
  .more {
    margin-top: var(--_gap);
  }
  [role='status']:empty {
    display: none;
  }
  .body > [role='status'] {
    position: absolute;
    inset: 0 0 auto;
    text-align: center;
  }
  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    padding-block: 0.25em;
    font-size: 0.875em;
    font-weight: 600;
  }
  td {
    height: 5.5em;
    padding: 2px;
    vertical-align: top;
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  td[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .date {
    min-width: 44px;
    border: 0;
  }
  [aria-current='date'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  td .event {
    min-height: 0;
    padding: 0 0.25em;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.8125em;
  }
  td .meta {
    font-size: 0.8125em;
  }
  @container (max-width: 30em) {
    td {
      height: 3em;
    }
    td .event,
    td .meta {
      display: none;
    }
  }
  dialog {
    width: min(32em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    background: var(--salon-surface, Canvas);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .close {
    float: inline-end;
    margin: -0.5em -0.5em 0 0.5em;
    border: 0;
    font-size: 1.25em;
  }
  dialog h2 {
    margin-bottom: 0.5em;
  }
  dialog h3 {
    margin-top: var(--_gap);
  }
  .description {
    white-space: pre-line;
  }
  form {
    display: grid;
    gap: var(--_gap);
    margin-bottom: var(--_gap);
  }
  form label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  form .check {
    display: flex;
    gap: 0.5em;
    font-weight: normal;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .problem {
    color: var(--_danger);
    font-weight: normal;
  }
  .primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  a {
    color: var(--_accent);
  }
  .add a {
    display: inline-block;
    padding-block: 0.5em;
  }
`;
