// The tree's layers, as the README describes them: src/ is the non-visual core that components/
// render with, so nothing in src/ imports a component, except the package's entry points
// (src/index.ts and the CDN entries in src/cdn/), whose job is to gather the elements. And the
// stores decide without knowing the elements: src/stores/ imports neither components/ nor the
// base element.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
const imports = (file) => [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gm)].map((m) => m[1]);
const entries = (file) => file === 'src/index.ts' || file.startsWith('src/cdn/');

test('only the entry points in src/ import components/', () => {
  const upward = files('src')
    .filter((file) => !entries(file))
    .flatMap((file) => imports(file).filter((spec) => spec.includes('/components/')).map((spec) => `${file} → ${spec}`));
  assert.deepEqual(upward, []);
  assert.ok(imports('src/index.ts').some((spec) => spec.includes('/components/')), 'the check sees the entry’s imports');
});

test('stores import no element', () => {
  const upward = files('src/stores').flatMap((file) =>
    imports(file)
      .filter((spec) => spec.includes('/components/') || spec.includes('/internal/salon-element'))
      .map((spec) => `${file} → ${spec}`),
  );
  assert.deepEqual(upward, []);
});
