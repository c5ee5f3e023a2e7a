import { atom, map, onMount } from 'nanostores';
import { catalogs } from './catalogs.js';
import common from './locales/en/common.js';
import type { Message, MessageKey, StringOverrides } from './messages.js';

/**
 * Catalogs loaded so far, by base language; elements re-render when one arrives. English is
 * there from the start: its texts are the fallback each element carries (see `translate`).
 */
export const $catalogs = /* @__PURE__ */ map<Record<string, StringOverrides>>({ en: {} });

const requested = new Set<string>(['en']);

const canonical = new Map<string, string | undefined>();

/** A valid BCP 47 tag, canonicalised, or `undefined` for anything else an author might write. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (!canonical.has(tag)) {
    let locale: string | undefined;
    try {
      locale = Intl.getCanonicalLocales(tag.trim())[0];
    } catch {
      locale = undefined;
    }
    canonical.set(tag, locale);
  }
  return canonical.get(tag);
}

/**
 * The page's own language, `<html lang>`, watched while a widget is on the page: a language
 * switcher may change it without a reload, and widgets that follow it re-render (as Shoelace's do).
 */
export const $pageLang = /* @__PURE__ */ atom('');
onMount($pageLang, () => {
  const root = document.documentElement;
  const observer = new MutationObserver(() => $pageLang.set(root.lang));
  observer.observe(root, { attributeFilter: ['lang'] });
  return () => observer.disconnect();
});

/** The `lang` of the nearest ancestor that has one, crossing shadow roots; else the document's. */
export function inheritedLang(element: Element): string | undefined {
  for (let node: Node | null = element.parentNode; node; ) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** The language a catalog is kept under: `fr-CA` → `fr`. */
const catalogOf = (locale: string): string => locale.split('-')[0]!.toLowerCase();

/**
 * The language a widget's texts are in: its locale when that language has a catalog here (or
 * the page gives its own texts), else English, the fallback of every message.
 */
export const textLocale = (locale: string, overrides?: StringOverrides): string =>
  $catalogs.get()[catalogOf(locale)] || overrides ? locale : 'en';

/** A language's writing direction, from Intl's text info (`ltr` where the browser has none). */
export function direction(locale: string): string {
  const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?(): { direction: string }; textInfo?: { direction: string } };
  return (info.getTextInfo?.() ?? info.textInfo)?.direction ?? 'ltr';
}

/** Starts loading the catalog a locale needs, once; unknown languages fall back to English. */
export function loadCatalog(locale: string): void {
  const lang = catalogOf(locale);
  if (requested.has(lang) || !catalogs[lang]) return;
  requested.add(lang);
  catalogs[lang]()
    .then((module) => $catalogs.setKey(lang, module.default))
    // A catalog that fails to load leaves English on screen; it is tried again on a later visit.
    .catch(() => requested.delete(lang));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The text for `key` in `locale`: the page's override first, then the language's catalog, then
 * English: the `english` texts of the element asking (its own), or those all widgets share.
 * `{name}` placeholders are filled from `vars`; a `count` var picks the plural form. A var that
 * is neither text nor a number (markup, such as an isolated date) stays a part of its own: the
 * message comes back as its parts, for Lit to render.
 */
export function translate(
  locale: string,
  key: MessageKey,
  vars?: Record<string, string | number>,
  overrides?: StringOverrides,
  english?: StringOverrides,
): string;
export function translate(
  locale: string,
  key: MessageKey,
  vars?: Record<string, unknown>,
  overrides?: StringOverrides,
  english?: StringOverrides,
): string | unknown[];
export function translate(
  locale: string,
  key: MessageKey,
  vars: Record<string, unknown> = {},
  overrides: StringOverrides = {},
  english: StringOverrides = {},
): string | unknown[] {
  const translated: Message | undefined = overrides[key] ?? $catalogs.get()[catalogOf(locale)]?.[key];
  const message: Message = translated ?? english[key] ?? (common as StringOverrides)[key] ?? key;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    // English words take English plural rules, whatever the reader's language.
    const rulesLocale = translated ? locale : 'en';
    let rules = pluralRules.get(rulesLocale);
    if (!rules) pluralRules.set(rulesLocale, (rules = new Intl.PluralRules(rulesLocale)));
    text = message[rules.select(Number(vars.count))] ?? message.other;
  }
  // Split at the placeholders: the odd parts are their names.
  const parts = text
    .split(/\{(\w+)\}/)
    .map((part, i) =>
      i % 2 ? (part in vars ? (typeof vars[part] === 'number' ? formatNumber(locale, vars[part] as number) : vars[part]) : `{${part}}`) : part,
    );
  return parts.every((part) => typeof part === 'string') ? parts.join('') : parts;
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** A date or time in the reader's language (and the given zone), through a cached `Intl` formatter. */
export const formatDate = (locale: string, date: Date, options: Intl.DateTimeFormatOptions): string =>
  cached(`d${locale}${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).format(date);

/** Two dates as one range ("Mar 1 – 30, 2027"), through the same cached formatters. */
export const formatDateRange = (locale: string, from: Date | number, to: Date | number, options: Intl.DateTimeFormatOptions): string =>
  cached(`d${locale}${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).formatRange(from, to);

/** A number in the reader's language. */
export const formatNumber = (locale: string, value: number, options: Intl.NumberFormatOptions = {}): string =>
  cached(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
