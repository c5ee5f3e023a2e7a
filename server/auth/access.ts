// Who may call what. The console signs authors in with a session cookie (same origin only: it is
// SameSite=Lax and never allowed cross-origin); scripts use a site's bearer tokens. A write made
// with a cookie must come from the server's own pages (its Origin), so no other page can make a
// signed-in author's browser change anything.
import type { Context, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import type { Deps, Env } from '../deps.js';
import { ApiError, errorBody } from '../http/errors.js';
import { isOwner } from '../sites/owners.js';
import { findToken } from '../sites/tokens.js';

/** The server's own origins: its public URL's, and the one this request was addressed to. */
export const ownOrigins = (deps: Pick<Deps, 'publicUrl'>) => (c: Context): string[] => [
  new URL(deps.publicUrl).origin,
  new URL(c.req.url).origin,
];

/** The signed-in author's email, if the request carries a live session. */
export async function sessionEmail(deps: Deps, c: Context): Promise<string | undefined> {
  if (!c.req.header('cookie')) return undefined;
  const session = await deps.auth.api.getSession({ headers: c.req.raw.headers });
  return session?.user.email.toLowerCase();
}

const CHALLENGE = { 'www-authenticate': 'Bearer' };

const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message, undefined, CHALLENGE);

/** A write with a session cookie must come from one of the server's own pages. */
function checkSameOrigin(deps: Deps, c: Context): void {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return;
  const origin = c.req.header('origin');
  if (!origin || !ownOrigins(deps)(c).includes(origin)) {
    throw new ApiError(403, 'cross_site', 'Changes made with a signed-in session must come from the Salon console itself.');
  }
}

/** Routes for any signed-in author (their sites, creating one, the directory). */
export function signedIn(deps: Deps): MiddlewareHandler<Env> {
  return async (c, next) => {
    c.header('cache-control', 'no-store');
    const email = await sessionEmail(deps, c);
    if (!email) throw unauthorized('Please sign in.');
    checkSameOrigin(deps, c);
    c.set('actor', { label: email, email });
    await next();
  };
}

/**
 * A site's admin API: a bearer token of that site, or the session of one of its owners. Anything
 * else is 401, the same for a site that does not exist, so the answer tells nothing about sites.
 */
export function siteAdmin(deps: Deps): MiddlewareHandler<Env> {
  // A refusal as our other 401s read (a Response, so that hono/bearer-auth keeps its status).
  const refusal = {
    wwwAuthenticateHeader: CHALLENGE['www-authenticate'],
    message: () =>
      Response.json(errorBody('unauthorized', 'A valid admin token for this site is required.'), { status: 401, headers: CHALLENGE }),
  };
  const bearer = bearerAuth<Env>({
    verifyToken: async (secret, c) => {
      const token = await findToken(deps.db, c.req.param('site') ?? '', secret);
      if (token) c.set('actor', { label: `token:${token.name}` });
      return token !== undefined;
    },
    invalidToken: refusal,
    invalidAuthenticationHeader: refusal,
  });
  return async (c, next) => {
    c.header('cache-control', 'no-store');
    if (/^Bearer /i.test(c.req.header('authorization') ?? '')) return bearer(c, next);
    const site = c.req.param('site') ?? '';
    const email = await sessionEmail(deps, c);
    if (!email || !(await isOwner(deps.db, site, email))) {
      throw unauthorized('Sign in as one of this site’s owners, or send one of its admin tokens.');
    }
    checkSameOrigin(deps, c);
    c.set('actor', { label: email, email });
    await next();
  };
}
