// The contract in three places must agree: server/openapi.yaml (the documentation), the browser
// client's runtime shapes (src/api/schemas.ts, JSON Schema themselves) and the server's request validation
// (server/requests.ts). Schemas are compared by shape: properties, required ones, types, enums.
import { toJsonSchema } from '@valibot/to-json-schema';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import { parse } from 'yaml';
import * as client from '../../src/api/schemas.js';
import { check, type Shape } from '../../src/api/shape.js';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../../server/db/schema.js';
import { createApp } from '../../server/app.js';
import * as requests from '../../server/requests.js';
import { EventInput } from '../../server/routes/admin-events.js';
import { call, startServer, type TestServer } from './harness.js';

type Schema = Record<string, any>;
const doc = parse(readFileSync(new URL('../../server/openapi.yaml', import.meta.url), 'utf8')) as Schema;

const deref = (schema: Schema): Schema =>
  schema.$ref ? deref(schema.$ref.split('/').slice(1).reduce((node: Schema, key: string) => node[key], doc)) : schema;

/** A schema reduced to what both sides must agree on, with alternatives in a stable order. */
function shape(input: Schema): unknown {
  const schema = deref(input);
  const alternatives: Schema[] = schema.anyOf
    ? schema.anyOf.map(deref)
    : Array.isArray(schema.type)
      ? schema.type.map((type: string) => ({ ...schema, type }))
      : [schema];
  const shapes = alternatives.flatMap((alt): unknown[] => {
    if (alt.anyOf || Array.isArray(alt.type)) return shape(alt) as unknown[];
    const out: Schema = { type: alt.type ?? (alt.enum ? 'string' : 'any') };
    if (alt.enum) out.enum = [...alt.enum].sort();
    if (alt.properties && out.type === 'object') {
      out.properties = Object.fromEntries(Object.entries(alt.properties as Schema).map(([k, s]) => [k, shape(s)]));
      out.required = [...(alt.required ?? [])].sort();
    }
    if (alt.items && out.type === 'array') out.items = shape(alt.items);
    if (alt.additionalProperties && typeof alt.additionalProperties === 'object') out.values = shape(alt.additionalProperties);
    return [out];
  });
  return shapes.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const fromValibot = (schema: v.GenericSchema) => shape(toJsonSchema(schema, { errorMode: 'ignore' }) as Schema);
const fromDoc = (name: string) => shape({ $ref: `#/components/schemas/${name}` });

describe('contract', () => {
  it('answers: the browser client’s shapes match openapi.yaml', () => {
    const pairs: Array<[Shape, string]> = [
      [client.Group, 'Group'],
      [client.SignupResult, 'SignupResult'],
      [client.EventList, 'EventList'],
      [client.RsvpResult, 'RsvpResult'],
      [client.Recommendations, 'Recommendations'],
    ];
    for (const [schema, name] of pairs) assert.deepEqual(shape(schema), fromDoc(name), name);
  });

  it('requests: the server’s validation matches openapi.yaml', () => {
    const pairs: Array<[v.GenericSchema, string]> = [
      [requests.SignupBody, 'SignupRequest'],
      [requests.RsvpBody, 'RsvpRequest'],
      [requests.SwapSignupBody, 'SwapSignupRequest'],
      [requests.SwapEventsBody, 'SwapEventsRequest'],
      [EventInput, 'EventInput'],
    ];
    for (const [schema, name] of pairs) assert.deepEqual(fromValibot(schema), fromDoc(name), name);
  });

  it('routes: every route the server answers is documented, and every documented one exists', () => {
    // better-auth opens its adapter in the background, so even a route listing needs a database.
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(':memory:') }) });
    const app = createApp({ publicUrl: 'http://salon.test', db } as never);
    const served = new Set(
      app.routes
        // Middleware (ALL) and CORS preflights (OPTIONS) are conventions, not routes of the contract.
        .filter((r) => r.method !== 'ALL' && r.method !== 'OPTIONS')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)\{[^}]*\\\.ics\}/g, '{$1}.ics').replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(doc.paths as Schema).flatMap(([path, item]) =>
        Object.keys(item as Schema).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    // `/v1/auth/*` is better-auth's: the endpoints the console uses are documented one by one.
    const wildcards = [...served].filter((r) => r.endsWith('/*'));
    const covered = (route: string) => served.has(route) || wildcards.some((w) => route.startsWith(w.slice(0, -1)));
    assert.deepEqual([...served].filter((r) => !documented.has(r) && !wildcards.includes(r)).sort(), [], 'served but not documented');
    assert.deepEqual([...documented].filter((r) => !covered(r)).sort(), [], 'documented but not served');
    for (const w of wildcards) assert.ok([...documented].some((r) => r.startsWith(w.slice(0, -1))), `${w} has documented endpoints`);
  });
});

describe('contract, live', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('the server’s answers pass the browser client’s validation', async () => {
    check(client.Group, (await call(server, 'GET', '/v1/sites/demo/groups/spring-mastermind')).body);
    const from = new Date().toISOString();
    const to = new Date(Date.now() + 60 * 86400_000).toISOString();
    const events = (await call(server, 'GET', `/v1/sites/demo/events?from=${from}&to=${to}`)).body;
    assert.ok(check(client.EventList, events).occurrences.length > 0);
    const recommendations = (await call(server, 'GET', '/v1/sites/demo/recommendations?limit=2')).body;
    assert.equal(check(client.Recommendations, recommendations).items.length, 2);
    const signup = await call(server, 'POST', '/v1/sites/demo/groups/readers/signups', {
      email: 'contract@example.com',
      consentVersion: '2026-11-01',
      elapsedMs: 4000,
    });
    check(client.SignupResult, signup.body);
  });

  it('serves the document at /v1/openapi.json', async () => {
    const { status, body } = await call(server, 'GET', '/v1/openapi.json');
    assert.equal(status, 200);
    assert.deepEqual(body, doc);
  });
});
