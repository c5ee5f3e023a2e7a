import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error the API answers with `{"error": {"code", "message", "field"}}` and its status.
 * Anything else thrown becomes a 500 with a generic message; details go to the log only.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string): ApiError => new ApiError(404, 'not_found', `${what} not found.`);

export const invalidJson = (): ApiError => new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');

export function errorBody(code: string, message: string, field?: string) {
  return { error: field ? { code, message, field } : { code, message } };
}

/** hono/validator's words for a JSON-typed body that does not parse (see json() in validate.ts). */
const MALFORMED_JSON = 'Malformed JSON in request body';

export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json(errorBody(error.code, error.message, error.field), error.status);
  }
  if (error instanceof HTTPException && error.status === 413) {
    return c.json(errorBody('too_large', 'The request body is larger than 16 KB.'), 413);
  }
  if (error instanceof HTTPException && error.status === 400 && error.message === MALFORMED_JSON) {
    return handleError(invalidJson(), c);
  }
  // A refusal that carries its answer, written in our format (hono/bearer-auth's, in auth/access.ts).
  if (error instanceof HTTPException && error.res) {
    for (const [name, value] of error.res.headers) c.header(name, value);
    return c.newResponse(error.res.body, error.res.status as ContentfulStatusCode);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json(errorBody('bad_request', error.message || 'Bad request.'), error.status as ContentfulStatusCode);
  }
  console.error(error);
  return c.json(errorBody('internal', 'Something went wrong on our side. Please try again later.'), 500);
}
