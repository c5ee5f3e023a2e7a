// node bench/element-sizes.mjs — what each widget adds to dist/cdn/salon.js, in gzip bytes.
// Builds the CDN bundle (same rollup plugins, same minifier) with the shared runtime and
// <salon-provider> only, then with each widget added, and with all of them. A widget's English
// texts (its `<prefix>.*` keys in the built-in catalog) count as the widget's, not the runtime's;
// what several widgets share (src/: the submission flow, form styles, `form.*` texts) is runtime,
// and is in a widget's "over the runtime alone" figure only because that build has no other user.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import configs from '../rollup.config.mjs';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const cdn = configs.find((c) => c.input === 'src/cdn/salon.ts');
/** Widget folder → the prefix of its keys in the English catalog. */
const widgets = { 'group-signup': 'signup', 'event-calendar': 'calendar' };
const base = readFileSync(root('src/cdn/salon.ts'), 'utf8').replace(
  new RegExp(`^export \\* from '\\.\\./\\.\\./components/(${Object.keys(widgets).join('|')})/.*$`, 'gm'),
  '',
);
const entryId = root('src/cdn/size-entry.ts');

async function size(included) {
  const excludedPrefixes = Object.entries(widgets).filter(([w]) => !included.includes(w)).map(([, p]) => p);
  const entry = {
    name: 'size-entry',
    resolveId: (id) => (id === entryId ? id : null),
    load: (id) =>
      id === entryId
        ? base.replace(/from '\.\.\//g, `from '${root('src/')}`) +
          included.map((w) => `export * from '${root(`components/${w}/${w}.ts`)}';\n`).join('')
        : null,
    transform(code, id) {
      if (id !== root('src/i18n/locales/en.ts')) return null;
      const keep = (line) => !excludedPrefixes.some((p) => line.trimStart().startsWith(`'${p}.`));
      return code.split('\n').filter(keep).join('\n');
    },
  };
  const bundle = await rollup({ input: entryId, plugins: [entry, ...cdn.plugins], onwarn: () => {} });
  const { output } = await bundle.generate(cdn.output[0]);
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}

const runtime = await size([]);
const all = await size(Object.keys(widgets));
console.log(`shared runtime + <salon-provider>: ${runtime} bytes gzip`);
for (const widget of Object.keys(widgets)) {
  const alone = await size([widget]);
  const others = await size(Object.keys(widgets).filter((w) => w !== widget));
  console.log(
    `<salon-${widget}>: +${alone - runtime} over the runtime alone, +${all - others} as the last widget added`,
  );
}
console.log(`all widgets: ${all} bytes gzip`);
