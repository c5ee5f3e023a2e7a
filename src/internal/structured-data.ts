/**
 * schema.org JSON-LD for search engines, written into the light DOM of a widget (its content
 * lives in a shadow root, which crawlers may not read). One `<script type="application/ld+json">`
 * per widget, replaced as the data changes and removed with `undefined`.
 */
export function writeStructuredData(host: HTMLElement, data: object[] | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-salon]');
  if (!data) return script?.remove();
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.salon = '';
  }
  // A text node, not .textContent: that is a Trusted Types sink on pages that enforce them.
  // `<` is escaped so the JSON can never close the script when the page is serialised.
  script.replaceChildren(document.createTextNode(JSON.stringify(data).replace(/</g, '\\u003c')));
  if (script.parentNode !== host) host.append(script);
}
