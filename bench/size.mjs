// npm run size: gzip and brotli sizes of the CDN files, checked against the budgets
// (gzip bytes) in package.json's "sizeBudget". Bytes are deterministic, so CI enforces them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.js') ? [path] : [];
  });

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
  const missing = Object.keys(sizeBudget).filter((file) => !rows.some((r) => r.file === file));
  if (missing.length) console.error(`Not built: ${missing.join(', ')} (run npm run build)`);
  if (over || missing.length) process.exit(1);
}
