/**
 * The shapes of everything a backend sends, as JSON Schema (see `shape.ts`), the same as in
 * `server/openapi.yaml` (the contract test holds them equal). Any backend's answer passes through
 * them before a widget sees it, so malformed data becomes an error state, not a crash. The
 * TypeScript types of the contract are inferred from them: one source of truth.
 */
import type { Infer, Shape } from './shape.js';

const text = { type: 'string' } as const;
/** A number of seats, or `null` when the group or event is not limited. */
const count = { type: ['integer', 'null'], minimum: 0 } as const;
const instant = { type: 'string', format: 'date-time' } as const;
/** An object whose properties are all required but the `optional` ones. */
const object = <const P extends Record<string, Shape>, const O extends keyof P & string = never>(
  properties: P,
  optional: readonly O[] = [],
) => {
  const required = Object.keys(properties).filter((key) => !optional.includes(key as O)) as Exclude<keyof P & string, O>[];
  return { type: 'object', properties, required } as const;
};
const list = <const S extends Shape>(items: S) => ({ type: 'array', items }) as const;
const oneOf = <const E extends readonly string[]>(...values: E) => ({ type: 'string', enum: values }) as const;

export const Consent = object({ text, version: text });

export const FormField = object(
  {
    name: text,
    label: text,
    type: oneOf('text', 'email', 'textarea', 'select', 'checkboxes'),
    required: { type: 'boolean' },
    options: { ...list(object({ value: text, label: text })), default: [] },
  },
  ['options'],
);

export const Group = object({
  id: text,
  name: text,
  description: text,
  kind: oneOf('mastermind', 'readers', 'newsletter'),
  fields: list(FormField),
  seats: count,
  seatsLeft: count,
  consent: Consent,
  doubleOptIn: { type: 'boolean' },
});

export const SignupResult = object({ status: oneOf('confirmed', 'pending_confirmation', 'waitlisted') });

export const Venue = object({ name: text, address: text, city: text, country: text }, ['address', 'city', 'country']);

export const Occurrence = object(
  {
    event: text,
    start: instant,
    end: instant,
    /** The event's own IANA time zone, e.g. `America/New_York`. */
    timeZone: text,
    title: text,
    description: text,
    kind: oneOf('online', 'in_person', 'hybrid'),
    venue: { ...Venue, type: ['object', 'null'] },
    tags: list(text),
    seats: count,
    seatsLeft: count,
    /** `cancelled`: a date that will not take place, listed so readers who planned on it learn so. Absent means scheduled. */
    status: oneOf('scheduled', 'cancelled'),
  },
  ['status'],
);

export const EventList = object({ occurrences: list(Occurrence) });

export const RsvpResult = object({ status: oneOf('pending_confirmation', 'going', 'waitlisted'), joinUrl: text }, ['joinUrl']);

export const Recommendation = object({
  swap: text,
  author: object({ name: text, url: text }, ['url']),
  title: text,
  coverUrl: { type: ['string', 'null'] },
  blurb: text,
  genres: list(text),
  links: list(object({ retailer: text, url: text })),
  newsletter: { ...object({ consent: Consent }), type: ['object', 'null'] },
});

export const Recommendations = object(
  {
    token: text,
    /** The author whose site shows the recommendations. */
    host: object({ name: text }),
    items: list(Recommendation),
  },
  ['host'],
);

/** An answer with no body (counts recorded). */
export const Empty = {} as const;

export type Consent = Infer<typeof Consent>;
export type FormField = Infer<typeof FormField>;
export type Group = Infer<typeof Group>;
export type SignupResult = Infer<typeof SignupResult>;
export type Venue = Infer<typeof Venue>;
export type Occurrence = Infer<typeof Occurrence>;
export type EventList = Infer<typeof EventList>;
export type RsvpResult = Infer<typeof RsvpResult>;
export type Recommendation = Infer<typeof Recommendation>;
export type Recommendations = Infer<typeof Recommendations>;
