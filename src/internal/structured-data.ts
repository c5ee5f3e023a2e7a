interface ScriptPolicy {
  createScript(text: string): unknown;
}

/** The Trusted Types policy for JSON-LD (`salon`); `null` when the page's CSP does not allow it. */
let policy: ScriptPolicy | null | undefined;

/** Script text a page that enforces Trusted Types accepts, or `undefined` if it allows no `salon` policy. */
function scriptText(json: string): string | undefined {
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
    .trustedTypes;
  if (!trustedTypes) return json;
  if (policy === undefined) {
    try {
      // Only ever given the JSON below, which cannot run: a data block, with `<` escaped.
      policy = trustedTypes.createPolicy('salon', { createScript: (text) => text });
    } catch {
      policy = null;
    }
  }
  return policy ? (policy.createScript(json) as string) : undefined;
}

/**
 * schema.org JSON-LD for search engines, written into the light DOM of a widget (its content
 * lives in a shadow root, which crawlers may not read). One `<script type="application/ld+json">`
 * per widget, replaced as the data changes and removed with `undefined`. On pages that enforce
 * Trusted Types the text goes through a policy named `salon`; a page whose CSP does not allow
 * that name gets no structured data, and nothing else changes.
 */
export function writeStructuredData(host: HTMLElement, data: object[] | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-salon]');
  // `<` is escaped so the JSON can never close the script when the page is serialised.
  const text = data && scriptText(JSON.stringify(data).replace(/</g, '\\u003c'));
  if (text === undefined) return script?.remove();
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.salon = '';
  }
  script.text = text;
  if (script.parentNode !== host) host.append(script);
}
