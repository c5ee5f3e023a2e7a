import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * What an attribution token vouches for: these swaps were shown on this site's page, at `iat`
 * (seconds since the epoch). Deliberately nothing about the reader.
 */
export interface TokenPayload {
  site: string;
  swaps: string[];
  iat: number;
}

const TTL_S = 7 * 24 * 3600;
/** Another instance's clock may run a little ahead of this one's. */
const SKEW_S = 300;

const mac = (secret: string, data: string): string => createHmac('sha256', secret).update(data).digest('base64url');

/**
 * `base64url(JSON payload).base64url(HMAC-SHA256 of the first part)`. Each token is one page view's:
 * a random nonce keeps two readers shown the same books in the same second from sharing a token,
 * which would count the second reader's click as the first's replay.
 */
export function signToken(secret: string, payload: TokenPayload): string {
  const view = randomBytes(9).toString('base64url');
  const data = Buffer.from(JSON.stringify({ site: payload.site, swaps: payload.swaps, iat: payload.iat, view })).toString('base64url');
  return `${data}.${mac(secret, data)}`;
}

/** The payload of a token this server signed less than 7 days ago; `undefined` for anything else. */
export function verifyToken(secret: string, token: string, nowMs = Date.now()): TokenPayload | undefined {
  const parts = token.split('.');
  if (parts.length !== 2) return undefined;
  const [data, signature] = parts as [string, string];
  // Compared as the encoded text rather than decoded bytes: Node's base64 decoder skips stray
  // characters, which would let many spellings of one signature pass.
  const given = Buffer.from(signature);
  const expected = Buffer.from(mac(secret, data));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;

  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isPayload(payload)) return undefined;
  const age = nowMs / 1000 - payload.iat;
  if (age > TTL_S || age < -SKEW_S) return undefined;
  return { site: payload.site, swaps: payload.swaps, iat: payload.iat };
}

function isPayload(value: unknown): value is TokenPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { site, swaps, iat } = value as Record<string, unknown>;
  return (
    typeof site === 'string' &&
    site.length > 0 &&
    Array.isArray(swaps) &&
    swaps.every((s) => typeof s === 'string') &&
    typeof iat === 'number' &&
    Number.isFinite(iat)
  );
}
