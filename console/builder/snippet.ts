// The embed code the builder offers, from the options chosen: what an author pastes (a script
// tag, the loader, or the module build, then the widget's tag) and what a developer writes (npm).
// Pure functions, so tests read them.

export type WidgetTag = 'salon-group-signup' | 'salon-event-calendar' | 'salon-swap-card';

/** The widgets the builder knows, with the options each one has. */
export const widgets: Record<WidgetTag, { module: string; options: Array<keyof Choice> }> = {
  'salon-group-signup': { module: 'group-signup', options: ['group', 'compact'] },
  'salon-event-calendar': { module: 'event-calendar', options: ['view', 'tag'] },
  'salon-swap-card': { module: 'swap-card', options: ['placement', 'layout'] },
};

/** How the page loads Salon: one classic script, the loader (only the widgets a page uses), or the ES module build. */
export type Loading = 'script' | 'loader' | 'module';

export const files: Record<Loading, string> = { script: 'salon.iife.js', loader: 'loader.js', module: 'salon.js' };

export interface Choice {
  widget: WidgetTag;
  group: string;
  compact: boolean;
  view: 'list' | 'month';
  tag: string;
  placement: string;
  layout: 'card' | 'stack';
  /**
   * A language for every page (`data-lang`, the provider's `lang`), or `''`: each page's own. A
   * fixed one wins over the page's `lang`, so it is written only when the author chose one.
   */
  lang: string;
  theme: '' | 'light' | 'dark' | 'auto';
  accent: string;
  loading: Loading;
}

export interface Where {
  /** The folder of the CDN files, ending in `/`. */
  cdn: string;
  /** The API's base URL. */
  api: string;
  site: string;
}

const escape = (value: string): string =>
  value.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);

/** The widget's own attributes (no configuration), as `[name, value]`; a boolean one has the value `''`. */
export function widgetAttributes(choice: Choice): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  for (const name of widgets[choice.widget].options) {
    const value = choice[name];
    if (value === true) attributes.push([name, '']);
    else if (value) attributes.push([name, String(value)]);
  }
  if (choice.theme) attributes.push(['theme', choice.theme]);
  if (choice.accent) attributes.push(['style', `--salon-accent: ${choice.accent}`]);
  return attributes;
}

const tag = (choice: Choice): string => {
  const attributes = widgetAttributes(choice).map(([name, value]) => (value === '' ? name : `${name}="${escape(value)}"`));
  return `<${choice.widget}${attributes.length ? ` ${attributes.join(' ')}` : ''}></${choice.widget}>`;
};

/**
 * A preconnect to the API's origin (none for a relative API URL): the connection is open by the
 * time the widget asks for its data, a round trip sooner on a phone. `crossorigin` because the
 * widgets ask without cookies, which takes a connection of its own even from the CDN's origin.
 */
function preconnect(api: string): string {
  try {
    return `<link rel="preconnect" href="${escape(new URL(api).origin)}" crossorigin>\n`;
  } catch {
    return '';
  }
}

/** What an author pastes: a preconnect and the script (once per page, in the header), and the widget where it goes. */
export function scriptSnippet(choice: Choice, { cdn, api, site }: Where): string {
  const config = `data-api="${escape(api)}" data-site="${escape(site)}"${choice.lang ? ` data-lang="${escape(choice.lang)}"` : ''}`;
  const src = escape(cdn + files[choice.loading]);
  // A module script has no document.currentScript: data-salon marks it so its settings are found.
  const script = choice.loading === 'module' ? `<script type="module" src="${src}" data-salon ${config}></script>` : `<script src="${src}" ${config}></script>`;
  return `${preconnect(api)}${script}\n\n${tag(choice)}`;
}

/** What a developer writes: the package, the element's module, and the widget in a provider. */
export function npmSnippet(choice: Choice, { api, site }: Where): string {
  const lang = choice.lang ? ` lang="${escape(choice.lang)}"` : '';
  return (
    `npm install salon-widgets\n\n` +
    `import 'salon-widgets/provider.js';\nimport 'salon-widgets/${widgets[choice.widget].module}.js';\n\n` +
    `<salon-provider api="${escape(api)}" site="${escape(site)}"${lang}>\n  ${tag(choice)}\n</salon-provider>`
  );
}
