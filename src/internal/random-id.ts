/**
 * A random 128-bit id as 32 hex characters. `crypto.randomUUID` exists only in secure
 * contexts, and authors do embed widgets on plain-http pages; `getRandomValues` works everywhere.
 */
export const randomId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
