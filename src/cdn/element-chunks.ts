/**
 * Element module → the chunks it imports, directly or through another chunk, as paths under
 * `elements/`. The CDN build writes the real map into the loader (see rollup.config.mjs) from the
 * element modules it has just written; this empty one stands in elsewhere (a missing entry only
 * means no preloading).
 */
export const elementChunks: Record<string, string[]> = {};
