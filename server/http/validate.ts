import type { Context } from 'hono';
import * as v from 'valibot';
import { ApiError } from './errors.js';

/** The request's JSON body checked against a schema; 400 for broken JSON, 422 naming the field otherwise. */
export async function body<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  let data: unknown;
  try {
    data = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
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
