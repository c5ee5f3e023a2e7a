import { persisted } from './persist.js';

/** What a reader agreed to let this site remember, to pre-fill the next form. */
export interface ReaderProfile {
  name: string;
  email: string;
}

const isProfile = (value: unknown): value is ReaderProfile | undefined =>
  value === undefined ||
  (typeof value === 'object' &&
    value !== null &&
    typeof (value as ReaderProfile).name === 'string' &&
    typeof (value as ReaderProfile).email === 'string');

/**
 * The remembered reader, or `undefined`. Set only through {@link rememberReader}, which a widget
 * calls after the reader has ticked "remember me"; kept in this site's localStorage, never sent
 * anywhere by itself.
 */
export const $reader = /* @__PURE__ */ persisted<ReaderProfile | undefined>('salon:reader', undefined, isProfile);

/** Remember the reader's name and email on this site (only after they agreed). */
export const rememberReader = (profile: ReaderProfile): void =>
  $reader.set({ name: profile.name.trim(), email: profile.email.trim() });

/** Forget the remembered reader ("not you?"). */
export const forgetReader = (): void => $reader.set(undefined);
