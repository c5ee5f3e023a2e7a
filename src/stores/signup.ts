import type { SignupParams } from '../api/backend.js';
import type { FormField, Group } from '../api/schemas.js';
import { checkEmail, type Problem, type Problems } from './submission.js';

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
  /** The widget's language, for the reader's emails. */
  lang: string;
}

/** The signup to send for a valid form: empty answers and an empty name are left out. */
export function signupParams(form: SignupForm, group: Group, { site, source, elapsedMs, lang }: SignupContext): SignupParams {
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
    lang,
  };
}

