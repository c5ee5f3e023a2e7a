import { map, type MapStore } from 'nanostores';
import type { SalonBackend, WriteMethod } from '../api/backend.js';
import type { AnswerOf, ParamsOf } from '../api/call.js';
import { toSalonError, type SalonError } from '../api/errors.js';
import type { MessageKey } from '../i18n/messages.js';
import { isEmail } from '../internal/email.js';
import { send, watchDelivery } from './outbox.js';
import { rememberReader } from './profile.js';

/**
 * The message each problem code is worded with in the reader's language: the codes of the widget's
 * own checks and those a backend refuses a field with (server/openapi.yaml); a backend's refusal
 * with any other code is shown in its own words.
 */
export const problemKeys = {
  required: 'form.required',
  invalid_email: 'form.email-invalid',
  too_long: 'form.too-long',
  invalid_characters: 'form.characters',
  consent: 'form.consent-required',
  choose: 'signup.choose',
} as const satisfies Record<string, MessageKey>;

/** What is wrong with one field: a code the widget words in the reader's language, or the backend's own text. */
export type Problem = { code: keyof typeof problemKeys } | { text: string };

/** Field name (`email`, `name`, `consent` or a group field's name) → its problem. */
export type Problems = Record<string, Problem>;

/** An email address's problem, if any: it is required and must look like one. */
export const checkEmail = (email: string): Problem | undefined =>
  !email ? { code: 'required' } : isEmail(email) ? undefined : { code: 'invalid_email' };

/**
 * The problems of the contact fields a form shows: the email always; the name and the consent
 * only when the form has them (a field left out of `form` is not checked).
 */
export function checkContact(form: { email: string; name?: string; consent?: boolean }): Problems {
  const problems: Problems = {};
  if (form.name !== undefined && !form.name) problems.name = { code: 'required' };
  const email = checkEmail(form.email);
  if (email) problems.email = email;
  if (form.consent === false) problems.consent = { code: 'consent' };
  return problems;
}

/**
 * A refusal's field errors on the fields the form shows (`shown`), by its code when the widget
 * words it; what names no shown field becomes one general message.
 */
export function serverProblems({ code, fields, message }: SalonError, shown: readonly string[]): { problems: Problems; general?: string } {
  const problems: Problems = {};
  const other: string[] = [];
  const worded = Object.hasOwn(problemKeys, code!) && ({ code } as Problem);
  for (const [name, text] of Object.entries(fields)) {
    if (shown.includes(name)) problems[name] = worded || { text };
    else other.push(text);
  }
  const general = other.length ? other.join(' ') : Object.keys(problems).length ? undefined : message;
  return general ? { problems, general } : { problems };
}

export interface SubmissionState<R> {
  /**
   * `editing` (the form, maybe with problems), `sending`, `queued` (saved while offline, sent
   * later), `done` (accepted, see `result`) or `error` (not sent, see `error`; the reader may retry).
   */
  phase: 'editing' | 'sending' | 'queued' | 'done' | 'error';
  problems: Problems;
  /** A refusal that names no field the form shows. */
  general?: string;
  result?: R;
  error?: SalonError;
}

export interface SubmissionHooks<R> {
  success(result: R): void;
  error(error: SalonError): void;
}

export interface SubmitOptions {
  /** Remember the reader's name and email on this site once the write is accepted. */
  remember: boolean;
  /** Names of the fields the form shows, for the backend's field errors. */
  shown: readonly string[];
}

export interface Submission<M extends WriteMethod> {
  readonly $state: MapStore<SubmissionState<AnswerOf<M>>>;
  /** Shows (or clears, with `undefined`) one field's problem. */
  check(name: string, problem: Problem | undefined): void;
  /** Shows the problems of a form that is not ready to send. */
  reject(problems: Problems): void;
  /** Sends the write through the outbox; ignored while one is being sent. */
  submit(backend: SalonBackend, params: ParamsOf<M>, options: SubmitOptions): Promise<void>;
  /** Back to an empty form (another RSVP, another signup). */
  reset(): void;
  /** Stops following a queued write (the widget left the page). */
  dispose(): void;
}

/**
 * One form's write — a signup, an RSVP — from editing to done: editing → sending → done, or
 * queued until the outbox delivers it, or back to editing with the backend's field errors, or
 * error. `hooks` hear of the outcome, also when a queued write is delivered later.
 */
export function submission<M extends WriteMethod>(method: M, hooks: SubmissionHooks<AnswerOf<M>>): Submission<M> {
  type R = AnswerOf<M>;
  const $state = map<SubmissionState<R>>({ phase: 'editing', problems: {} });
  let unwatch: (() => void) | undefined;

  const succeed = (result: R, params: ParamsOf<M>, remember: boolean): void => {
    if (remember) rememberReader({ name: params.name ?? '', email: params.email });
    $state.set({ phase: 'done', problems: {}, result });
    hooks.success(result);
  };

  const fail = (error: SalonError, shown: readonly string[]): void => {
    $state.set(
      error.kind === 'validation'
        ? { phase: 'editing', ...serverProblems(error, shown) }
        : { phase: 'error', problems: {}, error },
    );
    hooks.error(error);
  };

  const dispose = (): void => {
    unwatch?.();
    unwatch = undefined;
  };

  return {
    $state,
    check(name, problem) {
      const { [name]: _old, ...problems } = $state.get().problems;
      $state.setKey('problems', problem ? { ...problems, [name]: problem } : problems);
    },
    reject(problems) {
      $state.set({ phase: 'editing', problems });
    },
    async submit(backend, params, { remember, shown }) {
      if ($state.get().phase === 'sending') return;
      $state.set({ phase: 'sending', problems: {} });
      try {
        const sent = await send(backend, method, params);
        if (sent.state === 'delivered') return succeed(sent.result, params, remember);
        $state.set({ phase: 'queued', problems: {} });
        unwatch = watchDelivery(sent.key, (delivery) => {
          unwatch = undefined;
          if (delivery.state === 'delivered') succeed(delivery.result as R, params, remember);
          else fail(delivery.error, shown);
        });
      } catch (error) {
        fail(toSalonError(error), shown);
      }
    },
    reset() {
      dispose();
      $state.set({ phase: 'editing', problems: {} });
    },
    dispose,
  };
}
