import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../paths.js';

let cached: unknown;

/** server/openapi.yaml, the contract's documentation, as JSON. */
export function openapiJson(): unknown {
  cached ??= parse(readFileSync(join(root, 'server/openapi.yaml'), 'utf8'));
  return cached;
}
