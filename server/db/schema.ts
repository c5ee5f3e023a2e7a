import type { ColumnType, Selectable } from 'kysely';

// The database, as Kysely sees it. The same tables on SQLite and PostgreSQL: timestamps are
// ISO 8601 UTC text, JSON is text, booleans are integers 0/1, ids are random text.

export interface SitesTable {
  id: string;
  name: string;
  author_name: string;
  /** JSON array of origins allowed to call this site's routes from a browser. */
  origins: string;
  /** SHA-256 (hex) of the site's admin bearer token. */
  admin_token_hash: string;
  created_at: string;
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
  status: 'going' | 'waitlisted';
  created_at: string;
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
  /** When either partner ended it; an ended swap cannot be accepted again. */
  ended_at: ColumnType<string | null, string | null | undefined, string | null>;
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
}

export interface IdempotencyTable {
  key: string;
  /** Method and path the key was first used with. */
  scope: string;
  status: number;
  body: string;
  created_at: string;
}

export interface Database {
  sites: SitesTable;
  groups: GroupsTable;
  signups: SignupsTable;
  confirmations: ConfirmationsTable;
  events: EventsTable;
  rsvps: RsvpsTable;
  books: BooksTable;
  swaps: SwapsTable;
  swap_events: SwapEventsTable;
  idempotency: IdempotencyTable;
}
