// The loader: a tiny classic script that defines only the Salon elements a page uses, when it
// uses them. It watches for tags, including ones added later, and imports each element's
// module from `elements/` beside itself, preloading the chunks that module imports at the same
// time. Config in its data-* attributes applies as usual.
import { captureScriptConfig } from '../context/config.js';
import { elementChunks } from './element-chunks.js';
import { elements } from './elements.js';

captureScriptConfig();
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
const pending = new Map(Object.entries(elements));

function scan(): void {
  for (const [tag, file] of pending) {
    if (document.querySelector(tag)) {
      pending.delete(tag);
      // The element's chunks load beside it, not after it: one round trip, not one per level of imports.
      // (rel and href set before the link is in the page: one added bare makes Chrome warn in the page's console.)
      for (const chunk of elementChunks[file] ?? []) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = new URL(`elements/${chunk}`, base).href;
        document.head.append(link);
      }
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
