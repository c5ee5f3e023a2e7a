// Builds from one source tree (see README, "Builds"):
//  1. dist/         the npm package: one ES module per source module, dependencies external, .d.ts types
//  2. dist/cdn/     salon.js and salon.iife.js (everything bundled, minified, Lit's production build),
//                   locales/<lang>.js loaded on demand, and loader.js with elements/ for lazy definition
//  3. dist/console/ the author's console (console/), served by the reference server at /console/
//  4. dist/demo/    the embed-code builder's page bundle and React and Vue for /examples/
// Everything a browser downloads from the server is also written as .br and .gz beside itself, so
// the server sends it compressed without compressing per request.
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import typescript from '@rollup/plugin-typescript';
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { closure } from './bench/size.mjs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).map((name) => new RegExp(`^${name}(/|$)`));
const locales = readdirSync('src/i18n/locales').map((f) => f.replace(/\.ts$/, '')).filter((l) => l !== 'en');
const elements = Object.fromEntries(
  [...readFileSync('src/cdn/elements.ts', 'utf8').matchAll(/'(salon-[\w-]+)': '([\w-]+)'/g)].map(([, , name]) => [
    name,
    `components/${name}/${name}.ts`,
  ]),
);

/** Type-checks and transpiles; only the npm build writes declarations. */
const ts = (declarations = false, tsconfig = 'tsconfig.json') =>
  typescript({
    tsconfig,
    noEmitOnError: true,
    ...(declarations
      ? { outDir: 'dist', declarationDir: 'dist' }
      : { declaration: false, declarationMap: false, sourceMap: false, outDir: undefined, noEmit: false }),
  });

/** Brotli (quality 11) and gzip (level 9) copies of each file written, for the server to send as they are. */
const precompress = () => ({
  name: 'salon-precompress',
  writeBundle(options, bundle) {
    const dir = options.dir ?? dirname(options.file);
    for (const name of Object.keys(bundle)) {
      if (!/\.(js|css|html|json|svg)$/.test(name)) continue;
      const path = join(dir, name);
      const data = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    }
  },
});

/** Files copied as they are into a build's folder (the console's page and its CSS), as assets. */
const assets = (files) => ({
  name: 'salon-assets',
  buildStart() {
    for (const file of files) this.addWatchFile(file);
  },
  generateBundle() {
    for (const file of files) this.emitFile({ type: 'asset', fileName: file.split('/').pop(), source: readFileSync(file) });
  },
});

/**
 * In single-file bundles, catalogs come from `locales/<lang>.js` beside the bundle, found from
 * the bundle's own URL (rollup turns `import.meta.url` into `document.currentScript.src` in the IIFE).
 */
const catalogsBesideBundle = {
  name: 'salon-catalogs-beside-bundle',
  load(id) {
    if (id !== fileURLToPath(new URL('./src/i18n/catalogs.ts', import.meta.url))) return null;
    return `export const catalogs = Object.fromEntries(${JSON.stringify(locales)}.map((lang) =>
      [lang, () => import(new URL('locales/' + lang + '.js', import.meta.url).href)]));`;
  },
};

/**
 * The loader's map from each element module to every chunk it imports (statically, through any
 * depth), read from the element modules the build has just written to dist/cdn/elements/ (the
 * configs below build in order), so the loader can preload them beside the element.
 */
const elementChunksForLoader = {
  name: 'salon-element-chunks',
  load(id) {
    if (id !== fileURLToPath(new URL('./src/cdn/element-chunks.ts', import.meta.url))) return null;
    const dir = 'dist/cdn/elements/';
    // bench/size.mjs's closure: the module and what it imports statically, as paths; here the imports, from dir.
    const map = Object.fromEntries(
      Object.keys(elements).map((name) => [name, [...closure(`${dir}${name}.js`)].slice(1).map((path) => path.slice(dir.length))]),
    );
    return `export const elementChunks = ${JSON.stringify(map)};`;
  },
};

const browser = () => [
  nodeResolve({ browser: true }),
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
];

/** Lit's css`` and html`` templates without their indentation and comments (Salon's own sources only). */
const literals = () => minifyTemplateLiterals({ include: ['components/**', 'src/**', 'console/**'], failOnError: true });

/**
 * React and Vue for the demo's /examples/ page, as ES modules its import map names (no build step
 * for the example code). Vue ships a browser build; React ships only CommonJS, so esbuild bundles
 * it as an app's bundler or a CDN like esm.sh would, with each package's named exports.
 */
const frameworks = {
  name: 'salon-demo-frameworks',
  async generateBundle() {
    const require = createRequire(import.meta.url);
    const reexport = (name) =>
      `import m from '${name}'; export default m; export const { ${Object.keys(require(name))
        .filter((key) => /^[A-Za-z_$][\w$]*$/.test(key))
        .join(', ')} } = m;`;
    const entries = { react: 'react', 'react-dom-client': 'react-dom/client' };
    const { outputFiles } = await build({
      entryPoints: Object.keys(entries),
      outdir: 'vendor',
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      write: false,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [
        {
          name: 'entries',
          setup(esbuild) {
            esbuild.onResolve({ filter: /^[\w-]+$/ }, ({ path, kind }) =>
              kind === 'entry-point' ? { path, namespace: 'entry' } : undefined,
            );
            esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => ({
              contents: reexport(entries[path]),
              resolveDir: fileURLToPath(new URL('.', import.meta.url)),
            }));
          },
        },
      ],
    });
    for (const file of outputFiles) {
      this.emitFile({ type: 'asset', fileName: `vendor/${file.path.split('/vendor/')[1]}`, source: file.contents });
    }
    this.emitFile({ type: 'asset', fileName: 'vendor/vue.js', source: readFileSync(require.resolve('vue/dist/vue.esm-browser.prod.js')) });
  },
};

/** `module: false` for classic scripts: their top-level names (`var Salon`) are the API. */
const minify = (module = true) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

export default [
  {
    input: ['src/index.ts', ...Object.values(elements)],
    external,
    plugins: [ts(true)],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: '.', sourcemap: true },
  },
  {
    input: 'src/cdn/salon.ts',
    plugins: [catalogsBesideBundle, ...browser(), ts(), literals(), precompress()],
    output: [
      { file: 'dist/cdn/salon.js', format: 'es', plugins: [minify()] },
      { file: 'dist/cdn/salon.iife.js', format: 'iife', name: 'Salon', plugins: [minify(false)] },
    ],
  },
  {
    input: Object.fromEntries(locales.map((lang) => [lang, `src/i18n/locales/${lang}.ts`])),
    plugins: [ts(), precompress()],
    output: { dir: 'dist/cdn/locales', format: 'es', plugins: [minify()] },
  },
  {
    input: elements,
    plugins: [...browser(), ts(), literals(), precompress()],
    output: { dir: 'dist/cdn/elements', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', plugins: [minify()] },
  },
  {
    // The embed-code builder (console/builder/) for the public /builder/ page, served at
    // /demo/builder.js; not part of the package.
    input: 'demo/builder/builder.ts',
    plugins: [...browser(), ts(false, 'console/tsconfig.json'), literals(), frameworks, precompress()],
    output: { file: 'dist/demo/builder.js', format: 'es', plugins: [minify()] },
  },
  {
    input: 'src/cdn/loader.ts',
    plugins: [elementChunksForLoader, ...browser(), ts(), precompress()],
    output: { file: 'dist/cdn/loader.js', format: 'iife', plugins: [minify(false)] },
  },
  {
    // The author's console: its own bundle (Lit, Salon's elements for previews, uPlot), not in the package.
    input: 'console/console.ts',
    plugins: [...browser(), ts(false, 'console/tsconfig.json'), literals(), assets(['console/index.html', 'console/console.css']), precompress()],
    output: { dir: 'dist/console', format: 'es', entryFileNames: 'console.js', chunkFileNames: 'chunks/[name]-[hash].js', plugins: [minify()] },
  },
];
