// custom-elements.json read the way editors and Storybook read it (after `npm run build`): from the
// package.json "customElements" field, module paths taken as files of the published package, a tag
// found through its custom-element-definition export, and each element's events listed by name and type.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
const published = new Set(files.map((file) => file.path));
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => ({ ...d, module: module.path })));
const definitions = manifest.modules.flatMap((module) =>
  (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: module.path })),
);
/** The tags Salon registers: the CDN loader's list, the one list of elements. */
const tags = [...readFileSync('src/cdn/elements.ts', 'utf8').matchAll(/'(salon-[\w-]+)':/g)].map((m) => m[1]).sort();

/** Every { module } reference anywhere in the manifest that names this package's own files. */
function references(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => references(item, found));
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string' && !value.package) found.push(value.module);
    Object.values(value).forEach((item) => references(item, found));
  }
  return found;
}

test('every module path and module reference is a JavaScript file in the published package', () => {
  const paths = [...manifest.modules.map((m) => m.path), ...references(manifest.modules)];
  const missing = [...new Set(paths)].filter((path) => !published.has(path));
  assert.deepEqual(missing, [], 'paths not in `npm pack` (a .ts source, or a file the package leaves out)');
});

test('every Salon tag maps through a custom-element-definition export to its element’s declaration', () => {
  assert.deepEqual(definitions.map((d) => d.name).sort(), tags);
  for (const definition of definitions) {
    const module = definition.declaration.module ?? definition.in;
    const declaration = declarations.find((d) => d.module === module && d.name === definition.declaration.name);
    assert.ok(declaration, `<${definition.name}> → ${definition.declaration.name} in ${module}`);
    assert.equal(declaration.tagName, definition.name);
    assert.equal(declaration.customElement, true);
  }
});

test('the module that defines a tag is one an app can import (an export of package.json)', () => {
  const importable = new Set(
    Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry))).map((p) => p.replace(/^\.\//, '')),
  );
  for (const definition of definitions) assert.ok(importable.has(definition.in), `${definition.in} defines <${definition.name}>`);
});

test('every event has a name and a type, once each, and none is guessed from a variable', () => {
  const events = declarations.flatMap((d) => (d.events ?? []).map((event) => ({ ...event, element: d.tagName ?? d.name })));
  assert.ok(events.length > 0, 'the widgets’ events are listed');
  for (const event of events) {
    assert.match(event.name ?? '', /^salon-[a-z-]+$/, `${event.element}: an event named ${event.name}`);
    assert.ok(event.type?.text, `${event.element}: ${event.name} has a type`);
  }
  for (const element of declarations.filter((d) => d.events)) {
    const names = element.events.map((e) => e.name);
    assert.deepEqual(names, [...new Set(names)], `${element.tagName}: each event once`);
  }
  // The calendar dispatches salon-range-change with a variable named `range`: once listed as an event of its own.
  const calendar = declarations.find((d) => d.tagName === 'salon-event-calendar');
  assert.ok(calendar.events.some((e) => e.name === 'salon-range-change'));
});
