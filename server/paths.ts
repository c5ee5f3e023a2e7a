import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root, found from this file whether it runs from source (through tsx) or
 * compiled to dist/server-build: the nearest folder above with Salon's package.json.
 */
function findRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'salon-widgets') return dir;
  }
  throw new Error('Salon: cannot find the repository root (package.json of salon-widgets).');
}

export const root = findRoot();
