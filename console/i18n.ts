// The console's languages. Each screen keeps its own texts beside it (`messages.ts`, one object
// per language with the same keys, checked by TypeScript) and reads them with `translator()`;
// the author's choice of language is one store, remembered in this browser.
import { atom } from 'nanostores';

export const LANGUAGES = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch' } as const;
export type Lang = keyof typeof LANGUAGES;

/** A message: text with `{name}` placeholders, or plural forms by `Intl.PluralRules` category of `{count}`. */
export type Message = string | { one?: string; other: string; zero?: string; two?: string; few?: string; many?: string };

/** The same keys in every language; English is the reference. */
export type Catalog<K extends string> = { en: Record<K, Message> } & Record<Exclude<Lang, 'en'>, Record<K, Message>>;

const STORAGE_KEY = 'salon-console-lang';

const isLang = (value: unknown): value is Lang => typeof value === 'string' && value in LANGUAGES;

function initial(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Storage blocked: follow the browser.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** The console's language. */
export const $lang = atom<Lang>(initial());

export function setLang(lang: Lang): void {
  $lang.set(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; still applies now.
  }
}

const plurals = new Map<Lang, Intl.PluralRules>();

/** Fills `{name}` placeholders; a plural message picks its form by `vars.count`. */
export function format(lang: Lang, message: Message, vars: Record<string, string | number> = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    let rules = plurals.get(lang);
    if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
    const count = Number(vars.count ?? 0);
    text = (count === 0 && message.zero) || message[rules.select(count)] || message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? (typeof vars[name] === 'number' ? new Intl.NumberFormat(lang).format(vars[name]) : String(vars[name])) : whole,
  );
}

/** A screen's `t(key, vars)` over its catalog, in the language in force. */
export function translator<K extends string>(catalog: Catalog<K>): (key: K, vars?: Record<string, string | number>) => string {
  return (key, vars) => {
    const lang = $lang.get();
    return format(lang, catalog[lang][key] ?? catalog.en[key], vars);
  };
}

/** A date and time for the author, in their language and time zone. */
export function formatDateTime(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat($lang.get(), options).format(date);
}
