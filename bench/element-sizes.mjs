// node bench/element-sizes.mjs — what each widget adds to dist/cdn/salon.js, in gzip bytes, and
// what the tools authors paste today weigh, bundled and minified the same way (their npm packages).
// Builds the CDN bundle (same rollup plugins, same minifier) with the shared runtime and
// <salon-provider> only, then with each widget added, and with all of them. A widget's English
// texts (src/i18n/locales/en/<widget>.ts, which the widget carries) count as the widget's, not the runtime's;
// what several widgets share (src/: the submission flow, form styles, `form.*` texts) is runtime,
// and is in a widget's "over the runtime alone" figure only because that build has no other user.
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import configs from '../rollup.config.mjs';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const cdn = configs.find((c) => c.input === 'src/cdn/salon.ts');
/** The widgets, by folder. */
const widgets = { 'group-signup': 'signup', 'event-calendar': 'calendar', 'swap-card': 'swap' };
const base = readFileSync(root('src/cdn/salon.ts'), 'utf8').replace(
  new RegExp(`^export \\* from '\\.\\./\\.\\./components/(${Object.keys(widgets).join('|')})/.*$`, 'gm'),
  '',
);
const entryId = root('src/cdn/size-entry.ts');

async function size(included) {
  const entry = {
    name: 'size-entry',
    resolveId: (id) => (id === entryId ? id : null),
    load: (id) =>
      id === entryId
        ? base.replace(/from '\.\.\//g, `from '${root('src/')}`) +
          included.map((w) => `export * from '${root(`components/${w}/${w}.ts`)}';\n`).join('')
        : null,
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

/** A package's browser code as a page would ship it, through the same resolver, replace and minifier. */
async function peer(code) {
  const id = '\0peer-entry';
  const entry = { name: 'peer-entry', resolveId: (i) => (i === id ? id : null), load: (i) => (i === id ? code : null) };
  const bundle = await rollup({
    input: id,
    plugins: [entry, nodeResolve({ browser: true }), replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
  });
  await bundle.close();
  return output.reduce((sum, chunk) => sum + (chunk.type === 'chunk' ? gzipSync(chunk.code, { level: 9 }).length : 0), 0);
}

console.log(`\nfor comparison, bundled the same way:`);
console.log(`add-to-calendar-button 2.15.0 (one button): ${await peer("import 'add-to-calendar-button';")} bytes gzip`);
console.log(
  `FullCalendar 6.1.21 core + daygrid + list: ${await peer(
    "export { Calendar } from '@fullcalendar/core'; export { default as d } from '@fullcalendar/daygrid'; export { default as l } from '@fullcalendar/list';",
  )} bytes gzip`,
);
