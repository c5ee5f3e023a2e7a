// The published package as a consumer sees it, after `npm run build`: every export resolves,
// only registration modules claim side effects, and the manifest describes the elements.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { closure } from '../../bench/size.mjs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));

test('every export in the exports map exists in the build', () => {
  for (const [name, entry] of Object.entries(pkg.exports)) {
    for (const file of targets(entry)) assert.ok(existsSync(file), `${name} → ${file} is missing`);
  }
});

test('sideEffects lists exactly the per-element registration modules', () => {
  const registrations = Object.entries(pkg.exports)
    .filter(([name]) => /^\.\/[\w-]+\.js$/.test(name))
    .map(([, entry]) => entry.default);
  assert.deepEqual([...pkg.sideEffects].sort(), registrations.sort());
});

test('the root entry defines nothing when imported', async () => {
  const source = readFileSync(pkg.exports['.'].default, 'utf8');
  assert.doesNotMatch(source, /customElements\.define|define\(['"]salon-/);
});

test('VERSION in the code matches package.json', () => {
  assert.match(readFileSync('src/version.ts', 'utf8'), new RegExp(`VERSION: string = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('custom-elements.json names each element with its attributes', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const provider = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'salon-provider');
  assert.ok(provider, 'salon-provider is in the manifest');
  assert.deepEqual(
    provider.attributes.map((a) => a.name).sort(),
    ['api', 'lang', 'site'],
  );
  assert.ok(provider.summary);
});

test('the CDN build has the bundles, the loader and a module per element', () => {
  for (const file of ['salon.js', 'salon.iife.js', 'loader.js', 'elements/provider.js', 'locales/es.js']) {
    assert.ok(existsSync(`dist/cdn/${file}`), `dist/cdn/${file}`);
  }
});

test('the package holds the library and the CDN files, not the console, the demo, the server or compressed copies', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
  const paths = files.map((file) => file.path);
  assert.ok(paths.includes('dist/cdn/salon.iife.js'));
  assert.ok(paths.includes('dist/src/index.js'));
  assert.deepEqual(paths.filter((path) => /^dist\/(console|demo|server-build)\/|\.(br|gz)$/.test(path)), []);
});

// The element list is written where each tool needs it: the CDN's tag → module map
// (src/cdn/elements.ts, which rollup and the loader read), the package's exports and side
// effects, the CDN bundle, the npm entry and each registration module. One list, the others
// checked against it.
test('every element is listed alike in the CDN map, the exports, the side effects and the entries', () => {
  const elements = [...readFileSync('src/cdn/elements.ts', 'utf8').matchAll(/'(salon-[\w-]+)': '([\w-]+)'/g)].map(([, tag, name]) => ({ tag, name }));
  assert.deepEqual(
    elements.map(({ name }) => name).sort(),
    readdirSync('components', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort(),
    'src/cdn/elements.ts names every folder in components/',
  );
  const cdn = readFileSync('src/cdn/salon.ts', 'utf8');
  const index = readFileSync('src/index.ts', 'utf8');
  for (const { tag, name } of elements) {
    const registration = `./dist/components/${name}/${name}.js`;
    assert.equal(pkg.exports[`./${name}.js`]?.default, registration, `package.json exports ./${name}.js`);
    assert.ok(pkg.sideEffects.includes(registration), `package.json sideEffects lists ${registration}`);
    assert.ok(cdn.includes(`'../../components/${name}/${name}.js'`), `src/cdn/salon.ts registers ${tag}`);
    assert.ok(index.includes(`'../components/${name}/${name}.component.js'`), `src/index.ts exports ${tag}'s class`);
    assert.match(readFileSync(`components/${name}/${name}.ts`, 'utf8'), new RegExp(`define\\('${tag}'`), `components/${name}/${name}.ts defines <${tag}>`);
  }
  assert.equal(Object.keys(pkg.exports).filter((key) => /^\.\/[\w-]+\.js$/.test(key)).length, elements.length, 'no export for an element that is not listed');
});

test('a page with one widget through the loader downloads that widget’s English texts and no other’s', () => {
  const dir = 'dist/cdn/elements/';
  const own = { 'group-signup': 'Welcome back, ', 'event-calendar': 'Subscribe to all events', 'swap-card': 'also like' };
  for (const widget of Object.keys(own)) {
    const code = [...closure(`${dir}${widget}.js`)].map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const [other, text] of Object.entries(own)) {
      assert.equal(code.includes(text), other === widget, `${widget}'s page ${other === widget ? 'lacks' : 'carries'} “${text}”`);
    }
    assert.ok(code.includes('Try again'), `${widget}'s page has the shared texts`);
  }
});
