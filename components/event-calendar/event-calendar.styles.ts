import { css } from 'lit';

export default css`
  h2,
  h3 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .toolbar,
  .nav,
  .filters,
  .filters label,
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .toolbar {
    justify-content: space-between;
    margin-bottom: var(--_gap);
  }
  .nav button {
    padding-inline: 0.75em;
  }
  .filters .text {
    width: auto;
  }
  .body {
    position: relative;
  }
  .list {
    min-height: var(--salon-calendar-height, 20em);
  }
  .day {
    padding-block: 0.5em;
    border-top: 1px solid var(--_border);
  }
  /* Long agendas: days off screen skip layout and paint until the reader scrolls to them. */
  .list .day {
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
  }
  .event {
    display: grid;
    width: 100%;
    margin-top: 0.25em;
    padding: 0.25em 0.75em;
    border: 0;
    border-inline-start: 3px solid var(--_accent);
    border-radius: 0;
    text-align: start;
  }
  .cancelled {
    border-inline-start-style: dashed;
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
    font-size: 0.875em;
  }
  /* No overflow:hidden on cells, which cut off focus rings: what is in a cell clips its own text. */
  td {
    height: 5.5em;
    padding: 2px;
    vertical-align: top;
    border: 1px solid var(--_border);
  }
  td[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .date {
    width: 100%;
    padding: 0;
    border: 0;
  }
  [aria-current='date'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  /* 24 px targets (WCAG 2.5.8) whatever the page's font size. */
  td .event,
  td .meta {
    display: block;
    min-height: 24px;
    padding: 0 0.25em;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
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
    /* Too narrow for titles: a dot marks the days with events. */
    .has .date::after {
      content: '';
      display: block;
      width: 6px;
      height: 6px;
      margin: 0 auto;
      border-radius: 50%;
      background: currentColor;
    }
  }
  /* Forced colours drop backgrounds: today is drawn with a border, the dots and the days outside the month with system colours. */
  @media (forced-colors: active) {
    [aria-current='date'] {
      border: 2px solid Highlight;
    }
    .outside {
      color: GrayText;
    }
    .has .date::after {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  dialog {
    width: min(32em, calc(100vw - 2em));
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Above the page: system colours unless set, readable whatever the page's own colours. */
    color: var(--salon-color, CanvasText);
    background: var(--salon-surface, Canvas);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .close {
    float: inline-end;
    padding-inline: 0.75em;
    border: 0;
    font-size: 1.25em;
  }
  dialog h3 {
    margin-top: var(--_gap);
  }
  .description {
    white-space: pre-line;
  }
  a {
    color: var(--_accent);
    padding-block: 0.5em;
  }
`;
