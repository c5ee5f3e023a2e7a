// The README's TypeScript examples compile as a developer's would: under `tsc --strict`, importing
// `salon-widgets` by name and resolving it through package.json's exports to the built dist/*.d.ts
// (run after `npm run build`). The custom-backend example once failed here: `options` was optional
// in SalonBackend, so `({ site }, { signal }) => …` did not type-check although Salon always passes it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

test('the README has a TypeScript example of a custom backend', () => {
  assert.ok(blocks.some((code) => /:\s*SalonBackend\b/.test(code)), 'a ```ts block typed as SalonBackend');
});

test('every TypeScript example in the README compiles under tsc --strict against the built package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salon-readme-'));
  try {
    // An app that installed the package: node_modules/salon-widgets is this repository (with its dist/).
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(resolve('.'), join(dir, 'node_modules', 'salon-widgets'), 'dir');
    const files = blocks.map((code, i) => {
      const file = join(dir, `example-${i + 1}.ts`);
      // Each block is a module of its own, as it would be in an app.
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const tsc = resolve('node_modules/typescript/bin/tsc');
    const args = ['--strict', '--noEmit', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler'];
    try {
      execFileSync(process.execPath, [tsc, ...args, '--lib', 'es2022,dom,dom.iterable', ...files], {
        cwd: dir,
        encoding: 'utf8',
      });
    } catch (error) {
      assert.fail(`tsc --strict on the README's examples:\n${error.stdout}${error.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
