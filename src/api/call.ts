import type { RequestOptions, SalonBackend } from './backend.js';
import { SalonError, isAbort, toSalonError } from './errors.js';
import * as schemas from './schemas.js';
import { check, Malformed } from './shape.js';

/** The schema each backend method's answer must satisfy. */
const answers = {
  getGroup: schemas.Group,
  signup: schemas.SignupResult,
  listEvents: schemas.EventList,
  rsvp: schemas.RsvpResult,
  getRecommendations: schemas.Recommendations,
  swapSignup: schemas.SignupResult,
  recordSwapEvents: schemas.Empty,
};

export type BackendMethod = keyof typeof answers;
export type ParamsOf<M extends BackendMethod> = Parameters<SalonBackend[M]>[0];
export type AnswerOf<M extends BackendMethod> = Awaited<ReturnType<SalonBackend[M]>>;

/**
 * Calls a backend method and validates its answer, whatever the backend: a REST server, the
 * in-memory one or a developer's own object. Anything thrown comes out as a {@link SalonError}
 * (aborts stay aborts), so callers handle one shape of failure.
 */
export async function callBackend<M extends BackendMethod>(
  backend: SalonBackend,
  method: M,
  params: ParamsOf<M>,
  options: RequestOptions = {},
): Promise<AnswerOf<M>> {
  let answer: unknown;
  try {
    answer = await (backend[method] as (p: unknown, o: RequestOptions) => Promise<unknown>)(params, options);
  } catch (error) {
    throw isAbort(error) ? error : toSalonError(error);
  }
  try {
    return check(answers[method], answer) as AnswerOf<M>;
  } catch (error) {
    throw new SalonError('server', `The backend's answer to ${method} is malformed at ${(error as Malformed).message}`, {
      code: 'invalid_response',
    });
  }
}
