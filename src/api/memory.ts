import type {
  EventsParams,
  GroupParams,
  RecommendationsParams,
  RequestOptions,
  RsvpParams,
  SalonBackend,
  SignupParams,
  SwapEventsParams,
  SwapSignupParams,
} from './backend.js';
import { isEmail } from '../internal/email.js';
import { SalonError } from './errors.js';
import type {
  EventList,
  Group,
  Occurrence,
  Recommendation,
  Recommendations,
  RsvpResult,
  SignupResult,
} from './schemas.js';

/** One site's data for {@link MemoryBackend}. */
export interface MemorySite {
  groups?: Group[];
  occurrences?: Occurrence[];
  /** Join links of online events, revealed only in an RSVP's answer. */
  joinUrls?: Record<string, string>;
  recommendations?: Recommendation[];
  /** The site's author, named on the swap card ("Readers of … also like"). */
  author?: string;
}

export interface MemoryBackendOptions {
  /** Stable id for the outbox; defaults to `memory`. */
  id?: string;
  /** Milliseconds every call waits, to show loading states in demos. */
  latency?: number;
}

/** A write the memory backend accepted, as a server would have stored it. */
export interface MemoryWrite {
  method: 'signup' | 'rsvp' | 'swapSignup';
  params: object;
  idempotencyKey?: string;
  status: string;
}

/**
 * A complete backend in memory, for demos, tests and prototyping without a server. It applies
 * the contract's rules: seats and waitlists, double opt-in, duplicate emails, consent versions
 * and idempotency keys. Set `offline = true` to see how widgets behave without a network.
 */
export class MemoryBackend implements SalonBackend {
  readonly id: string;
  /** Every accepted write, in order. */
  readonly writes: MemoryWrite[] = [];
  /** Impressions and clicks recorded through `recordSwapEvents`. */
  readonly swapEvents: SwapEventsParams['events'] = [];
  /** When true, every call fails as if the network were down. */
  offline = false;
  readonly #sites: Record<string, MemorySite>;
  readonly #latency: number;
  readonly #answered = new Map<string, unknown>();

  constructor(sites: Record<string, MemorySite> = {}, { id = 'memory', latency = 0 }: MemoryBackendOptions = {}) {
    this.#sites = structuredClone(sites);
    this.id = id;
    this.#latency = latency;
  }

  async #reach(signal?: AbortSignal): Promise<void> {
    if (this.#latency) await new Promise((resolve) => setTimeout(resolve, this.#latency));
    signal?.throwIfAborted();
    if (this.offline) throw new SalonError('network', 'The backend could not be reached.');
  }

  #site(site: string): MemorySite {
    const data = this.#sites[site];
    if (!data) throw new SalonError('not-found', `No site "${site}".`, { status: 404 });
    return data;
  }

  #group({ site, group }: GroupParams): Group {
    const found = this.#site(site).groups?.find((g) => g.id === group);
    if (!found) throw new SalonError('not-found', `No group "${group}".`, { status: 404 });
    return found;
  }

  /** Runs a write once per idempotency key, as the REST contract requires. */
  async #write<T extends { status: string }>(
    method: MemoryWrite['method'],
    params: object,
    options: RequestOptions,
    apply: () => T | { duplicateOf: T },
  ): Promise<T> {
    await this.#reach(options.signal);
    const key = options.idempotencyKey;
    if (key && this.#answered.has(key)) return structuredClone(this.#answered.get(key)) as T;
    const applied = apply();
    const answer = 'duplicateOf' in applied ? applied.duplicateOf : applied;
    if (key) this.#answered.set(key, answer);
    if (!('duplicateOf' in applied)) {
      this.writes.push({ method, params: structuredClone(params), idempotencyKey: key, status: answer.status });
    }
    return structuredClone(answer);
  }

  async getGroup(params: GroupParams, { signal }: RequestOptions = {}): Promise<Group> {
    await this.#reach(signal);
    return structuredClone(this.#group(params));
  }

  signup(params: SignupParams, options: RequestOptions = {}): Promise<SignupResult> {
    return this.#write<SignupResult>('signup', params, options, () => {
      const group = this.#group(params);
      checkEmail(params.email);
      if (params.consentVersion !== group.consent.version) {
        throw new SalonError('validation', 'The consent text has changed; please read it again.', {
          code: 'consent_outdated',
          fields: { consent: 'The consent text has changed; please read it again.' },
        });
      }
      for (const field of group.fields) {
        const answer = params.answers[field.name];
        if (field.required && (!answer || answer.length === 0)) {
          throw new SalonError('validation', `${field.label} is required.`, {
            code: 'required',
            fields: { [field.name]: `${field.label} is required.` },
          });
        }
      }
      const email = params.email.trim().toLowerCase();
      const earlier = this.writes.find(
        (w) => w.method === 'signup' && (w.params as SignupParams).email.trim().toLowerCase() === email,
      );
      if (earlier) return { duplicateOf: { status: earlier.status as SignupResult['status'] } };
      if (group.seatsLeft !== null) {
        if (group.seatsLeft === 0) return { status: 'waitlisted' as const };
        group.seatsLeft -= 1;
      }
      return { status: group.doubleOptIn ? ('pending_confirmation' as const) : ('confirmed' as const) };
    });
  }

  async listEvents({ site, from, to, tag }: EventsParams, { signal }: RequestOptions = {}): Promise<EventList> {
    await this.#reach(signal);
    const occurrences = (this.#site(site).occurrences ?? []).filter(
      (o) => o.start >= from && o.start < to && (!tag || o.tags.includes(tag)),
    );
    return structuredClone({ occurrences });
  }

  rsvp(params: RsvpParams, options: RequestOptions = {}): Promise<RsvpResult> {
    return this.#write<RsvpResult>('rsvp', params, options, () => {
      const data = this.#site(params.site);
      const occurrence = data.occurrences?.find((o) => o.event === params.event && o.start === params.start);
      if (!occurrence) throw new SalonError('not-found', 'No such event.', { status: 404 });
      checkEmail(params.email);
      if (occurrence.seatsLeft === 0) return { status: 'waitlisted' as const };
      if (occurrence.seatsLeft !== null) occurrence.seatsLeft -= 1;
      const joinUrl = data.joinUrls?.[params.event];
      return joinUrl ? { status: 'going' as const, joinUrl } : { status: 'going' as const };
    });
  }

  async getRecommendations(
    { site, limit = 1 }: RecommendationsParams,
    { signal }: RequestOptions = {},
  ): Promise<Recommendations> {
    await this.#reach(signal);
    const data = this.#site(site);
    return structuredClone({
      token: 'memory',
      ...(data.author ? { host: { name: data.author } } : {}),
      items: (data.recommendations ?? []).slice(0, limit),
    });
  }

  swapSignup(params: SwapSignupParams, options: RequestOptions = {}): Promise<SignupResult> {
    return this.#write<SignupResult>('swapSignup', params, options, () => {
      checkEmail(params.email);
      return { status: 'pending_confirmation' as const };
    });
  }

  async recordSwapEvents({ events }: SwapEventsParams, { signal }: RequestOptions = {}): Promise<void> {
    await this.#reach(signal);
    this.swapEvents.push(...events);
  }
}

function checkEmail(email: string): void {
  if (!isEmail(email.trim())) {
    throw new SalonError('validation', 'Please enter a valid email address.', {
      code: 'invalid_email',
      fields: { email: 'Please enter a valid email address.' },
    });
  }
}
