// What the API accepts. Responses are checked against the browser client's schemas
// (src/api/schemas.ts); both are documented in openapi.yaml, and test/server/contract.test.ts
// checks that the three agree. The rules they are made of are http/validate.ts's.
import * as v from 'valibot';
import { ANSWER_MAX, NAME_MAX } from '../src/api/limits.js';
import { count, Email, Instant, Lang, required, text } from './http/validate.js';

export const SignupBody = v.object({
  email: Email,
  name: v.optional(text(NAME_MAX), ''),
  answers: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.maxLength(100)), v.union([text(ANSWER_MAX), v.pipe(v.array(text(200)), v.maxLength(50))])),
      v.check((answers) => Object.keys(answers).length <= 50, 'Too many answers.'),
    ),
    {},
  ),
  consentVersion: text(100),
  source: v.optional(text(2000), ''),
  /** Milliseconds the form was on screen before it was sent; a person takes more than a second. */
  elapsedMs: v.pipe(v.number(), v.minValue(0)),
  honeypot: v.optional(v.string()),
  /** The widget's language: the reader's emails and confirmation page are in it (English where Salon has none). */
  lang: v.optional(Lang, 'en'),
});

export const RsvpBody = v.object({
  start: Instant,
  name: required(NAME_MAX, 'Please enter your name.'),
  email: Email,
  /** The widget's language: the reader's emails and confirmation page are in it (English where Salon has none). */
  lang: v.optional(Lang, 'en'),
});

export const EventsQuery = v.object({
  from: Instant,
  to: Instant,
  tag: v.optional(text(100)),
  /** `cancelled`: list cancelled occurrences too, marked with their status (clients that show them as such ask). */
  include: v.optional(v.picklist(['cancelled'])),
});

export const RecommendationsQuery = v.object({
  placement: v.optional(text(100)),
  genre: v.optional(text(100)),
  limit: v.optional(count(1, 10)),
});

export const SwapSignupBody = v.object({
  token: text(1000),
  email: Email,
  name: v.optional(text(NAME_MAX), ''),
  consentVersion: text(100),
  source: v.optional(text(2000), ''),
  /** The widget's language: the reader's emails and confirmation page are in it (English where Salon has none). */
  lang: v.optional(Lang, 'en'),
});

export const SwapEventsBody = v.object({
  token: text(1000),
  events: v.pipe(
    v.array(v.object({ type: v.picklist(['impression', 'click']), swap: text(100) })),
    v.minLength(1),
    v.maxLength(50),
  ),
});
