import { Hono } from 'hono';
import type { Deps, Env } from '../deps.js';

// Placeholder while this part of the contract is being built (issue #3).
export function adminRoutes(_deps: Deps): Hono<Env> {
  return new Hono<Env>();
}
