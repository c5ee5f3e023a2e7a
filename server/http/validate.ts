// How the API checks what it is sent, one way for every route: the rules request schemas are made
// of (text, ids, URLs, emails, instants, time zones, counts), and Hono's validator middleware on
// those schemas, answering in our error format — 400 for broken JSON or forbidden characters, 422
// naming the field for anything else.
import { validator } from 'hono/validator';
import * as v from 'valibot';
import { EMAIL_MAX } from '../../src/api/limits.js';
import { isZone } from '../../src/time.js';
import { isLocalDateTime } from '../calendar/recurrence.js';
import { ApiError, invalidJson } from './errors.js';

/**
 * Characters no text Salon stores may hold: C0 controls but tab and line breaks, DEL, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make an
 * export read otherwise than it is ("‮gpj.exe"). NUL also breaks PostgreSQL text.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
/** In an address, tab and line breaks are refused too. */
const FORBIDDEN_IN_URL = /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

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

/**
 * A path or query (of an absolute URL) that holds a forbidden character, or tab and line breaks,
 * or broken %-encoding: 400. Decoded once as a whole, without parsing the URL: this runs on every
 * request.
 */
export const urlProblem = (href: string): string | undefined => {
  const start = href.indexOf('/', href.indexOf('//') + 2);
  const hash = href.indexOf('#');
  const target = start < 0 ? '' : href.slice(start, hash < 0 ? undefined : hash);
  try {
    return FORBIDDEN_IN_URL.test(target.includes('%') ? decodeURIComponent(target) : target) ? 'The address holds control characters.' : undefined;
  } catch {
    return 'The address is not properly encoded.';
  }
};

/** Whether text holds no HTML tag (see `plainText`). */
const noTags = (text: string): boolean => !/<\/?[a-z][^>]*>/i.test(text);

/**
 * The code a problem is answered with: for the rules a reader can break in a form, one that
 * clients word in their reader's language (openapi.yaml lists them); `invalid` for anything else,
 * whose message is the only words there are.
 */
function codeOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'email') return 'invalid_email';
  if (issue.requirement === noTags) return 'html_not_allowed';
  // Lengths of text only: an array's are a number of items, and `minLength(2)` on an id is no "required".
  if (typeof issue.input !== 'string') return 'invalid';
  if (issue.type === 'max_length') return 'too_long';
  return issue.type === 'min_length' && !issue.input ? 'required' : 'invalid';
}

/**
 * Any value checked against a schema, answering 422 with the first problem's field and code; `name`
 * is the field of a value checked on its own (a group's email question). The message starts with
 * the field ("name: …"), for a person reading the answer; clients that show it by the field drop that.
 */
export function check<S extends v.GenericSchema>(schema: S, data: unknown, name?: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? name;
  throw new ApiError(422, codeOf(issue), field ? `${field}: ${issue.message}` : issue.message, field);
}

/**
 * Middleware: the request's JSON body checked against a schema; the handler reads it with
 * `c.req.valid('json')`. Read as JSON whatever its content type: `navigator.sendBeacon` posts
 * text/plain, which hono/validator leaves unread. (A JSON-typed body that does not parse is
 * refused by hono/validator itself; handleError answers it as `invalid_json` too.)
 */
export const json = <S extends v.GenericSchema>(schema: S) =>
  validator('json', async (_parsed, c): Promise<v.InferOutput<S>> => {
    let data: unknown;
    try {
      data = JSON.parse(await c.req.text());
    } catch {
      throw invalidJson();
    }
    refuseControlCharacters(data);
    return check(schema, data);
  });

/** Middleware: the query string checked against a schema; read it with `c.req.valid('query')`. */
export const query = <S extends v.GenericSchema>(schema: S) =>
  validator('query', (data): v.InferOutput<S> => check(schema, data));

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Middleware: path parameters that must be {@link Id}s (a new group, event or book); 422 naming `id` otherwise. */
export const ids = <K extends string>(...names: K[]) =>
  validator('param', (params: Record<string, string>): Record<K, string> => {
    for (const name of names) {
      if (!ID.test(params[name] ?? '')) throw new ApiError(422, 'invalid', 'Use lower-case letters, digits and dashes for the id.', 'id');
    }
    return params as Record<K, string>;
  });

// The rules request schemas are made of.

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** Trimmed text of at most `max` characters, without HTML tags. */
export const plainText = (max: number) => v.pipe(text(max), v.check(noTags, 'Plain text only; HTML tags are not allowed.'));

/** Trimmed text of 1 to `max` characters. */
export const required = (max: number, message?: string) => v.pipe(text(max), v.minLength(1, message));

/** An id an author chooses (site, group, event, book): lower-case letters, digits and dashes. */
export const Id = v.pipe(v.string(), v.regex(ID, 'Use lower-case letters, digits and dashes.'));

/** Trimmed and lower-cased, so one reader is one row whatever they type. */
export const Email = v.pipe(v.string(), v.trim(), v.maxLength(EMAIL_MAX), v.email('Please enter a valid email address.'), v.toLowerCase());

/** An ISO 8601 timestamp. */
/** A language tag (`fr`, `pt-BR`), as a widget sends its own. */
export const Lang = v.pipe(v.string(), v.maxLength(35), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'Expected a language tag such as fr or pt-BR.'));

export const Instant = v.pipe(v.string(), v.isoTimestamp('Expected an ISO 8601 timestamp.'));

/** An IANA time zone this runtime knows. */
export const Zone = v.pipe(v.string(), v.check((zone: string) => isZone(zone), 'Expected an IANA time zone such as America/New_York.'));

/** A wall-clock date and time, `YYYY-MM-DDTHH:mm`. */
export const LocalDateTime = v.pipe(v.string(), v.check(isLocalDateTime, 'Expected a local date and time, YYYY-MM-DDTHH:mm.'));

/** A query parameter that is a whole number from `min` to `max`, as a number. */
export const count = (min: number, max: number) => {
  const message = `Expected a whole number from ${min} to ${max}.`;
  return v.pipe(v.string(), v.regex(new RegExp(`^\\d{1,${String(max).length}}$`), message), v.transform(Number), v.minValue(min, message), v.maxValue(max, message));
};

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
