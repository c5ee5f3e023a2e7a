// The embed code the builder offers: a script-tag version for authors and an npm version for
// developers, from the options chosen. Pure functions, so the tests can read them.

/** The widgets the builder knows, with the options each one has. */
export const widgets = {
  'salon-group-signup': { label: 'Group signup', module: 'group-signup', options: ['group', 'compact'] },
  'salon-event-calendar': { label: 'Event calendar', module: 'event-calendar', options: ['view', 'tag'] },
  'salon-swap-card': { label: 'Swap card', module: 'swap-card', options: ['placement', 'layout'] },
};

const escape = (value) =>
  String(value).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

/** The widget's own attributes (no configuration), as `[name, value]`; a boolean one has the value `''`. */
export function widgetAttributes(choice) {
  const { widget, theme, accent } = choice;
  const attributes = [];
  for (const name of widgets[widget].options) {
    const value = choice[name];
    if (value === true) attributes.push([name, '']);
    else if (value) attributes.push([name, String(value)]);
  }
  if (theme) attributes.push(['theme', theme]);
  if (accent) attributes.push(['style', `--salon-accent: ${accent}`]);
  return attributes;
}

const tag = (choice) => {
  const attributes = widgetAttributes(choice).map(([name, value]) => (value === '' ? name : `${name}="${escape(value)}"`));
  return `<${choice.widget}${attributes.length ? ` ${attributes.join(' ')}` : ''}></${choice.widget}>`;
};

/** What an author pastes: the script tag (once per page) and the widget. */
export function scriptSnippet(choice, { cdn, api, site }) {
  const lang = choice.lang ? ` data-lang="${escape(choice.lang)}"` : '';
  return (
    `<script src="${escape(cdn)}" data-api="${escape(api)}" data-site="${escape(site)}"${lang}></script>\n\n` + tag(choice)
  );
}

/** What a developer writes: the package, the element's module, and the widget in a provider. */
export function npmSnippet(choice, { api, site }) {
  const lang = choice.lang ? ` lang="${escape(choice.lang)}"` : '';
  return (
    `npm install salon-widgets\n\n` +
    `import 'salon-widgets/provider.js';\nimport 'salon-widgets/${widgets[choice.widget].module}.js';\n\n` +
    `<salon-provider api="${escape(api)}" site="${escape(site)}"${lang}>\n  ${tag(choice)}\n</salon-provider>`
  );
}
