// The console's one way to the server: the author's side of Salon's REST contract
// (server/openapi.yaml), same origin, with the session cookie. Every failure comes out as an
// ApiProblem, so screens show one shape of error.
import ky, { HTTPError, type KyInstance } from 'ky';

/** What went wrong, as the server said it (`{"error": {"code", "message", "field"}}`). */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    /** The request field the problem is about (`origins.1`, `consentVersion`…). */
    readonly field?: string,
  ) {
    super(message);
  }
}

export type SignupStatus = 'pending_confirmation' | 'confirmed' | 'waitlisted';
export type StatusCounts = Record<SignupStatus, number>;

export interface Me {
  email: string;
  sites: Array<{ id: string; name: string }>;
  mayCreateSites: boolean;
}

export interface Settings {
  name: string;
  authorName: string;
  origins: string[];
  lang: string;
  listed: boolean;
  genres: string[];
  about: string;
}

export interface Site extends Settings {
  id: string;
  createdAt: string;
}

export interface Overview {
  site: Site;
  counts: {
    groups: number;
    events: number;
    books: number;
    signups: StatusCounts;
    swaps: { active: number; awaiting: number };
  };
  origins: {
    live: Array<{ origin: string; lastSeenAt: string }>;
    refused: Array<{ origin: string; lastSeenAt: string }>;
  };
}

export interface Owner {
  email: string;
  addedBy: string;
  addedAt: string;
}

export interface Token {
  id: string;
  name: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface FormField {
  name: string;
  label: string;
  type: 'text' | 'email' | 'textarea' | 'select' | 'checkboxes';
  required: boolean;
  options: Array<{ value: string; label: string }>;
}

export interface GroupInput {
  name: string;
  description: string;
  kind: 'mastermind' | 'readers' | 'newsletter';
  fields: FormField[];
  seats: number | null;
  consentText: string;
  consentVersion: string;
  doubleOptIn: boolean;
}

/** A stored group: its consent as `consent` (the server does not send `consentText`/`consentVersion`). */
export interface AdminGroup extends Omit<GroupInput, 'consentText' | 'consentVersion'> {
  id: string;
  consent: { text: string; version: string };
  signups: StatusCounts;
}

export interface Signup {
  id: string;
  group: string;
  email: string;
  name: string;
  status: SignupStatus;
  answers: Record<string, string | string[]>;
  consent: { text: string; version: string; at: string };
  source: string;
  swap: string | null;
  createdAt: string;
  confirmedAt: string | null;
}

export interface Venue {
  name: string;
  address?: string;
  city?: string;
  country?: string;
}

export interface EventInput {
  title: string;
  description: string;
  kind: 'online' | 'in_person' | 'hybrid';
  venue: Venue | null;
  tags: string[];
  timeZone: string;
  /** Wall-clock start in `timeZone`, `YYYY-MM-DDTHH:mm`. */
  startLocal: string;
  durationMinutes: number;
  /** RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;BYDAY=WE`, or null. */
  rrule: string | null;
  /** Cancelled occurrences by their local start. */
  cancelled: string[];
  seats: number | null;
  joinUrl: string | null;
}

export interface AdminEvent extends EventInput {
  id: string;
  /** `admin`, or the feed URL it was imported from. */
  source: string;
  uid: string | null;
  createdAt: string;
}

export interface AdminOccurrence {
  start: string;
  local: string;
  cancelled: boolean;
  going: number;
  /** Readers yet to confirm from their inbox (each holds a place for a day). */
  confirming: number;
  waitlisted: number;
}

export interface Rsvp {
  id: string;
  occurrenceStart: string;
  name: string;
  email: string;
  status: 'pending_confirmation' | 'going' | 'waitlisted';
  createdAt: string;
}

export interface Book {
  id: string;
  title: string;
  coverUrl: string | null;
  blurb: string;
  genres: string[];
  links: Array<{ retailer: string; url: string }>;
  createdAt: string;
}

export type BookInput = Omit<Book, 'id' | 'createdAt'>;

export interface Swap {
  id: string;
  partner: string;
  book: string;
  partnerBook: string;
  weight: number;
  placements: string[];
  status: 'proposed' | 'active' | 'ended' | 'declined' | 'withdrawn';
  proposedBy: string;
  createdAt: string;
  acceptedAt: string | null;
  endedAt: string | null;
}

export interface Counts {
  impressions: number;
  clicks: number;
  signups: number;
}

export interface LedgerEntry {
  swap: string;
  partner: string;
  sent: Counts;
  received: Counts;
  /** Counts sent again with a token already counted: not in `sent` or `received`. */
  replayed?: { sent: Counts; received: Counts };
}

type Series = Record<keyof Counts, number[]>;

export interface DailyLedger {
  days: string[];
  swaps: Array<{ swap: string; partner: string; sent: Series; received: Series }>;
}

export interface DirectoryAuthor {
  site: string;
  name: string;
  authorName: string;
  about: string;
  genres: string[];
  books: Array<{ id: string; title: string; genres: string[]; coverUrl: string | null }>;
}

const seg = encodeURIComponent;

async function problem(error: unknown): Promise<ApiProblem> {
  if (error instanceof ApiProblem) return error;
  if (error instanceof HTTPError) {
    const body = (await error.response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; field?: string } };
    const { code = 'http', message = `The server answered ${error.response.status}.`, field } = body.error ?? {};
    return new ApiProblem(error.response.status, code, message, field);
  }
  if (error instanceof Error && error.name === 'AbortError') throw error;
  return new ApiProblem(0, 'network', 'The server could not be reached.');
}

/**
 * The author's API. `onSignedOut` hears every 401, so the console can ask the author to sign in
 * again wherever their session ran out.
 */
export class ConsoleApi {
  readonly #http: KyInstance;

  constructor(
    base = new URL('/v1/', location.href).href,
    private readonly onSignedOut: () => void = () => {},
  ) {
    this.#http = ky.create({ prefixUrl: base, credentials: 'same-origin', timeout: 30_000, retry: { limit: 1, methods: ['get'] } });
  }

  async #call<T>(method: 'get' | 'post' | 'put' | 'delete', path: string, json?: unknown, signal?: AbortSignal): Promise<T> {
    try {
      const response = await this.#http(path, { method, json, signal, headers: { accept: 'application/json' } });
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    } catch (error) {
      const found = await problem(error);
      if (found.status === 401) this.onSignedOut();
      throw found;
    }
  }

  #site(site: string, rest: string): string {
    return `sites/${seg(site)}/admin/${rest}`;
  }

  // Signing in (better-auth's routes; the answer is the same whether or not a link was sent).
  requestLink(email: string, lang: string): Promise<unknown> {
    return this.#call('post', 'auth/sign-in/magic-link', { email, metadata: { lang } });
  }

  /** Exchanges a link's token for the session cookie; false when the link is used or expired. */
  async verifyLink(token: string): Promise<boolean> {
    try {
      await this.#http(`auth/magic-link/verify?token=${seg(token)}`, { redirect: 'manual', retry: 0 });
      return true;
    } catch {
      return false;
    }
  }

  /** Whether a session is live (better-auth answers `null` rather than 401 when not). */
  async signedIn(signal?: AbortSignal): Promise<boolean> {
    return (await this.#call<unknown>('get', 'auth/get-session', undefined, signal)) !== null;
  }

  signOut(): Promise<unknown> {
    return this.#call('post', 'auth/sign-out', {});
  }

  me(signal?: AbortSignal): Promise<Me> {
    return this.#call('get', 'me', undefined, signal);
  }

  createSite(input: Settings & { id: string }): Promise<{ id: string; name: string }> {
    return this.#call('post', 'sites', input);
  }

  directory(genre?: string, signal?: AbortSignal): Promise<{ authors: DirectoryAuthor[] }> {
    return this.#call('get', `directory${genre ? `?genre=${seg(genre)}` : ''}`, undefined, signal);
  }

  // The site itself.
  overview(site: string, signal?: AbortSignal): Promise<Overview> {
    return this.#call('get', this.#site(site, 'overview'), undefined, signal);
  }
  settings(site: string, signal?: AbortSignal): Promise<Site> {
    return this.#call('get', this.#site(site, 'settings'), undefined, signal);
  }
  saveSettings(site: string, settings: Settings): Promise<Site> {
    return this.#call('put', this.#site(site, 'settings'), settings);
  }
  owners(site: string, signal?: AbortSignal): Promise<{ owners: Owner[] }> {
    return this.#call('get', this.#site(site, 'owners'), undefined, signal);
  }
  addOwner(site: string, email: string, lang: string): Promise<{ email: string }> {
    return this.#call('post', this.#site(site, 'owners'), { email, lang });
  }
  removeOwner(site: string, email: string): Promise<void> {
    return this.#call('delete', this.#site(site, `owners/${seg(email)}`));
  }
  tokens(site: string, signal?: AbortSignal): Promise<{ tokens: Token[] }> {
    return this.#call('get', this.#site(site, 'tokens'), undefined, signal);
  }
  createToken(site: string, name: string): Promise<Token & { token: string }> {
    return this.#call('post', this.#site(site, 'tokens'), { name });
  }
  revokeToken(site: string, id: string): Promise<void> {
    return this.#call('delete', this.#site(site, `tokens/${seg(id)}`));
  }

  // Groups and signups.
  groups(site: string, signal?: AbortSignal): Promise<{ groups: AdminGroup[] }> {
    return this.#call('get', this.#site(site, 'groups'), undefined, signal);
  }
  saveGroup(site: string, id: string, group: GroupInput): Promise<{ id: string }> {
    return this.#call('put', this.#site(site, `groups/${seg(id)}`), group);
  }
  deleteGroup(site: string, id: string): Promise<void> {
    return this.#call('delete', this.#site(site, `groups/${seg(id)}`));
  }
  signups(site: string, query: { group?: string; status?: SignupStatus } = {}, signal?: AbortSignal): Promise<{ signups: Signup[] }> {
    return this.#call('get', this.#site(site, `signups?${params(query)}`), undefined, signal);
  }
  removeSignup(site: string, id: string): Promise<void> {
    return this.#call('delete', this.#site(site, `signups/${seg(id)}`));
  }
  /** Where the browser downloads a CSV (a plain link: the session cookie goes with it). */
  csvUrl(site: string, file: 'signups' | 'rsvps' | 'ledger' | 'swap-signups', query: { group?: string } = {}): string {
    const q = params(query);
    return new URL(this.#site(site, `${file}.csv${q ? `?${q}` : ''}`), new URL('/v1/', location.href)).href;
  }

  // Events.
  events(site: string, signal?: AbortSignal): Promise<{ events: AdminEvent[] }> {
    return this.#call('get', this.#site(site, 'events'), undefined, signal);
  }
  saveEvent(site: string, id: string, event: EventInput): Promise<AdminEvent> {
    return this.#call('put', this.#site(site, `events/${seg(id)}`), event);
  }
  deleteEvent(site: string, id: string): Promise<void> {
    return this.#call('delete', this.#site(site, `events/${seg(id)}`));
  }
  occurrences(site: string, id: string, query: { from?: string; count?: number } = {}, signal?: AbortSignal): Promise<{ occurrences: AdminOccurrence[] }> {
    return this.#call('get', this.#site(site, `events/${seg(id)}/occurrences?${params(query)}`), undefined, signal);
  }
  rsvps(site: string, id: string, signal?: AbortSignal): Promise<{ rsvps: Rsvp[] }> {
    return this.#call('get', this.#site(site, `events/${seg(id)}/rsvps`), undefined, signal);
  }
  importFeed(site: string, url: string): Promise<{ imported: number; updated: number }> {
    return this.#call('post', this.#site(site, 'events/import'), { url });
  }

  // Books and swaps.
  books(site: string, signal?: AbortSignal): Promise<{ books: Book[] }> {
    return this.#call('get', this.#site(site, 'books'), undefined, signal);
  }
  saveBook(site: string, id: string, book: BookInput): Promise<Book> {
    return this.#call('put', this.#site(site, `books/${seg(id)}`), book);
  }
  deleteBook(site: string, id: string): Promise<void> {
    return this.#call('delete', this.#site(site, `books/${seg(id)}`));
  }
  swaps(site: string, signal?: AbortSignal): Promise<{ swaps: Swap[] }> {
    return this.#call('get', this.#site(site, 'swaps'), undefined, signal);
  }
  proposeSwap(site: string, input: { partner: string; book: string; partnerBook: string; weight?: number; placements?: string[] }): Promise<Swap> {
    return this.#call('post', this.#site(site, 'swaps'), input);
  }
  answerSwap(site: string, id: string, answer: 'accept' | 'decline' | 'end'): Promise<Swap> {
    return this.#call('post', this.#site(site, `swaps/${seg(id)}/${answer}`), {});
  }
  ledger(site: string, signal?: AbortSignal): Promise<LedgerEntry[]> {
    return this.#call('get', this.#site(site, 'ledger'), undefined, signal);
  }
  dailyLedger(site: string, days = 30, signal?: AbortSignal): Promise<DailyLedger> {
    return this.#call('get', this.#site(site, `ledger/daily?days=${days}`), undefined, signal);
  }
}

const params = (query: Record<string, string | number | undefined>): string =>
  new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]]))).toString();
