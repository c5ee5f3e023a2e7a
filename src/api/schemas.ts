/**
 * Runtime schemas for everything a backend sends. Any backend's answer passes through
 * these before a widget sees it, so malformed data becomes an error state, not a crash.
 * The TypeScript types of the contract are inferred from them: one source of truth,
 * kept in step with `server/openapi.yaml`.
 */
import * as v from 'valibot';

const text = v.string();
const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
// What rendering needs is a date the browser can read: Date.parse checks that, for ~110 bytes less than isoTimestamp.
const instant = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'Expected a timestamp'));

export const Consent = v.object({ text, version: text });

export const FormField = v.object({
  name: text,
  label: text,
  type: v.picklist(['text', 'email', 'textarea', 'select', 'checkboxes']),
  required: v.boolean(),
  options: v.optional(v.array(v.object({ value: text, label: text })), []),
});

export const Group = v.object({
  id: text,
  name: text,
  description: text,
  kind: v.picklist(['mastermind', 'readers', 'newsletter']),
  fields: v.array(FormField),
  /** Total seats, or `null` when the group is not limited. */
  seats: count,
  seatsLeft: count,
  consent: Consent,
  doubleOptIn: v.boolean(),
});

export const SignupResult = v.object({
  status: v.picklist(['confirmed', 'pending_confirmation', 'waitlisted']),
});

export const Venue = v.object({
  name: text,
  address: v.optional(text),
  city: v.optional(text),
  country: v.optional(text),
});

export const Occurrence = v.object({
  event: text,
  start: instant,
  end: instant,
  /** The event's own IANA time zone, e.g. `America/New_York`. */
  timeZone: text,
  title: text,
  description: text,
  kind: v.picklist(['online', 'in_person', 'hybrid']),
  venue: v.nullable(Venue),
  tags: v.array(text),
  seats: count,
  seatsLeft: count,
  /** `cancelled`: a date that will not take place, listed so readers who planned on it learn so. Absent means scheduled. */
  status: v.optional(v.picklist(['scheduled', 'cancelled'])),
});

export const EventList = v.object({ occurrences: v.array(Occurrence) });

export const RsvpResult = v.object({
  status: v.picklist(['pending_confirmation', 'going', 'waitlisted']),
  joinUrl: v.optional(text),
});

export const Recommendation = v.object({
  swap: text,
  author: v.object({ name: text, url: v.optional(text) }),
  title: text,
  coverUrl: v.nullable(text),
  blurb: text,
  genres: v.array(text),
  links: v.array(v.object({ retailer: text, url: text })),
  newsletter: v.nullable(v.object({ consent: Consent })),
});

export const Recommendations = v.object({
  token: text,
  /** The author whose site shows the recommendations. */
  host: v.optional(v.object({ name: text })),
  items: v.array(Recommendation),
});

export const Empty = v.unknown();

export type Consent = v.InferOutput<typeof Consent>;
export type FormField = v.InferOutput<typeof FormField>;
export type Group = v.InferOutput<typeof Group>;
export type SignupResult = v.InferOutput<typeof SignupResult>;
export type Venue = v.InferOutput<typeof Venue>;
export type Occurrence = v.InferOutput<typeof Occurrence>;
export type EventList = v.InferOutput<typeof EventList>;
export type RsvpResult = v.InferOutput<typeof RsvpResult>;
export type Recommendation = v.InferOutput<typeof Recommendation>;
export type Recommendations = v.InferOutput<typeof Recommendations>;
