// Mail that is never lost: every message is a row, written in the same transaction as what it
// announces (a signup, an RSVP), and a worker in each instance sends what is due, with retries
// and backoff. An instance takes a message by locking it for a minute (on PostgreSQL with
// FOR UPDATE SKIP LOCKED), so two never send the same one; a message that failed every attempt
// stays, with its error, for the operator (`salon-server mail`).
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import type { Mail, Mailer } from './mailer.js';

export interface QueuedMail extends Mail {
  /** What it is for; at most one of a kind per address and interval where the sender asks (see `recentlyQueued`). */
  kind: string;
}

const LOCK_MS = 60_000;
const ATTEMPTS = 8;
/** 30 s, 1 min, 2 min … at most an hour between attempts. */
const backoff = (attempts: number): number => Math.min(30_000 * 2 ** (attempts - 1), 3600_000);

const iso = (ms: number): string => new Date(ms).toISOString();

/** Writes a message to the queue, in the caller's transaction; returns its id. */
export async function queueMail(db: Kysely<Database>, mail: QueuedMail): Promise<string> {
  const id = randomUUID();
  const at = iso(Date.now());
  await db
    .insertInto('mail_queue')
    .values({ id, to_address: mail.to, subject: mail.subject, body: mail.text, link: mail.link ?? null, kind: mail.kind, created_at: at, next_attempt_at: at })
    .execute();
  return id;
}

/** Whether a message of this kind to this address was queued within the last `ms` (mail bombing). */
export async function recentlyQueued(db: Kysely<Database>, to: string, kind: string, ms: number): Promise<boolean> {
  const row = await db
    .selectFrom('mail_queue')
    .select('id')
    .where('to_address', '=', to)
    .where('kind', '=', kind)
    .where('created_at', '>', iso(Date.now() - ms))
    .executeTakeFirst();
  return row !== undefined;
}

export interface MailQueueOptions {
  /** PostgreSQL: several instances may take from the queue at once. */
  postgres: boolean;
  /** How often the worker looks for due messages without being woken. */
  pollMs?: number;
}

/**
 * The queue as a Mailer (`send` queues and returns), and its worker. `wake()` after a
 * transaction that queued mail commits sends it at once rather than at the next poll.
 */
export class MailQueue implements Mailer {
  readonly #db: Db;
  readonly #transport: Mailer;
  readonly #postgres: boolean;
  readonly #pollMs: number;
  #timer?: ReturnType<typeof setInterval>;
  #running?: Promise<void>;
  #again = false;

  constructor(db: Db, transport: Mailer, { postgres, pollMs = 1000 }: MailQueueOptions) {
    this.#db = db;
    this.#transport = transport;
    this.#postgres = postgres;
    this.#pollMs = pollMs;
  }

  /** Queues one message on its own and wakes the worker. */
  async send(mail: Mail & { kind?: string }): Promise<void> {
    await queueMail(this.#db, { kind: 'notice', ...mail });
    this.wake();
  }

  start(): this {
    this.#timer ??= setInterval(() => this.wake(), this.#pollMs);
    this.#timer.unref?.();
    this.wake();
    return this;
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** Sends what is due now (again once more if woken meanwhile). */
  wake(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#drain()
      .catch((error: unknown) => console.error('Mail queue:', error))
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          this.wake();
        }
      });
  }

  /** Resolves when no sending is under way (tests; a command line before it exits). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Takes up to 20 due messages for a minute; none that another instance holds. */
  async #take() {
    const now = iso(Date.now());
    let due = this.#db
      .selectFrom('mail_queue')
      .select('id')
      .where('sent_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .orderBy('next_attempt_at')
      .limit(20);
    if (this.#postgres) due = due.forUpdate().skipLocked();
    return this.#db
      .updateTable('mail_queue')
      .set({ locked_until: iso(Date.now() + LOCK_MS), attempts: sql`attempts + 1` })
      .where('id', 'in', due)
      .returningAll()
      .execute();
  }

  async #drain(): Promise<void> {
    for (;;) {
      const batch = await this.#take();
      if (batch.length === 0) return;
      for (const row of batch) {
        try {
          await this.#transport.send({ id: row.id, to: row.to_address, subject: row.subject, text: row.body, link: row.link ?? undefined });
          await this.#db.updateTable('mail_queue').set({ sent_at: iso(Date.now()), locked_until: null, last_error: null }).where('id', '=', row.id).execute();
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const failed = row.attempts >= ATTEMPTS;
          await this.#db
            .updateTable('mail_queue')
            .set({
              locked_until: null,
              last_error: message.slice(0, 1000),
              next_attempt_at: iso(Date.now() + backoff(row.attempts)),
              ...(failed ? { failed_at: iso(Date.now()) } : {}),
            })
            .where('id', '=', row.id)
            .execute();
          console.error(`Mail to ${row.to_address} (${row.kind}) ${failed ? 'failed for good' : `failed, attempt ${row.attempts}; retrying`}: ${message}`);
        }
      }
    }
  }
}
