// custom-elements.json for editors, Storybook and framework tooling (`cem analyze`, after rollup has
// written dist/). The analyzer reads the TypeScript sources; these plugins make what it writes true
// of the published package: paths to the dist/ .js files, a custom-element-definition for each tag
// (Salon registers through define(), which the analyzer does not know), and only the events each
// element documents with @fires (it also guesses events from dispatchEvent calls, badly: a
// variable passed as the detail became an event named `range`, a typed event one with no name).

/** A source path as the package has it: `components/x/x.component.ts` → `dist/components/x/x.component.js`. */
const published = (path) => `dist/${path.replace(/^\.?\//, '').replace(/\.ts$/, '.js')}`;

/** `define('salon-x', SalonX)` in a registration module → a custom-element-definition export. */
function salonDefine() {
  return {
    name: 'salon-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      // The class comes from an import beside it (`./x.component.js`); name its module, not this one.
      const from = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((i) => i.importClause?.namedBindings?.elements?.some((e) => e.name.text === element.text));
      const specifier = from && ts.isStringLiteral(from.moduleSpecifier) ? from.moduleSpecifier.text : undefined;
      const dir = moduleDoc.path.replace(/[^/]*$/, '');
      const module = specifier ? new URL(specifier, `file:///${dir}`).pathname.slice(1).replace(/\.js$/, '.ts') : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
  };
}

/** `export { SalonX }` of an imported class refers to the module that declares it (the analyzer names the re-exporting one). */
function reExports() {
  return {
    name: 'salon-re-exports',
    packageLinkPhase({ customElementsManifest: { modules } }) {
      for (const module of modules) {
        for (const exported of module.exports ?? []) {
          const { declaration } = exported;
          if (exported.kind !== 'js' || declaration.module !== module.path) continue;
          if (module.declarations?.some((d) => d.name === declaration.name)) continue;
          const home = modules.find((m) => m.declarations?.some((d) => d.name === declaration.name));
          if (home) declaration.module = home.path;
        }
      }
    },
  };
}

/** Keeps only the events a class documents with `@fires`/`@event`, and warns about a dispatched one it does not. */
function documentedEvents() {
  const documented = new Map();
  return {
    name: 'salon-documented-events',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = ts
        .getJSDocTags(node)
        .filter((tag) => tag.tagName.text === 'fires' || tag.tagName.text === 'event')
        .map((tag) => tag.getText().match(/^@\w+\s+(?:\{[^}]*\}\s*)?([\w-]+)/)?.[1])
        .filter(Boolean);
      documented.set(node.name.text, new Set(names));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        const names = documented.get(declaration.name);
        if (!declaration.events || !names) continue;
        for (const event of declaration.events) {
          const known = event.name && names.has(event.name);
          const typed = [...declaration.events].some((e) => e !== event && e.type?.text === event.type?.text && names.has(e.name));
          if (!known && !typed && !event.inheritedFrom) {
            console.warn(`custom-elements.json: ${declaration.name} dispatches ${event.type?.text ?? event.name}, which no @fires documents`);
          }
        }
        declaration.events = declaration.events.filter((e) => e.inheritedFrom || (e.name && names.has(e.name)));
        if (!declaration.events.length) delete declaration.events;
      }
    },
  };
}

/** Every path and module reference in the manifest, pointed at the published .js files. */
function publishedPaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      // References with a `package` name another package's module; leave those alone.
      if ((key === 'path' || key === 'module') && typeof item === 'string' && !value.package) value[key] = published(item);
      else rewrite(item);
    }
  };
  return { name: 'salon-published-paths', packageLinkPhase: ({ customElementsManifest }) => rewrite(customElementsManifest.modules) };
}

/**
 * Internal reactive state (`{ state: true }` in `static properties`, always a private field here)
 * is no attribute and no part of the API: the analyzer lists it as both, so it is taken out.
 */
function noPrivateAttributes() {
  return {
    name: 'salon-no-private-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
        for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
      }
    },
  };
}

export default {
  globs: ['components/*/*.ts', 'src/internal/salon-element.ts'],
  // Styles are not part of any element's API.
  exclude: ['components/*/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json's "customElements" is written by hand; the analyzer would rewrite it after each --outdir.
  packagejson: false,
  plugins: [salonDefine(), reExports(), documentedEvents(), noPrivateAttributes(), publishedPaths()],
};
