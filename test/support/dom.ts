// Shadow-DOM queries and reader-like input, shared by the widget tests.

/** The first match in a widget's shadow root (the test fails on a missing one when it uses it). */
export const $ = <T extends Element = HTMLElement>(host: Element, selector: string): T =>
  host.shadowRoot!.querySelector<T>(selector)!;

/** Every match in a widget's shadow root. */
export const $$ = <T extends Element = HTMLElement>(host: Element, selector: string): T[] => [
  ...host.shadowRoot!.querySelectorAll<T>(selector),
];

/** An element's text as a reader sees it: whitespace collapsed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into a field as a reader does: focus, the value, an input event. */
export function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
