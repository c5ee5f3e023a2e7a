import type { Context } from 'hono';
import * as v from 'valibot';
import { ApiError } from './errors.js';

/**
 * Characters no text Salon stores may hold: C0 controls but tab and line breaks, DEL, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make an
 * export read otherwise than it is ("‮gpj.exe"). NUL also breaks PostgreSQL text.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** Refuses, with 400 naming where, any string in a parsed body that holds a forbidden character. */
export function refuseControlCharacters(data: unknown, path = ''): void {
  if (typeof data === 'string') {
    if (FORBIDDEN.test(data)) {
      throw new ApiError(400, 'invalid_characters', `${path || 'The request'}: control characters and bidirectional overrides are not allowed.`, path || undefined);
    }
  } else if (Array.isArray(data)) {
    data.forEach((item, i) => refuseControlCharacters(item, path ? `${path}.${i}` : String(i)));
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      refuseControlCharacters(key, path);
      refuseControlCharacters(value, path ? `${path}.${key}` : key);
    }
  }
}

/** A path or query that holds a forbidden character, or tab and line breaks, or broken %-encoding: 400. */
export const urlProblem = (url: URL): string | undefined => {
  try {
    const parts = [decodeURIComponent(url.pathname), ...[...url.searchParams].flat()];
    return parts.some((part) => FORBIDDEN.test(part) || /[\t\n\r]/.test(part)) ? 'The address holds control characters.' : undefined;
  } catch {
    return 'The address is not properly encoded.';
  }
};

/** The request's JSON body (whatever its content type) checked against a schema; 400 for broken JSON or forbidden characters, 422 naming the field otherwise. */
export async function body<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  let data: unknown;
  try {
    data = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  refuseControlCharacters(data);
  return check(schema, data);
}

/** Any value checked against a schema, answering 422 with the first problem's field. */
export function check<S extends v.GenericSchema>(schema: S, data: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? undefined;
  throw new ApiError(422, 'invalid', field ? `${field}: ${issue.message}` : issue.message, field);
}

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** An id an author chooses (site, group, event, book): lower-case letters, digits and dashes. */
export const Id = v.pipe(v.string(), v.regex(ID, 'Use lower-case letters, digits and dashes.'));

/** A path parameter that must be an {@link Id}; 422 naming `id` otherwise. */
export function idParam(value: string | undefined): string {
  if (value === undefined || !ID.test(value)) throw new ApiError(422, 'invalid', 'Use lower-case letters, digits and dashes for the id.', 'id');
  return value;
}

/** The URL normalised if it is an absolute http: or https: URL; `undefined` otherwise (`javascript:`, `data:`, junk). */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** An absolute http(s) URL, normalised. */
export const HttpUrl = v.pipe(
  text(2000),
  v.check((url) => httpUrl(url) !== undefined, 'Expected an http:// or https:// URL.'),
  v.transform((url) => httpUrl(url)!),
);
