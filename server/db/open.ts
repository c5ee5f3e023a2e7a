import Sqlite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from './migrations.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface OpenOptions {
  /** `postgres://…` for PostgreSQL; anything else (or nothing) means SQLite in `dataDir`. */
  databaseUrl?: string;
  /** Folder of the SQLite file; created if missing. */
  dataDir: string;
}

/**
 * Opens the database and runs the migrations. SQLite runs in WAL mode with `synchronous=FULL`:
 * once a write is acknowledged it is on disk, even if the process is killed the next instant.
 */
export async function openDatabase({ databaseUrl, dataDir }: OpenOptions): Promise<Db> {
  let db: Db;
  if (databaseUrl?.startsWith('postgres')) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // An idle connection the database ends (a restart, a failover, an operator's terminate) is
    // reported here; without a listener it would take the whole server down. The pool opens a
    // new connection for the next query.
    pool.on('error', (error) => console.error(`Salon: a PostgreSQL connection was closed (${error.message}); the next query opens a new one.`));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    mkdirSync(dataDir, { recursive: true });
    const sqlite = new Sqlite(join(dataDir, 'salon.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  await migrate(db as Kysely<unknown>, databaseUrl?.startsWith('postgres') ? 'postgres' : 'sqlite');
  return db;
}
