import { randomUUID } from 'node:crypto';
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { migrateAuthTables } from '../auth/auth.js';

export type Dialect = 'sqlite' | 'postgres';

/** Each migration runs once, in name order, on SQLite and PostgreSQL alike. */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sites')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('origins', 'text', (c) => c.notNull())
        .addColumn('admin_token_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('groups')
        .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('seats', 'integer')
        .addColumn('consent_text', 'text', (c) => c.notNull())
        .addColumn('consent_version', 'text', (c) => c.notNull())
        .addColumn('double_opt_in', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('groups_pk', ['site_id', 'id'])
        .execute();
      await db.schema
        .createTable('signups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('consent_text', 'text', (c) => c.notNull())
        .addColumn('consent_version', 'text', (c) => c.notNull())
        .addColumn('consented_at', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('swap_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_at', 'text')
        .addUniqueConstraint('signups_once', ['site_id', 'group_id', 'email'])
        .execute();
      await db.schema
        .createTable('confirmations')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('signup_id', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema
        .createTable('events')
        .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('venue', 'text')
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('start_local', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull())
        .addColumn('rrule', 'text')
        .addColumn('seats', 'integer')
        .addColumn('join_url', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('uid', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['site_id', 'id'])
        .execute();
      await db.schema
        .createTable('rsvps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('occurrence_start', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('rsvps_once', ['site_id', 'event_id', 'occurrence_start', 'email'])
        .execute();
      await db.schema
        .createTable('books')
        .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('cover_url', 'text')
        .addColumn('blurb', 'text', (c) => c.notNull())
        .addColumn('genres', 'text', (c) => c.notNull())
        .addColumn('links', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('books_pk', ['site_id', 'id'])
        .execute();
      await db.schema
        .createTable('swaps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_a', 'text', (c) => c.notNull().references('sites.id'))
        .addColumn('book_a', 'text', (c) => c.notNull())
        .addColumn('site_b', 'text', (c) => c.notNull().references('sites.id'))
        .addColumn('book_b', 'text', (c) => c.notNull())
        .addColumn('weight', 'integer', (c) => c.notNull())
        .addColumn('placements', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('swap_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('swap_id', 'text', (c) => c.notNull())
        .addColumn('from_site', 'text', (c) => c.notNull())
        .addColumn('to_site', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('idempotency')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_by_site').on('events').columns(['site_id']).execute();
      await db.schema.createIndex('rsvps_by_occurrence').on('rsvps').columns(['site_id', 'event_id', 'occurrence_start']).execute();
      await db.schema.createIndex('swap_events_by_swap').on('swap_events').columns(['swap_id', 'type']).execute();
      await db.schema.createIndex('idempotency_by_age').on('idempotency').columns(['created_at']).execute();
    },
  },
  '0002_swap_ended': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('swaps').addColumn('ended_at', 'text').execute();
    },
  },
  '0003_event_cancellations': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('events').addColumn('cancelled', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    },
  },
};

/**
 * Authors: sign-in (better-auth's own tables, made by better-auth from its schema inside this
 * migration, so the migrator's lock covers them), sites with owners by email, named API tokens
 * instead of one admin token per site, a site's language and directory listing, and when a swap
 * was accepted and who ended it (a proposal the partner ended was declined).
 */
const authors = (dialect: Dialect): Migration => ({
  async up(db: Kysely<any>) {
    await migrateAuthTables(db, dialect);
    await db.schema
      .createTable('site_owners')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('added_by', 'text', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('site_owners_pk', ['site_id', 'email'])
      .execute();
    await db.schema.createIndex('site_owners_by_email').on('site_owners').column('email').execute();
    await db.schema
      .createTable('invited_authors')
      .addColumn('email', 'text', (c) => c.primaryKey())
      .addColumn('invited_by', 'text', (c) => c.notNull())
      .addColumn('invited_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('api_tokens_by_site').on('api_tokens').column('site_id').execute();
    await db.schema
      .createTable('site_origins_seen')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('allowed', 'integer', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('site_origins_seen_pk', ['site_id', 'origin'])
      .execute();
    const sites = await db.selectFrom('sites').select(['id', 'admin_token_hash', 'created_at']).execute();
    for (const site of sites) {
      await db
        .insertInto('api_tokens')
        .values({ id: randomUUID(), site_id: site.id, name: 'Admin token', token_hash: site.admin_token_hash, created_by: 'operator', created_at: site.created_at })
        .execute();
    }
    await db.schema.alterTable('sites').dropColumn('admin_token_hash').execute();
    await db.schema.alterTable('sites').addColumn('lang', 'text', (c) => c.notNull().defaultTo('en')).execute();
    await db.schema.alterTable('sites').addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('sites').addColumn('genres', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    await db.schema.alterTable('sites').addColumn('about', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('swaps').addColumn('accepted_at', 'text').execute();
    await db.schema.alterTable('swaps').addColumn('ended_by', 'text').execute();
    await db.updateTable('swaps').set({ accepted_at: sql`created_at` }).where('active', '=', 1).execute();
    await db.schema.createIndex('swap_events_by_time').on('swap_events').columns(['swap_id', 'at']).execute();
  },
});

/**
 * The open internet and several instances: idempotency keys claimed before the work (with the
 * request's fingerprint), rate limits and the signing secret shared through the database, a mail
 * queue written in the same transaction as what it announces, seats held by a pending reader
 * only until a deadline, RSVPs confirmed by email, one event per feed UID, and each attribution
 * counted once per token (replays kept apart, as such).
 */
const openInternet: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('idempotency').addColumn('fingerprint', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('idempotency').addColumn('state', 'text', (c) => c.notNull().defaultTo('done')).execute();
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('server_settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('mail_queue')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('link', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('failed_at', 'text')
      .addColumn('last_error', 'text')
      .execute();
    await db.schema.createIndex('mail_queue_due').on('mail_queue').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
    await db.schema.createIndex('mail_queue_by_address').on('mail_queue').columns(['to_address', 'kind', 'created_at']).execute();
    await db.schema.alterTable('signups').addColumn('hold_until', 'text').execute();
    await db.schema.alterTable('rsvps').addColumn('hold_until', 'text').execute();
    await db.schema.alterTable('rsvps').addColumn('confirmed_at', 'text').execute();
    // RSVPs made before confirmations existed were answered `going`: they stay confirmed.
    await db.updateTable('rsvps').set({ confirmed_at: sql`created_at` }).execute();
    await db.schema
      .createTable('rsvp_confirmations')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('rsvp_id', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    // One event per feed UID and site: keep the first of any duplicates concurrent imports made.
    const duplicates = await db
      .selectFrom('events as e')
      .select(['e.site_id', 'e.id'])
      .where('e.uid', 'is not', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('events as f')
            .select('f.id')
            .whereRef('f.site_id', '=', 'e.site_id')
            .whereRef('f.uid', '=', 'e.uid')
            .where((fb) => fb.or([fb('f.created_at', '<', fb.ref('e.created_at')), fb.and([fb('f.created_at', '=', fb.ref('e.created_at')), fb('f.id', '<', fb.ref('e.id'))])])),
        ),
      )
      .execute();
    for (const { site_id, id } of duplicates) {
      await db.deleteFrom('rsvps').where('site_id', '=', site_id).where('event_id', '=', id).execute();
      await db.deleteFrom('events').where('site_id', '=', site_id).where('id', '=', id).execute();
    }
    await db.schema.createIndex('events_one_per_uid').on('events').columns(['site_id', 'uid']).unique().where(sql.ref('uid'), 'is not', null).execute();
    await db.schema.alterTable('swap_events').addColumn('token_hash', 'text').execute();
    await db.schema
      .createIndex('swap_events_once_per_token')
      .on('swap_events')
      .columns(['token_hash', 'swap_id', 'type'])
      .unique()
      .where(sql.ref('token_hash'), 'is not', null)
      .execute();
    await db.schema
      .createTable('swap_replays')
      .addColumn('swap_id', 'text', (c) => c.notNull())
      .addColumn('from_site', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('swap_replays_pk', ['swap_id', 'from_site', 'type'])
      .execute();
  },
};

/** The language a reader's emails and confirmation page are in: the widget's, sent with the signup or RSVP. */
const readerLanguage: Migration = {
  async up(db: Kysely<any>) {
    for (const table of ['signups', 'rsvps']) {
      await db.schema.alterTable(table).addColumn('lang', 'text', (c) => c.notNull().defaultTo('en')).execute();
    }
  },
};

const provider = (dialect: Dialect): MigrationProvider => ({
  getMigrations: async () => ({
    ...migrations,
    '0004_authors': authors(dialect),
    '0005_open_internet': openInternet,
    '0006_reader_language': readerLanguage,
  }),
});

/** Brings the schema up to date; throws (and the server does not start) if a migration fails. */
export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: provider(dialect) }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
