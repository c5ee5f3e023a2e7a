import type { Context } from 'hono';
import type { Auth } from './auth/auth.js';
import type { NewSites } from './config.js';
import type { Db } from './db/open.js';
import type { RateLimiter } from './http/rate-limit.js';
import { clientAddress } from './http/rate-limit.js';
import type { MailQueue } from './mail/queue.js';
import type { SiteCache } from './sites/cache.js';

/** Everything the routes need, passed in so tests can build an app around any database. */
export interface Deps {
  db: Db;
  /** Queues mail (`send`, or `queueMail` inside a transaction then `wake()`); its worker sends it. */
  mailer: MailQueue;
  sites: SiteCache;
  /** The server's public base URL, for links in emails and ICS files. */
  publicUrl: string;
  /** Signs attribution tokens. */
  secret: string;
  /** Absent: no rate limits (benchmarks, some tests). */
  limiter?: RateLimiter;
  /** How many proxies of ours stand in front (TRUST_PROXY): which X-Forwarded-For address is the client's. */
  trustProxy: number;
  /** PostgreSQL (rows are locked with FOR UPDATE) rather than SQLite (one writer at a time anyway). */
  postgres: boolean;
  /** Minimum milliseconds between a form showing and its submission; faster is a bot. */
  minFillMs: number;
  /** Let admins import calendar feeds from loopback and private addresses (tests, local setups). */
  allowPrivateFeeds: boolean;
  /** Who may create sites (SALON_NEW_SITES). */
  newSites: NewSites;
  /** Sign-in and sessions; made by `createApp`. */
  auth: Auth;
}

/** Who is acting on a site's admin API: a signed-in owner, or a script with one of its tokens. */
export interface Actor {
  /** The owner's email, or `token:<name>`: what `created_by` and `added_by` record. */
  label: string;
  email?: string;
}

export type Env = {
  Bindings: { incoming?: { socket?: { remoteAddress?: string } } };
  Variables: {
    actor: Actor;
    /** The answer shows a secret once: no copy of it may be kept (see idempotency). */
    shownOnce: boolean;
  };
};

/** The client's address, for rate limits and sign-in: the socket's, or X-Forwarded-For's as TRUST_PROXY says. */
export const client = (deps: Deps) => (c: Context<Env>) =>
  clientAddress(c.req.raw.headers, c.env?.incoming?.socket?.remoteAddress, deps.trustProxy);

export const now = (): string => new Date().toISOString();
