import { map, type MapStore } from 'nanostores';
import type { SalonBackend, SignupParams } from '../api/backend.js';
import { toSalonError, type SalonError } from '../api/errors.js';
import type { FormField, Group, SignupResult } from '../api/schemas.js';
import { isEmail } from '../internal/email.js';
import { send, watchDelivery } from './outbox.js';
import { rememberReader } from './profile.js';

/** What is wrong with one field: a code the widget words in the reader's language, or the backend's own text. */
export type Problem = { code: 'required' | 'email' | 'consent' | 'choose' } | { text: string };

/** Field name (`email`, `name`, `consent` or a group field's name) → its problem. */
export type Problems = Record<string, Problem>;

/** What the reader entered, read from the form. */
export interface SignupForm {
  email: string;
  name: string;
  /** Group field name → answer; checkbox groups answer with a list. */
  answers: Record<string, string | string[]>;
  consent: boolean;
  remember: boolean;
  /** The honeypot's value; people never see it, so it stays empty. */
  honeypot: string;
}

/** The form control names the widget uses; group fields are prefixed so they never collide with them. */
export const answerName = (field: FormField): string => `answers.${field.name}`;

const text = (data: FormData, name: string): string => String(data.get(name) ?? '').trim();

/** Reads the reader's input from the form's data; `fields` are the group fields the form shows. */
export function readForm(data: FormData, fields: readonly FormField[]): SignupForm {
  return {
    email: text(data, 'email'),
    name: text(data, 'name'),
    answers: Object.fromEntries(
      fields.map((field) => [
        field.name,
        field.type === 'checkboxes' ? data.getAll(answerName(field)).map(String) : text(data, answerName(field)),
      ]),
    ),
    consent: data.has('consent'),
    remember: data.has('remember'),
    honeypot: String(data.get('website') ?? ''),
  };
}

/** An email address's problem, if any: it is required and must look like one. */
export const checkEmail = (email: string): Problem | undefined =>
  !email ? { code: 'required' } : isEmail(email) ? undefined : { code: 'email' };

/** A group field's problem, if any. */
export const checkAnswer = (field: FormField, answer: string | string[] | undefined): Problem | undefined =>
  field.required && !answer?.length ? { code: field.type === 'checkboxes' ? 'choose' : 'required' } : undefined;

/** Every problem in the form, by field name, in the order the fields are shown. */
export function validate(form: SignupForm, fields: readonly FormField[]): Problems {
  const problems: Problems = {};
  const email = checkEmail(form.email);
  if (email) problems.email = email;
  for (const field of fields) {
    const problem = checkAnswer(field, form.answers[field.name]);
    if (problem) problems[field.name] = problem;
  }
  if (!form.consent) problems.consent = { code: 'consent' };
  return problems;
}

export interface SignupContext {
  site: string;
  /** The page the signup comes from. */
  source: string;
  /** Milliseconds since the form appeared. */
  elapsedMs: number;
}

/** The signup to send for a valid form: empty answers and an empty name are left out. */
export function signupParams(form: SignupForm, group: Group, { site, source, elapsedMs }: SignupContext): SignupParams {
  const answers = Object.fromEntries(Object.entries(form.answers).filter(([, answer]) => answer.length > 0));
  return {
    site,
    group: group.id,
    email: form.email,
    ...(form.name ? { name: form.name } : {}),
    answers,
    consentVersion: group.consent.version,
    source,
    elapsedMs,
    honeypot: form.honeypot,
  };
}

/**
 * A refusal's field errors on the fields the form shows (`shown`); what names no shown field
 * becomes one general message.
 */
export function serverProblems(error: SalonError, shown: readonly string[]): { problems: Problems; general?: string } {
  const problems: Problems = {};
  const other: string[] = [];
  for (const [name, message] of Object.entries(error.fields)) {
    if (shown.includes(name)) problems[name] = { text: message };
    else other.push(message);
  }
  const general = other.length ? other.join(' ') : Object.keys(problems).length ? undefined : error.message;
  return general ? { problems, general } : { problems };
}

export interface SignupState {
  /**
   * `editing` (the form, maybe with problems), `sending`, `queued` (saved while offline, sent
   * later), `done` (accepted, see `status`) or `error` (not sent, see `error`; the reader may retry).
   */
  phase: 'editing' | 'sending' | 'queued' | 'done' | 'error';
  problems: Problems;
  /** A refusal that names no field the form shows. */
  general?: string;
  status?: SignupResult['status'];
  error?: SalonError;
}

export interface SignupHooks {
  success(status: SignupResult['status']): void;
  error(error: SalonError): void;
}

export interface SubmitOptions {
  /** Remember the reader's name and email on this site once the signup is accepted. */
  remember: boolean;
  /** Names of the fields the form shows, for the backend's field errors. */
  shown: readonly string[];
}

export interface SignupFlow {
  readonly $state: MapStore<SignupState>;
  /** Shows (or clears, with `undefined`) one field's problem. */
  check(name: string, problem: Problem | undefined): void;
  /** Shows the problems of a form that is not ready to send. */
  reject(problems: Problems): void;
  /** Sends a signup through the outbox; ignored while one is being sent. */
  submit(backend: SalonBackend, params: SignupParams, options: SubmitOptions): Promise<void>;
  /** Stops following a queued signup (the widget left the page). */
  dispose(): void;
}

/**
 * One signup form's life: editing → sending → done, or queued until the outbox delivers it,
 * or back to editing with the backend's field errors, or error. `hooks` hear of the outcome,
 * also when a queued signup is delivered later.
 */
export function signupFlow(hooks: SignupHooks): SignupFlow {
  const $state = map<SignupState>({ phase: 'editing', problems: {} });
  let unwatch: (() => void) | undefined;

  const succeed = (status: SignupResult['status'], params: SignupParams, remember: boolean): void => {
    if (remember) rememberReader({ name: params.name ?? '', email: params.email });
    $state.set({ phase: 'done', problems: {}, status });
    hooks.success(status);
  };

  const fail = (error: SalonError, shown: readonly string[]): void => {
    $state.set(
      error.kind === 'validation'
        ? { phase: 'editing', ...serverProblems(error, shown) }
        : { phase: 'error', problems: {}, error },
    );
    hooks.error(error);
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
        const sent = await send(backend, 'signup', params);
        if (sent.state === 'delivered') return succeed(sent.result.status, params, remember);
        $state.set({ phase: 'queued', problems: {} });
        unwatch = watchDelivery(sent.key, (delivery) => {
          unwatch = undefined;
          if (delivery.state === 'delivered') succeed((delivery.result as SignupResult).status, params, remember);
          else fail(delivery.error, shown);
        });
      } catch (error) {
        fail(toSalonError(error), shown);
      }
    },
    dispose() {
      unwatch?.();
      unwatch = undefined;
    },
  };
}
