/**
 * What went wrong, in the few kinds a widget needs to tell a reader apart.
 * - `network`: the backend could not be reached (offline, DNS, refused, CORS).
 * - `timeout`: the backend did not answer in time.
 * - `validation`: the backend refused the input; `fields` names the fields.
 * - `rate-limited`: too many requests; `retryAfter` says when to try again (seconds).
 * - `not-found`: the group, event or site does not exist.
 * - `server`: the backend failed (5xx) or answered with data that breaks the contract.
 * - `config`: the widget has no backend (no `api` attribute, provider or script tag).
 */
export type SalonErrorKind =
  | 'network'
  | 'timeout'
  | 'validation'
  | 'rate-limited'
  | 'not-found'
  | 'server'
  | 'config';

export interface SalonErrorInit {
  /** Machine-readable code from the backend, e.g. `invalid_email`. */
  code?: string;
  /** Field name → message, for validation errors. */
  fields?: Record<string, string>;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Seconds to wait before retrying, for rate limits. */
  retryAfter?: number;
}

/**
 * The one error type the backend layer throws. Compare `kind`, not `instanceof`:
 * two copies of Salon on one page (CDN and npm) have two classes.
 */
export class SalonError extends Error {
  override readonly name = 'SalonError';
  readonly code?: string;
  readonly fields: Record<string, string>;
  readonly status?: number;
  readonly retryAfter?: number;

  constructor(
    readonly kind: SalonErrorKind,
    message: string,
    init: SalonErrorInit = {},
  ) {
    super(message);
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.status = init.status;
    this.retryAfter = init.retryAfter;
  }
}

/** Whether an error means "the request may not have arrived; try again later". */
/**
 * A refusal's message as shown beside its field: without the field's name, which a backend may
 * start it with for people reading the raw answer ("name: …", as the reference server does).
 */
export const besideField = (field: string, message: string): string =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

export const isTransient = (error: unknown): boolean =>
  error instanceof Error &&
  'kind' in error &&
  (error.kind === 'network' || error.kind === 'timeout');

/** Whether an error is the caller's own abort, which is not a failure to report. */
export const isAbort = (error: unknown): boolean =>
  error instanceof Error && error.name === 'AbortError';

/** Any thrown value as a SalonError, for backends that throw something else. */
export const toSalonError = (error: unknown): SalonError =>
  error instanceof Error && 'kind' in error
    ? (error as SalonError)
    : new SalonError('server', error instanceof Error ? error.message : String(error));
