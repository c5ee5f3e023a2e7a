import type {
  EventList,
  Group,
  Recommendations,
  RsvpResult,
  SignupResult,
} from './schemas.js';

/** Per-call options Salon passes to every backend method, always (so a backend may destructure them). */
export interface RequestOptions {
  /** Aborts the request; widgets pass one so a removed element stops its fetches. */
  signal?: AbortSignal;
  /** Makes a write safe to repeat: the same key is sent again when a write is retried. */
  idempotencyKey?: string;
  /**
   * A read asked again because the reader just changed what it shows (seats after an RSVP): an
   * HTTP backend checks with the server rather than answering from the browser's cache.
   */
  fresh?: boolean;
}

export interface GroupParams {
  site: string;
  group: string;
}

export interface SignupParams extends GroupParams {
  email: string;
  name?: string;
  /** Field name → answer; checkbox groups answer with a list. */
  answers: Record<string, string | string[]>;
  /** The consent version the reader saw and agreed to. */
  consentVersion: string;
  /** The page the signup came from. */
  source?: string;
  /** Milliseconds between the form showing and its submission (minimum-fill check). */
  elapsedMs?: number;
  /** The honeypot field's value; people leave it empty. */
  honeypot?: string;
  /** The widget's language (BCP 47), for the reader's emails and confirmation page. */
  lang?: string;
}

export interface EventsParams {
  site: string;
  /** Range start and end, ISO 8601 instants. */
  from: string;
  to: string;
  tag?: string;
}

export interface RsvpParams {
  site: string;
  event: string;
  /** The occurrence's start instant, as listed. */
  start: string;
  name: string;
  email: string;
  /** The widget's language (BCP 47), for the reader's emails and confirmation page. */
  lang?: string;
}

export interface RecommendationsParams {
  site: string;
  placement?: string;
  genre?: string;
  limit?: number;
}

export interface SwapSignupParams {
  swap: string;
  /** The signed attribution token that came with the recommendations. */
  token: string;
  email: string;
  name?: string;
  consentVersion: string;
  source?: string;
  /** The widget's language (BCP 47), for the reader's emails and confirmation page. */
  lang?: string;
}

export interface SwapEventsParams {
  token: string;
  events: Array<{ type: 'impression' | 'click'; swap: string }>;
}

/**
 * What a Salon widget needs from a backend. The REST client ({@link RestBackend}) implements
 * it over the documented HTTP contract; {@link MemoryBackend} implements it in memory; pass
 * your own object as `.backend` on a widget or `<salon-provider>` to use anything else.
 * Whatever a backend returns is validated before a widget renders it.
 */
export interface SalonBackend {
  /**
   * A stable name for this backend. Submissions queued while offline are stored with it and
   * redelivered after a page reload to the backend with the same id.
   */
  readonly id?: string;
  getGroup(params: GroupParams, options: RequestOptions): Promise<Group>;
  signup(params: SignupParams, options: RequestOptions): Promise<SignupResult>;
  listEvents(params: EventsParams, options: RequestOptions): Promise<EventList>;
  rsvp(params: RsvpParams, options: RequestOptions): Promise<RsvpResult>;
  /** The URL of an event's `.ics` file, or of the site's feed when `event` is omitted. */
  calendarUrl?(params: { site: string; event?: string }): string | undefined;
  getRecommendations(params: RecommendationsParams, options: RequestOptions): Promise<Recommendations>;
  swapSignup(params: SwapSignupParams, options: RequestOptions): Promise<SignupResult>;
  recordSwapEvents(params: SwapEventsParams, options: RequestOptions): Promise<void>;
}

/** The backend methods that write; these go through the outbox. */
export type WriteMethod = 'signup' | 'rsvp' | 'swapSignup';
