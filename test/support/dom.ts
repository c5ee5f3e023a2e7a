// Shadow-DOM queries and person-like input, shared by the widget and console tests.

/** The first match in a widget's shadow root (the test fails on a missing one when it uses it). */
export const $ = <T extends Element = HTMLElement>(host: Element, selector: string): T =>
  host.shadowRoot!.querySelector<T>(selector)!;

/** Every match in a widget's shadow root. */
export const $$ = <T extends Element = HTMLElement>(host: Element, selector: string): T[] => [
  ...host.shadowRoot!.querySelectorAll<T>(selector),
];

/** The element a path of selectors finds through nested shadow roots: `deep(el, 'a >>> b >>> c')`. */
export function deep<T extends Element = HTMLElement>(root: Element | ShadowRoot, path: string): T | null {
  let node: Element | ShadowRoot | null = root;
  for (const selector of path.split('>>>').map((s) => s.trim())) {
    const scope: ParentNode | null | undefined = node instanceof Element ? (node.shadowRoot ?? node) : node;
    node = scope?.querySelector(selector) ?? null;
    if (!node) return null;
  }
  return node as T;
}

/** An element's text as a person sees it, whitespace collapsed; for a host, its shadow root's. */
export const text = (node: Element | ShadowRoot | null | undefined): string =>
  (((node && 'shadowRoot' in node ? node.shadowRoot : null) ?? node)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into a field as a person does: focus, the value, an input event. */
export function type(input: Element | null, value: string): void {
  // By tag, not instanceof: a field in a frame belongs to another window's classes.
  if (!input || !['INPUT', 'TEXTAREA'].includes(input.tagName)) throw new Error('no text field to type into');
  (input as HTMLInputElement).focus();
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Picks an option as a person does: the value, a change event. */
export function choose(select: Element | null, value: string): void {
  if (!select || select.tagName !== 'SELECT') throw new Error('no select to choose in');
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
