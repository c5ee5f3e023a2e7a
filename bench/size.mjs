// npm run size: gzip and brotli sizes of the CDN files, checked against the budgets
// (gzip bytes) in package.json's "sizeBudget"; then what a page with one widget loads through
// loader.js (the loader, the element's module and every chunk it imports statically, each
// compressed as it travels), checked against "pageBudget". Bytes are deterministic, so CI
// enforces them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { sizeBudget, pageBudget = {} } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.js') ? [path] : [];
  });

/** A module and every module it imports statically (`from"./x.js"`, `import"./x.js"`; not `import()`). */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, a, b] of readFileSync(file, 'utf8').matchAll(/\bfrom\s*"(\.{1,2}\/[^"]+)"|\bimport\s*"(\.{1,2}\/[^"]+)"/g)) {
    closure(join(dirname(file), a ?? b), seen);
  }
  return seen;
}

export function measure(path) {
  const code = readFileSync(path);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = 0;
  const rows = walk('dist/cdn').sort().map((file) => {
    const size = measure(file);
    const budget = sizeBudget[file];
    const verdict = budget === undefined ? '' : size.gzip <= budget ? `ok (budget ${budget})` : `OVER budget ${budget}`;
    if (budget !== undefined && size.gzip > budget) over++;
    return { file, ...size, verdict };
  });
  const width = Math.max(...rows.map((r) => r.file.length));
  console.log(`${'file'.padEnd(width)}  ${'min'.padStart(7)}  ${'gzip'.padStart(6)}  ${'brotli'.padStart(6)}`);
  for (const r of rows) {
    console.log(`${r.file.padEnd(width)}  ${String(r.raw).padStart(7)}  ${String(r.gzip).padStart(6)}  ${String(r.brotli).padStart(6)}  ${r.verdict}`);
  }
  // One widget on a page, through the loader: what the reader's browser downloads before it draws.
  console.log(`\n${'page with one widget, through loader.js'.padEnd(width)}  ${'files'.padStart(7)}  ${'gzip'.padStart(6)}  ${'brotli'.padStart(6)}`);
  for (const name of readdirSync('dist/cdn/elements').filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3))) {
    const files = ['dist/cdn/loader.js', ...closure(`dist/cdn/elements/${name}.js`)];
    const sizes = files.map(measure);
    const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
    const brotli = sizes.reduce((sum, s) => sum + s.brotli, 0);
    const budget = pageBudget[name];
    const verdict = budget === undefined ? '' : gzip <= budget ? `ok (budget ${budget})` : `OVER budget ${budget}`;
    if (budget !== undefined && gzip > budget) over++;
    console.log(`${`<salon-${name}>`.padEnd(width)}  ${String(files.length).padStart(7)}  ${String(gzip).padStart(6)}  ${String(brotli).padStart(6)}  ${verdict}`);
  }
  const missing = Object.keys(sizeBudget).filter((file) => !rows.some((r) => r.file === file));
  if (missing.length) console.error(`Not built: ${missing.join(', ')} (run npm run build)`);
  if (over || missing.length) process.exit(1);
}
