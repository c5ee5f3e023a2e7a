import { ContextRoot } from '@lit/context';
import { captureScriptConfig } from '../context/config.js';

const ROOT = Symbol.for('salon-context-root');

/**
 * Registers a Salon element, once per page whatever the number of Salon copies: the first
 * definition wins, a second one of the same version is skipped quietly and one of another
 * version is skipped with a warning. Also captures the running script tag's configuration and
 * attaches the page's one `ContextRoot`, which hands widgets to a provider upgraded after them.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }): void {
  captureScriptConfig();
  const page = globalThis as typeof globalThis & { [ROOT]?: ContextRoot };
  if (!page[ROOT]) (page[ROOT] = new ContextRoot()).attach(document.documentElement);
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing.version !== element.version) {
    console.warn(
      `Salon: <${tag}> is already defined (version ${existing.version ?? 'unknown'}); ` +
        `this copy (version ${element.version}) is not used. Load Salon once per page.`,
    );
  }
}
