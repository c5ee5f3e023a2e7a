// node bench/module-shares.mjs — each module's share of salon.js's gzip: the CDN build's modules
// (same rollup plugins), each minified alone without mangling, concatenated, and each left out in
// turn; its share is what the gzip loses without it. Shares overlap (gzip finds repeats across
// modules), so they add up to more than the file: a map of where the bytes are, not a budget.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
// The build config reads its folders relative to the working directory: the repository's.
process.chdir(new URL('..', import.meta.url).pathname);
const { default: configs } = await import('../rollup.config.mjs');
const cdn = configs.find((c) => c.input === 'src/cdn/salon.ts');
const bundle = await rollup({ input: cdn.input, plugins: cdn.plugins.filter(p => p.name !== 'salon-precompress'), onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es' });
const chunk = output[0];
const parts = [];
for (const [id, m] of Object.entries(chunk.modules)) {
  if (!m.code) continue;
  const min = (await minify(m.code, { ecma: 2022, module: true, compress: { passes: 2, unused: false }, mangle: false, format: { comments: false } })).code ?? '';
  parts.push({ id: id.replace(process.cwd() + '/', '').replace(/.*node_modules\//, 'nm:'), min });
}
const all = parts.map(p => p.min).join('\n');
const total = gzipSync(all, { level: 9 }).length;
const rows = parts.map((p, i) => ({ id: p.id, raw: p.min.length, marginal: total - gzipSync(parts.filter((_, j) => j !== i).map(p => p.min).join('\n'), { level: 9 }).length }));
rows.sort((a, b) => b.marginal - a.marginal);
console.log('total (unmangled concat)', total);
for (const r of rows) console.log(String(r.marginal).padStart(6), String(r.raw).padStart(7), r.id);
