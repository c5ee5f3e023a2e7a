import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, call, startServer, type TestServer } from './harness.js';

const group = {
  name: 'Autumn Mastermind',
  description: 'Six authors.',
  kind: 'mastermind',
  fields: [{ name: 'genre', label: 'Genre', type: 'select', required: true, options: [{ value: 'sf', label: 'SF' }] }],
  seats: 6,
  consentText: 'You may email me.',
  consentVersion: 'v1',
  doubleOptIn: false,
};

describe('admin API', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('refuses without the site’s token, with a wrong one, and with another site’s', async () => {
    const tries = [{}, { authorization: 'Bearer nope' }, { authorization: 'test-admin-token' }, { authorization: 'Bearer not a token!' }];
    for (const headers of tries as Record<string, string>[]) {
      const { status, body, headers: h } = await call(server, 'GET', '/v1/sites/demo/admin/groups', undefined, headers);
      assert.equal(status, 401);
      assert.equal(body.error.code, 'unauthorized');
      assert.equal(h.get('www-authenticate'), 'Bearer');
      assert.equal(h.get('cache-control'), 'no-store');
    }
    assert.equal((await call(server, 'GET', '/v1/sites/mara-quill/admin/groups', undefined, admin)).status, 401);
    const stored = await server.db.selectFrom('api_tokens').select('token_hash').where('site_id', '=', 'demo').executeTakeFirstOrThrow();
    assert.match(stored.token_hash, /^[0-9a-f]{64}$/, 'only a hash is stored');
  });

  it('lets the author’s own origin call it from a browser (Authorization passes the preflight)', async () => {
    const { status, headers } = await call(server, 'OPTIONS', '/v1/sites/demo/admin/groups', undefined, {
      origin: 'http://localhost:3000',
      'access-control-request-method': 'PUT',
      'access-control-request-headers': 'authorization, content-type',
    });
    assert.equal(status, 204);
    assert.match(headers.get('access-control-allow-headers')!, /authorization/);
    assert.match(headers.get('access-control-allow-methods')!, /PUT/);
  });

  it('creates, replaces and lists groups, which the public route then serves', async () => {
    assert.equal((await call(server, 'PUT', '/v1/sites/demo/admin/groups/autumn', group, admin)).status, 201);
    assert.equal((await call(server, 'PUT', '/v1/sites/demo/admin/groups/autumn', { ...group, seats: 7 }, admin)).status, 200);
    const { body } = await call(server, 'GET', '/v1/sites/demo/groups/autumn');
    assert.equal(body.seats, 7);
    assert.equal(body.doubleOptIn, false);
    const list = await call(server, 'GET', '/v1/sites/demo/admin/groups', undefined, admin);
    assert.ok(list.body.groups.some((g: { id: string }) => g.id === 'autumn'));
  });

  it('validates groups: ids, options, and a new consent version for new consent text', async () => {
    const bad = await call(server, 'PUT', '/v1/sites/demo/admin/groups/Bad%20Id', group, admin);
    assert.equal(bad.status, 422);
    const noOptions = await call(server, 'PUT', '/v1/sites/demo/admin/groups/x', { ...group, fields: [{ ...group.fields[0], options: [] }] }, admin);
    assert.equal(noOptions.status, 422);
    assert.equal(noOptions.body.error.field, 'fields.0.options');
    const sameVersion = await call(server, 'PUT', '/v1/sites/demo/admin/groups/autumn', { ...group, consentText: 'Something else.' }, admin);
    assert.equal(sameVersion.status, 422);
    assert.equal(sameVersion.body.error.field, 'consentVersion');
  });

  it('exports signups as CSV with proof of consent, safe to open in a spreadsheet', async () => {
    await call(server, 'POST', '/v1/sites/demo/groups/autumn/signups', {
      email: 'eve@example.com',
      name: '=HYPERLINK("http://evil.example")',
      answers: { genre: 'sf' },
      consentVersion: 'v1',
      source: 'https://janedoe.example/masterminds',
      elapsedMs: 4000,
    });
    const { status, body, headers } = await call(server, 'GET', '/v1/sites/demo/admin/signups.csv?group=autumn', undefined, admin);
    assert.equal(status, 200);
    assert.match(headers.get('content-type')!, /^text\/csv/);
    const [header, row] = (body as string).trim().split('\r\n');
    assert.match(header, /^group,email,name,status,answers,consent_text,consent_version,consented_at,source/);
    assert.match(row, /^autumn,eve@example\.com,"'=HYPERLINK\(""http:\/\/evil\.example""\)",confirmed,/);
    assert.match(row, /You may email me\.,v1,\d{4}-\d\d-\d\dT[^,]+,https:\/\/janedoe\.example\/masterminds/);
  });

  it('keeps a group that has signups', async () => {
    const refused = await call(server, 'DELETE', '/v1/sites/demo/admin/groups/autumn', undefined, admin);
    assert.equal(refused.status, 409);
    await call(server, 'PUT', '/v1/sites/demo/admin/groups/empty', group, admin);
    assert.equal((await call(server, 'DELETE', '/v1/sites/demo/admin/groups/empty', undefined, admin)).status, 204);
    assert.equal((await call(server, 'DELETE', '/v1/sites/demo/admin/groups/empty', undefined, admin)).status, 404);
  });
});
