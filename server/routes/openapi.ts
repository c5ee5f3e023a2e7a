import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

let cached: unknown;

/** server/openapi.yaml, the contract's documentation, as JSON. */
export function openapiJson(): unknown {
  cached ??= parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8'));
  return cached;
}
