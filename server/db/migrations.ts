import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

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

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; throws (and the server does not start) if a migration fails. */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
