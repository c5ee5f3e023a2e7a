import type { ColumnType, Selectable } from 'kysely';

// The database, as Kysely sees it. The same tables on SQLite and PostgreSQL: timestamps are
// ISO 8601 UTC text, JSON is text, booleans are integers 0/1, ids are random text.

export interface SitesTable {
  id: string;
  name: string;
  author_name: string;
  /** JSON array of origins allowed to call this site's routes from a browser. */
  origins: string;
  /** The widgets' default language here, a BCP 47 tag (`en` when omitted on insert). */
  lang: ColumnType<string, string | undefined, string>;
  /** 1 when the author lists the site in the directory other authors browse for swaps. */
  listed: ColumnType<number, number | undefined, number>;
  /** JSON array of the author's genres, for the directory. */
  genres: ColumnType<string, string | undefined, string>;
  /** A line or two about the author, for the directory. */
  about: ColumnType<string, string | undefined, string>;
  created_at: string;
}

/** Who manages a site: authors by email, whether or not they have signed in yet. */
export interface SiteOwnersTable {
  site_id: string;
  /** Normalised: trimmed, lower case. */
  email: string;
  /** The owner's email who added them, or `operator` (the command line). */
  added_by: string;
  added_at: string;
}

/** Pages that called a site's routes lately: where its widgets are live, and origins refused (not registered). */
export interface SiteOriginsSeenTable {
  site_id: string;
  origin: string;
  /** 1 if the origin was registered when seen. */
  allowed: number;
  last_seen_at: string;
}

/** Emails the operator allows to create sites when SALON_NEW_SITES=invite. */
export interface InvitedAuthorsTable {
  email: string;
  invited_by: string;
  invited_at: string;
}

/** Bearer tokens for a site's admin API, for scripts; only a hash is kept. */
export interface ApiTokensTable {
  id: string;
  site_id: string;
  name: string;
  /** SHA-256 (hex) of the token. */
  token_hash: string;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface GroupsTable {
  site_id: string;
  id: string;
  name: string;
  description: string;
  kind: 'mastermind' | 'readers' | 'newsletter';
  /** JSON array of form fields. */
  fields: string;
  seats: number | null;
  consent_text: string;
  consent_version: string;
  double_opt_in: number;
  created_at: string;
}

export interface SignupsTable {
  id: string;
  site_id: string;
  group_id: string;
  /** Normalised: trimmed, lower case. */
  email: string;
  name: string;
  /** JSON object of answers. */
  answers: string;
  status: 'pending_confirmation' | 'confirmed' | 'waitlisted';
  consent_text: string;
  consent_version: string;
  consented_at: string;
  source: string;
  /** The swap that brought this signup, when it came through a swap card. */
  swap_id: string | null;
  created_at: string;
  confirmed_at: string | null;
  /** A pending signup holds a seat until then; null: it holds none (confirmed ones always do). */
  hold_until: ColumnType<string | null, string | null | undefined, string | null>;
  /** The language of the reader's emails and confirmation page (a BCP 47 tag; `en` for rows from before). */
  lang: ColumnType<string, string | undefined, string>;
}

export interface ConfirmationsTable {
  /** SHA-256 (hex) of the token in the emailed link. */
  token_hash: string;
  signup_id: string;
  expires_at: string;
  used_at: string | null;
}

export interface EventsTable {
  site_id: string;
  id: string;
  title: string;
  description: string;
  kind: 'online' | 'in_person' | 'hybrid';
  /** JSON venue object, or null. */
  venue: string | null;
  /** JSON array of tags. */
  tags: string;
  /** IANA zone the event is planned in. */
  time_zone: string;
  /** Wall-clock start in that zone, `YYYY-MM-DDTHH:mm`. */
  start_local: string;
  duration_minutes: number;
  /** RFC 5545 RRULE value (without `RRULE:`), or null for a single occurrence. */
  rrule: string | null;
  /**
   * JSON array of the series' cancelled occurrences, by their wall-clock start in the event's zone
   * (`YYYY-MM-DDTHH:mm`, sorted): ICS's EXDATE. `[]` when omitted on insert.
   */
  cancelled: ColumnType<string, string | undefined, string>;
  seats: number | null;
  /** Private: revealed only to readers who RSVP. */
  join_url: string | null;
  /** Where the event came from: `admin`, or the ICS feed URL it was imported from. */
  source: string;
  /** The UID of the imported VEVENT, to update rather than duplicate on re-import. */
  uid: string | null;
  created_at: string;
}

/** An event as read from the database. */
export type EventRow = Selectable<EventsTable>;

export interface RsvpsTable {
  id: string;
  site_id: string;
  event_id: string;
  /** The occurrence's start instant, ISO 8601 UTC. */
  occurrence_start: string;
  name: string;
  email: string;
  status: 'pending_confirmation' | 'going' | 'waitlisted';
  created_at: string;
  /** When the reader confirmed their address; until then a pending RSVP holds a seat until `hold_until`. */
  confirmed_at: ColumnType<string | null, string | null | undefined, string | null>;
  hold_until: ColumnType<string | null, string | null | undefined, string | null>;
  /** The language of the reader's emails and confirmation page (a BCP 47 tag; `en` for rows from before). */
  lang: ColumnType<string, string | undefined, string>;
}

export interface BooksTable {
  site_id: string;
  id: string;
  title: string;
  cover_url: string | null;
  blurb: string;
  /** JSON arrays. */
  genres: string;
  links: string;
  created_at: string;
}

export interface SwapsTable {
  id: string;
  /** The two authors (sites) and the book each one lends to the other's readers. */
  site_a: string;
  book_a: string;
  site_b: string;
  book_b: string;
  /** Rotation weight: how often this swap is shown relative to the site's others. */
  weight: number;
  /** JSON array of placements this swap appears in; empty means all. */
  placements: string;
  /** 1 once the partner accepted (and until it ends). */
  active: number;
  created_at: string;
  /** When the partner accepted it. */
  accepted_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** When either partner ended it; an ended swap cannot be accepted again. */
  ended_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** The site that ended it: the partner ending a proposal declined it; the proposer withdrew it. */
  ended_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SwapEventsTable {
  id: string;
  swap_id: string;
  /** The site whose readers saw or clicked (the sender of the attention). */
  from_site: string;
  /** The author credited (the receiver). */
  to_site: string;
  type: 'impression' | 'click' | 'signup';
  at: string;
  /** SHA-256 of the attribution token it came with: each token counts once per swap and kind. */
  token_hash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface IdempotencyTable {
  key: string;
  /** Method and path the key was first used with. */
  scope: string;
  /** SHA-256 of the request (method, path, body): a key reused for another request is refused. */
  fingerprint: ColumnType<string, string | undefined, string>;
  /** `claimed` while the first request runs, `done` once its answer is stored. */
  state: ColumnType<'claimed' | 'done', 'claimed' | 'done' | undefined, 'claimed' | 'done'>;
  status: number;
  body: string;
  created_at: string;
}

/** Fixed-window counters shared by every instance (PostgreSQL). */
export interface RateLimitsTable {
  key: string;
  /** Milliseconds since the epoch. */
  window_start: ColumnType<number, number, number>;
  count: number;
}

/** Values every instance must agree on, made once: the signing secret. */
export interface ServerSettingsTable {
  key: string;
  value: string;
}

/** Email waiting to be sent, written in the same transaction as what it announces. */
export interface MailQueueTable {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  /** The link the message carries, printed when mail goes to the outbox folder. */
  link: string | null;
  /** What it is for (`signup-confirmation`, `rsvp-confirmation`, `sign-in`…): at most one per address and interval. */
  kind: string;
  created_at: string;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: string;
  /** While an instance is sending it, no other takes it. */
  locked_until: ColumnType<string | null, string | null | undefined, string | null>;
  sent_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** After the last attempt failed: kept for the operator (`salon-server mail`). */
  failed_at: ColumnType<string | null, string | null | undefined, string | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RsvpConfirmationsTable {
  token_hash: string;
  rsvp_id: string;
  expires_at: string;
  used_at: string | null;
}

/** Counts sent again with a token that was already counted: shown apart, never added to the ledger. */
export interface SwapReplaysTable {
  swap_id: string;
  from_site: string;
  type: 'impression' | 'click' | 'signup';
  count: number;
}

export interface Database {
  sites: SitesTable;
  site_owners: SiteOwnersTable;
  invited_authors: InvitedAuthorsTable;
  api_tokens: ApiTokensTable;
  site_origins_seen: SiteOriginsSeenTable;
  groups: GroupsTable;
  signups: SignupsTable;
  confirmations: ConfirmationsTable;
  events: EventsTable;
  rsvps: RsvpsTable;
  books: BooksTable;
  swaps: SwapsTable;
  swap_events: SwapEventsTable;
  idempotency: IdempotencyTable;
  rate_limits: RateLimitsTable;
  server_settings: ServerSettingsTable;
  mail_queue: MailQueueTable;
  rsvp_confirmations: RsvpConfirmationsTable;
  swap_replays: SwapReplaysTable;
}
