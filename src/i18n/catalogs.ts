import type { StringOverrides } from './messages.js';

/**
 * The catalogs that load on demand. The CDN bundles swap this module for one that imports
 * `locales/<lang>.js` beside the bundle (see rollup.config.mjs), so a page pays only for the
 * language it shows.
 */
export const catalogs: Record<string, () => Promise<{ default: StringOverrides }>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
};
