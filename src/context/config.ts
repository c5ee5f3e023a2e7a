import { createContext } from '@lit/context';
import type { SalonBackend } from '../api/backend.js';

/** Configuration a page gives Salon; every field is optional at every level. */
export interface SalonConfig {
  /** Base URL of the REST API. */
  api?: string;
  /** The author's site id on that backend. */
  site?: string;
  /** Language for the widgets' texts, a BCP 47 tag. */
  lang?: string;
  /** A backend object to use instead of the REST client. */
  backend?: SalonBackend;
}

/** Where a widget's data comes from, once its configuration is complete. */
export interface Connection {
  site: string;
  backend: SalonBackend;
}

/**
 * The configuration in force, from levels nearest first (an element's attributes, providers, the
 * script tag). The first level that names a backend object or an API URL gives the backend, and
 * an object beats a URL at the same level; the first that names a site gives the site, and so
 * for the language. The one place this rule lives: providers merge with it, widgets read with it.
 */
export function resolveConfig(levels: readonly SalonConfig[]): SalonConfig {
  const source = levels.find((level) => level.backend || level.api);
  const config: SalonConfig = source?.backend ? { backend: source.backend } : source ? { api: source.api } : {};
  for (const key of ['site', 'lang'] as const) {
    const value = levels.find((level) => level[key])?.[key];
    if (value) config[key] = value;
  }
  return config;
}

/**
 * The context `<salon-provider>` provides. `Symbol.for` makes the key the same in every copy of
 * Salon on a page, so an npm build and a CDN build configure each other's widgets.
 */
export const configContext = createContext<SalonConfig>(Symbol.for('salon-config'));

const SCRIPT_CONFIG = Symbol.for('salon-script-config');
type Global = typeof globalThis & { [SCRIPT_CONFIG]?: SalonConfig };

const fromDataset = ({ dataset }: HTMLScriptElement | HTMLElement): SalonConfig | undefined =>
  dataset.api || dataset.site || dataset.lang
    ? { api: dataset.api, site: dataset.site, lang: dataset.lang }
    : undefined;

/**
 * Remembers the `data-api`, `data-site` and `data-lang` of the script that is running now.
 * Called while a classic script (the IIFE bundle or the loader) executes, the one moment
 * `document.currentScript` points at it. The first Salon script with data wins.
 */
export function captureScriptConfig(): void {
  const script = document.currentScript;
  const config = script && fromDataset(script as HTMLScriptElement);
  if (config) (globalThis as Global)[SCRIPT_CONFIG] ??= config;
}

/**
 * The configuration from the page's Salon script tag. Module scripts have no `currentScript`,
 * so for them the tag is found by its `data-salon` marker or a `src` that names Salon.
 */
export function scriptConfig(): SalonConfig {
  const captured = (globalThis as Global)[SCRIPT_CONFIG];
  if (captured) return captured;
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-salon], script[src*="salon"]')) {
    const config = fromDataset(script);
    if (config) return config;
  }
  return {};
}
