// The loader: a tiny classic script that defines only the Salon elements a page uses, when it
// uses them. It watches for tags, including ones added later, and imports each element's
// module from `elements/` beside itself. Config in its data-* attributes applies as usual.
import { captureScriptConfig } from '../context/config.js';
import { elements } from './elements.js';

captureScriptConfig();
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
const pending = new Map(Object.entries(elements));

function scan(): void {
  for (const [tag, file] of pending) {
    if (document.querySelector(tag)) {
      pending.delete(tag);
      import(new URL(`elements/${file}.js`, base).href).catch((error: unknown) =>
        console.warn(`Salon: could not load <${tag}>.`, error),
      );
    }
  }
  if (!pending.size) observer.disconnect();
}

const observer = new MutationObserver(scan);
observer.observe(document, { childList: true, subtree: true });
scan();
