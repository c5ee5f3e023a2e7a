// The reference server's configuration: every environment variable it reads, checked once at
// start. A value it cannot use stops the server with a sentence saying which and why, rather than
// being silently ignored; a combination that has no effect is said at start.
import { resolve } from 'node:path';

export type NewSites = 'open' | 'invite' | 'closed';

export interface Config {
  /** Listen port; 0 picks a free one. */
  port: number;
  /** SQLite file and the email outbox. */
  dataDir: string;
  /** `postgres://…`; SQLite in `dataDir` otherwise. */
  databaseUrl?: string;
  /** The public base URL as given (no trailing slash); otherwise `http://localhost:<bound port>`. */
  publicUrl?: string;
  /** The demo site's admin token. */
  adminToken?: string;
  /** Signs tokens; otherwise one is made once and kept in the database, so every instance agrees. */
  secret?: string;
  smtpUrl?: string;
  mailFrom: string;
  /** How many proxies of ours stand in front (0: none, so X-Forwarded-For is not read). */
  trustProxy: number;
  rateLimit: boolean;
  allowPrivateFeeds: boolean;
  /** Seed the demo author on first start (and keep SALON_ADMIN_TOKEN as its token). */
  demo: boolean;
  /** Who may create a site: anyone who signs in, only invited emails, or only the operator's command. */
  newSites: NewSites;
}

/** What each variable means, for the README and for the messages below. */
export const VARIABLES = [
  'PORT',
  'SALON_DATA_DIR',
  'DATABASE_URL',
  'PUBLIC_URL',
  'SALON_ADMIN_TOKEN',
  'SALON_SECRET',
  'SMTP_URL',
  'MAIL_FROM',
  'TRUST_PROXY',
  'SALON_RATE_LIMIT',
  'SALON_ALLOW_PRIVATE_FEEDS',
  'SALON_DEMO',
  'SALON_NEW_SITES',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Salon cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const flag = (name: string, value: string | undefined, on: string, off: string, fallback: boolean, problems: string[]): boolean => {
  if (value === undefined || value === '') return fallback;
  if (value === on) return true;
  if (value === off) return false;
  problems.push(`${name}="${value}" is not understood: use ${on} or ${off}.`);
  return fallback;
};

/** TRUST_PROXY: the number of proxies in front; the client is that many addresses from the right. */
const hops = (value: string | undefined, problems: string[]): number => {
  if (value === undefined || value === '') return 0;
  if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
  problems.push(`TRUST_PROXY="${value}" is not a number of proxies: use a whole number from 0 (none: X-Forwarded-For is ignored) to 10 (1 for one load balancer or reverse proxy in front).`);
  return 0;
};

/**
 * Reads the environment. Throws a {@link ConfigError} listing every value that cannot be used;
 * returns the configuration and the notes worth printing at start.
 */
export function readConfig(env: NodeJS.ProcessEnv): { config: Config; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];

  const portText = env.PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) problems.push(`PORT="${portText}" is not a port number (0–65535).`);

  let databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL must be a postgres:// URL (leave it unset for SQLite in SALON_DATA_DIR).`);
    databaseUrl = undefined;
  }

  let publicUrl = env.PUBLIC_URL || undefined;
  if (publicUrl) {
    const url = URL.canParse(publicUrl) ? new URL(publicUrl) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
      problems.push(`PUBLIC_URL="${publicUrl}" is not an http(s) URL such as https://salon.example.com.`);
    } else {
      publicUrl = url.href.replace(/\/$/, '');
    }
  }

  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL.');

  const newSites = (env.SALON_NEW_SITES || 'open') as NewSites;
  if (!['open', 'invite', 'closed'].includes(newSites)) {
    problems.push(`SALON_NEW_SITES="${env.SALON_NEW_SITES}" is not understood: use open, invite or closed.`);
  }

  const demo = flag('SALON_DEMO', env.SALON_DEMO, 'on', 'off', true, problems);
  const config: Config = {
    port,
    dataDir: resolve(env.SALON_DATA_DIR || '.salon'),
    databaseUrl,
    publicUrl,
    adminToken: env.SALON_ADMIN_TOKEN || undefined,
    secret: env.SALON_SECRET || undefined,
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Salon <salon@localhost>',
    trustProxy: hops(env.TRUST_PROXY, problems),
    rateLimit: flag('SALON_RATE_LIMIT', env.SALON_RATE_LIMIT, 'on', 'off', true, problems),
    allowPrivateFeeds: flag('SALON_ALLOW_PRIVATE_FEEDS', env.SALON_ALLOW_PRIVATE_FEEDS, '1', '0', false, problems),
    demo,
    newSites,
  };
  if (problems.length > 0) throw new ConfigError(problems);

  if (config.adminToken && !demo) notes.push('SALON_ADMIN_TOKEN is ignored: it is the demo site’s token, and SALON_DEMO=off.');
  if (port === 0 && !publicUrl) notes.push('PORT=0: links in emails use the port bound; set PUBLIC_URL when clients reach the server elsewhere.');
  const unknown = Object.keys(env).filter((name) => name.startsWith('SALON_') && !name.startsWith('SALON_TEST_') && !(VARIABLES as readonly string[]).includes(name));
  for (const name of unknown) notes.push(`${name} is not a Salon setting and is ignored (see the README's table).`);
  return { config, notes };
}
