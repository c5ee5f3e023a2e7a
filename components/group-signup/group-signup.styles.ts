import { css } from 'lit';

export default css`
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  /* Room for the form while it loads, so the page below does not jump when it arrives. */
  .loading {
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
  .check input[aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 1px;
  }
  .reader {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
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
