import type { Group, MemorySite, Occurrence, Recommendation, SalonError } from '../../src/index.js';

/** A valid group as the contract describes it; override any field. */
export const group = (overrides: Partial<Group> = {}): Group => ({
  id: 'spring-mastermind',
  name: 'Spring Mastermind',
  description: 'Eight fantasy authors, one call a week.',
  kind: 'mastermind',
  fields: [
    { name: 'genre', label: 'Your genre', type: 'text', required: true, options: [] },
    {
      name: 'bring',
      label: 'What you bring',
      type: 'checkboxes',
      required: false,
      options: [
        { value: 'craft', label: 'Craft' },
        { value: 'marketing', label: 'Marketing' },
      ],
    },
  ],
  seats: 8,
  seatsLeft: 3,
  consent: { text: 'I agree to be emailed about this group.', version: 'v1' },
  doubleOptIn: false,
  ...overrides,
});

export const site = (overrides: Partial<MemorySite> = {}): MemorySite => ({ groups: [group()], ...overrides });

let counter = 0;
/** A namespace on the test server's scriptable backend (test/support/mock-api.mjs). */
export async function mockApi(script: Record<string, unknown[]>): Promise<{ api: string; ns: string }> {
  const ns = `ns${Date.now().toString(36)}${counter++}`;
  await fetch(`/mock/${ns}/__script`, { method: 'POST', body: JSON.stringify(script) });
  return { api: `${location.origin}/mock/${ns}`, ns };
}

/** Changes what a namespace answers from now on, keeping what it recorded. */
export async function rescript(ns: string, script: Record<string, unknown[]>): Promise<void> {
  await fetch(`/mock/${ns}/__script?keep`, { method: 'POST', body: JSON.stringify(script) });
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The status answered, or 'dropped' for a closed connection. */
  outcome: number | 'dropped';
}

export const requests = async (ns: string): Promise<RecordedRequest[]> =>
  (await fetch(`/mock/${ns}/__requests`)).json();

/** The error a promise rejects with; fails the test if it resolves. */
export async function failure(promise: Promise<unknown>): Promise<SalonError> {
  try {
    await promise;
  } catch (error) {
    return error as SalonError;
  }
  throw new Error('expected the call to fail');
}

/** An occurrence as the contract describes it; override any field. */
export const occurrence = (overrides: Partial<Occurrence> = {}): Occurrence => ({
  event: 'mastermind-weekly',
  start: '2027-03-11T00:00:00.000Z',
  end: '2027-03-11T01:30:00.000Z',
  timeZone: 'America/New_York',
  title: 'Mastermind weekly call',
  description: 'Hot seats and accountability.',
  kind: 'online',
  venue: null,
  tags: ['mastermind'],
  seats: 8,
  seatsLeft: 3,
  ...overrides,
});

/**
 * A weekly 7 PM New York call across the US change to summer time (2027-03-14), while Europe
 * stays on winter time until 2027-03-28 — and an in-person signing in Berlin.
 */
export const springEvents = (): Occurrence[] => [
  occurrence({ start: '2027-03-11T00:00:00.000Z', end: '2027-03-11T01:30:00.000Z' }),
  occurrence({ start: '2027-03-17T23:00:00.000Z', end: '2027-03-18T00:30:00.000Z' }),
  occurrence({
    event: 'berlin-signing',
    start: '2027-03-20T17:00:00.000Z',
    end: '2027-03-20T19:00:00.000Z',
    timeZone: 'Europe/Berlin',
    title: 'Signing at Lesezeichen',
    description: '',
    kind: 'in_person',
    venue: { name: 'Buchhandlung Lesezeichen', address: 'Oranienstraße 12', city: 'Berlin', country: 'DE' },
    tags: ['readers'],
    seats: 40,
    seatsLeft: 0,
  }),
];

/** A partner's book as the recommendations answer lists it; override any field. */
export const recommendation = (overrides: Partial<Recommendation> = {}): Recommendation => ({
  swap: 'swap-mara',
  author: { name: 'Mara Quill', url: 'https://maraquill.example/' },
  title: 'The Salt Archive',
  coverUrl: 'https://covers.example/salt-archive.jpg',
  blurb: 'A drowned library, a stubborn archivist, and the one book the sea will not give back.',
  genres: ['fantasy', 'mystery'],
  links: [
    { retailer: 'Amazon', url: 'https://amazon.example/salt' },
    { retailer: 'Kobo', url: 'https://kobo.example/salt' },
  ],
  newsletter: { consent: { text: 'Send me Mara Quill’s newsletter. I can unsubscribe at any time.', version: 'mq-1' } },
  ...overrides,
});
