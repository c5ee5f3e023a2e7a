import type en from './locales/en.js';

/** A message: plain text, or plural forms keyed by `Intl.PluralRules` categories. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export type MessageKey = keyof typeof en;

/** A whole catalog; other languages may leave keys out (English fills them). */
export type Messages = Record<MessageKey, Message>;

/** Strings a page overrides on an element through its `strings` property. */
export type StringOverrides = Partial<Record<MessageKey, Message>>;
