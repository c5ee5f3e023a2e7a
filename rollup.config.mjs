// Three builds from one source tree (see README, "Builds"):
//  1. dist/        the npm package: one ES module per source module, dependencies external, .d.ts types
//  2. dist/cdn/    salon.js and salon.iife.js (everything bundled, minified, Lit's production build),
//                  locales/<lang>.js loaded on demand, and loader.js with elements/ for lazy definition
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import typescript from '@rollup/plugin-typescript';
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const ts = (declarations = false) =>
  typescript({
    tsconfig: 'tsconfig.json',
    noEmitOnError: true,
    ...(declarations
      ? { outDir: 'dist', declarationDir: 'dist' }
      : { declaration: false, declarationMap: false, sourceMap: false, outDir: undefined }),
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

const browser = () => [
  nodeResolve({ browser: true }),
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
];

/** Lit's css`` and html`` templates without their indentation and comments (Salon's own sources only). */
const literals = () => minifyTemplateLiterals({ include: ['components/**', 'src/**'], failOnError: true });

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
    plugins: [catalogsBesideBundle, ...browser(), ts(), literals()],
    output: [
      { file: 'dist/cdn/salon.js', format: 'es', plugins: [minify()] },
      { file: 'dist/cdn/salon.iife.js', format: 'iife', name: 'Salon', plugins: [minify(false)] },
    ],
  },
  {
    input: Object.fromEntries(locales.map((lang) => [lang, `src/i18n/locales/${lang}.ts`])),
    plugins: [ts()],
    output: { dir: 'dist/cdn/locales', format: 'es', plugins: [minify()] },
  },
  {
    input: elements,
    plugins: [...browser(), ts(), literals()],
    output: { dir: 'dist/cdn/elements', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', plugins: [minify()] },
  },
  {
    // The demo's embed-code builder (demo/builder/), served at /demo/builder.js; not part of the package.
    input: 'demo/builder/builder.js',
    plugins: [...browser(), frameworks],
    output: { file: 'dist/demo/builder.js', format: 'es', plugins: [minify()] },
  },
  {
    input: 'src/cdn/loader.ts',
    plugins: [...browser(), ts()],
    output: { file: 'dist/cdn/loader.js', format: 'iife', plugins: [minify(false)] },
  },
];
