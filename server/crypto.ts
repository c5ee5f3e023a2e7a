import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 as hex: how tokens and links are kept, so a copy of the database opens nothing. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A random secret for a link or a token, URL-safe. */
export const randomToken = (bytes = 24): string => randomBytes(bytes).toString('base64url');
