// Authors sign in with a one-time link sent to their email. Sessions, cookies, the link's tokens,
// CSRF checks on sign-in and the rate limits of these routes are better-auth's (magic-link
// plugin, on our Kysely database); Salon decides only who may receive a link and what it says.
import { betterAuth, type BetterAuthOptions } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { magicLink } from 'better-auth/plugins';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/migrations.js';
import type { Db } from '../db/open.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { signInMail } from '../mail/texts.js';
import type { Mailer } from '../mail/mailer.js';
import type { NewSites } from '../config.js';
import { mayReceiveSignInLink } from '../sites/owners.js';

/** The header Salon sets to the client's address (as `TRUST_PROXY` says) before better-auth reads it. */
export const CLIENT_HEADER = 'x-salon-client';

/** How long a sign-in link works, and how long a session lasts without use. */
export const LINK_TTL_S = 15 * 60;
export const SESSION_TTL_S = 14 * 24 * 3600;

/** The options that decide better-auth's tables: shared by the migration and the running server. */
function schemaOptions(db: Kysely<any>, dialect: Dialect) {
  return {
    database: { db, type: dialect },
    rateLimit: { enabled: true, storage: 'database' },
    plugins: [magicLink({ sendMagicLink: async () => {} })],
    telemetry: { enabled: false },
  } satisfies BetterAuthOptions;
}

/** Creates or updates better-auth's tables (called from Salon's own migrations, under their lock). */
export async function migrateAuthTables(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const { runMigrations } = await getMigrations({ ...schemaOptions(db, dialect), secret: 'schema-only-'.padEnd(40, '.') });
  await runMigrations();
}

/** Tables better-auth would still create or extend: none, once Salon's migrations ran. */
export async function pendingAuthSchema(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const { toBeCreated, toBeAdded } = await getMigrations({ ...schemaOptions(db, dialect), secret: 'schema-only-'.padEnd(40, '.') });
  return [...toBeCreated, ...toBeAdded].map((change) => change.table);
}

export interface AuthOptions {
  db: Db;
  dialect: Dialect;
  publicUrl: string;
  secret: string;
  mailer: Mailer;
  newSites: NewSites;
  /** Caps links per email address (a mail bomb is many links to one inbox from many clients). */
  limiter?: RateLimiter;
}

export function createAuth({ db, dialect, publicUrl, secret, mailer, newSites, limiter }: AuthOptions) {
  return betterAuth({
    ...schemaOptions(db, dialect),
    appName: 'Salon',
    baseURL: publicUrl,
    basePath: '/v1/auth',
    // Derived, so one SALON_SECRET serves every purpose without one key being reused for two.
    secret: createHash('sha256').update(`salon:auth:${secret}`).digest('base64url'),
    // The public URL's origin, and the one a request was addressed to (the console opened as
    // 127.0.0.1 rather than localhost): a page elsewhere cannot make a browser send either.
    trustedOrigins: (request) => [new URL(publicUrl).origin, ...(request ? [new URL(request.url).origin] : [])],
    session: { expiresIn: SESSION_TTL_S, updateAge: 24 * 3600 },
    rateLimit: {
      enabled: limiter !== undefined,
      storage: 'database',
      window: 60,
      max: 60,
      customRules: {
        '/sign-in/magic-link': { window: 60, max: 5 },
        '/magic-link/verify': { window: 60, max: 10 },
      },
    },
    advanced: {
      cookiePrefix: 'salon',
      useSecureCookies: publicUrl.startsWith('https:'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
    },
    plugins: [
      magicLink({
        expiresIn: LINK_TTL_S,
        async sendMagicLink({ email, token, metadata }) {
          const address = email.trim().toLowerCase();
          // The answer is the same either way, so nobody learns who has an account here.
          if (!(await mayReceiveSignInLink(db, address, newSites))) return;
          if (limiter && !(await limiter.hit(`sign-in-link:${address}`, 3, 15 * 60_000)).allowed) return;
          const lang = typeof metadata?.lang === 'string' ? metadata.lang : 'en';
          const link = `${publicUrl}/console/?sign-in=${encodeURIComponent(token)}`;
          await mailer.send({ to: address, ...signInMail(lang, link, LINK_TTL_S / 60), link });
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
