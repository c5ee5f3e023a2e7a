/**
 * Whether text looks like an email address: something@domain.tld, no spaces. Deliberately
 * loose; the backend has the last word and the confirmation email proves the rest.
 */
export const isEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
