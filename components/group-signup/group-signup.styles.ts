import { css } from 'lit';

export default css`
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  /* Room for the form while it loads, so the page below does not jump when it arrives: exactly
     --salon-signup-height, no margins of its own, so an author who sets it to the loaded form's height sees nothing move. */
  .loading {
    margin: 0;
    min-height: var(--salon-signup-height, 30em);
  }
  :host([compact]) .loading {
    min-height: var(--salon-signup-height, 16em);
  }
  .seats {
    color: var(--_muted);
  }
  textarea.text {
    min-height: 6em;
    resize: vertical;
  }
  /* The focus ring wins over the invalid outline: a keyboard user must see where they are. */
  .check input[aria-invalid='true']:not(:focus-visible) {
    outline: 2px solid var(--_danger);
    outline-offset: 1px;
  }
  .summary::before {
    content: none;
  }
  .summary h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .summary h3::before {
    content: '⚠ ';
    color: var(--_danger);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: inherit;
  }
  .reader {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
  }
  /* The honeypot: out of sight, out of the tab order and hidden from assistive technology. Clipped
     where it stands rather than moved off screen: a box at left:-10000px widens a right-to-left page
     by 10,000 px (its scroll origin is on the right). */
  .trap {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
