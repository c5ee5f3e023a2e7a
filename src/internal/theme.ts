import { css } from 'lit';

/**
 * The tokens every Salon element shares. By default a widget inherits the page's font and text
 * colour and draws its lines from `currentColor`, so it fits white and dark pages alike;
 * `theme="light" | "dark"` sets explicit colours and `theme="auto"` follows the reader's
 * `prefers-color-scheme`. Private `--_*` variables carry each token's fallback.
 */
export const theme = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--salon-font, inherit);
    /* A page's own sizes may be tiny or its line height huge (or reset by all: revert): the widget
       keeps legible ones. !important in a shadow tree's :host beats the page's rules, so set the
       tokens to change them; 1em is still the size of the text around the widget. */
    font-size: var(--salon-font-size, max(1em, 14px)) !important;
    line-height: var(--salon-line-height, 1.5) !important;
    color: var(--salon-color, inherit);
    background: var(--salon-surface, transparent);
    --_accent: var(--salon-accent, #2d56c9);
    --_on-accent: var(--salon-on-accent, #fff);
    --_radius: var(--salon-radius, 0.375em);
    --_gap: var(--salon-gap, 0.75em);
    --_border: var(--salon-border, color-mix(in srgb, currentColor 35%, transparent));
    /* A field's edge is how a reader finds it: 3:1 against the page (WCAG 1.4.11) for text from #222 up. */
    --_field-border: var(--salon-border, color-mix(in srgb, currentColor 60%, transparent));
    --_muted: var(--salon-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_danger: var(--salon-danger, #b3261e);
    --_success: var(--salon-success, #1d6b36);
    --_focus: var(--salon-focus, var(--_accent));
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='light']),
  :host([theme='auto']) {
    color-scheme: light;
    color: var(--salon-color, #1d1d21);
    background: var(--salon-surface, #fff);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--salon-color, #f1f1f4);
    background: var(--salon-surface, #1c1c20);
    --_accent: var(--salon-accent, #8fa9ff);
    --_on-accent: var(--salon-on-accent, #0d1533);
    --_danger: var(--salon-danger, #ff9a9a);
    --_success: var(--salon-success, #86d9a2);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      color: var(--salon-color, #f1f1f4);
      background: var(--salon-surface, #1c1c20);
      --_accent: var(--salon-accent, #8fa9ff);
      --_on-accent: var(--salon-on-accent, #0d1533);
      --_danger: var(--salon-danger, #ff9a9a);
      --_success: var(--salon-success, #86d9a2);
    }
  }
  *,
  *::before,
  *::after {
    /* Not inherited from the host: a page's global box-sizing must not reach inside. */
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
