// Authors on a shared server: signing in with a link sent by email, creating a site as the
// operator's policy allows, settings and website addresses, co-owners, API tokens, the origins
// the server saw, and the directory of authors open to swaps.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { inviteAuthor, addOwner } from '../../server/sites/owners.js';
import { pendingAuthSchema } from '../../server/auth/auth.js';
import { call, DIALECT, signIn, startServer, type TestServer } from './harness.js';

const site = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `${id} — books`,
  authorName: `Author ${id}`,
  origins: ['https://janedoe.example'],
  ...extra,
});

describe('signing in', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('emails a one-time link to the console; following it gives an HttpOnly, SameSite session', async () => {
    const asked = await call(server, 'POST', '/v1/auth/sign-in/magic-link', { email: 'Jane@Example.com', metadata: { lang: 'fr' } }, { origin: 'http://salon.test' });
    assert.equal(asked.status, 200);
    const mail = server.mail.at(-1)!;
    assert.equal(mail.to, 'jane@example.com');
    assert.equal(mail.subject, 'Votre lien de connexion à Salon');
    assert.match(mail.link!, /^http:\/\/salon\.test\/console\/\?sign-in=[\w-]{20,}$/);
    assert.ok(mail.text.includes(mail.link!));

    const token = new URL(mail.link!).searchParams.get('sign-in')!;
    const first = await fetch(`${server.url}/v1/auth/magic-link/verify?token=${token}`, { redirect: 'manual' });
    assert.equal(first.status, 200);
    const [cookie] = first.headers.getSetCookie();
    assert.match(cookie!, /^salon\.session_token=/);
    assert.match(cookie!, /HttpOnly/);
    assert.match(cookie!, /SameSite=Lax/);
    const again = await fetch(`${server.url}/v1/auth/magic-link/verify?token=${token}`, { redirect: 'manual' });
    assert.notEqual(again.status, 200, 'a link works once');

    const session = { cookie: cookie!.split(';')[0]! };
    const me = await call(server, 'GET', '/v1/me', undefined, session);
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, { email: 'jane@example.com', sites: [], mayCreateSites: true });
  });

  it('has every table better-auth needs after Salon’s migrations (none left for it to make)', async () => {
    assert.deepEqual(await pendingAuthSchema(server.db, DIALECT), []);
  });

  it('answers 401 without a session, and after signing out', async () => {
    assert.equal((await call(server, 'GET', '/v1/me')).status, 401);
    const { headers } = await signIn(server, 'out@example.com');
    assert.equal((await call(server, 'GET', '/v1/me', undefined, headers)).status, 200);
    const out = await call(server, 'POST', '/v1/auth/sign-out', {}, headers);
    assert.equal(out.status, 200);
    assert.equal((await call(server, 'GET', '/v1/me', undefined, headers)).status, 401);
  });
});

describe('sites and their owners', () => {
  let server: TestServer;
  let jane: Record<string, string>;
  before(async () => {
    server = await startServer();
    jane = (await signIn(server, 'jane@example.com')).headers;
  });
  after(() => server.close());

  it('creates a site owned by the signed-in author, with its addresses normalised', async () => {
    const created = await call(server, 'POST', '/v1/sites', site('jane', { origins: ['janedoe.example/', 'http://localhost:*', 'https://www.janedoe.example:8443/books'], lang: 'fr' }), jane);
    assert.equal(created.status, 201);
    const me = await call(server, 'GET', '/v1/me', undefined, jane);
    assert.deepEqual(me.body.sites, [{ id: 'jane', name: 'jane — books' }]);
    const settings = await call(server, 'GET', '/v1/sites/jane/admin/settings', undefined, jane);
    assert.equal(settings.status, 200);
    assert.deepEqual(settings.body.origins, ['https://janedoe.example', 'http://localhost:*', 'https://www.janedoe.example:8443']);
    assert.equal(settings.body.lang, 'fr');
    const owners = await call(server, 'GET', '/v1/sites/jane/admin/owners', undefined, jane);
    assert.deepEqual(owners.body.owners.map((o: { email: string }) => o.email), ['jane@example.com']);
  });

  it('refuses bad ids, taken ids and addresses that are not websites', async () => {
    for (const [input, status, field] of [
      [site('Jane Doe'), 422, 'id'],
      [site('console'), 422, 'id'],
      [site('jane'), 409, 'id'],
      [site('jane2', { origins: ['javascript:alert(1)'] }), 422, 'origins.0'],
      [site('jane2', { origins: ['https://ok.example', 'ftp://files.example'] }), 422, 'origins.1'],
      [site('jane2', { lang: 'not a language' }), 422, 'lang'],
    ] as const) {
      const answer = await call(server, 'POST', '/v1/sites', input, jane);
      assert.equal(answer.status, status, JSON.stringify(input));
      assert.equal(answer.body.error.field, field);
    }
  });

  it('lets only its owners in, and never a write from another page with their cookie', async () => {
    const other = (await signIn(server, 'other@example.com')).headers;
    assert.equal((await call(server, 'GET', '/v1/sites/jane/admin/settings', undefined, other)).status, 401);
    const body = { ...site('jane'), name: 'Hijacked' };
    const { id: _, ...settings } = body;
    for (const origin of [undefined, 'https://evil.example']) {
      const headers: Record<string, string> = { cookie: jane.cookie! };
      if (origin) headers.origin = origin;
      const answer = await call(server, 'PUT', '/v1/sites/jane/admin/settings', settings, headers);
      assert.equal(answer.status, 403, String(origin));
      assert.equal(answer.body.error.code, origin ? 'origin_not_allowed' : 'cross_site');
    }
    assert.equal((await call(server, 'GET', '/v1/sites/jane/admin/settings', undefined, jane)).body.name, 'jane — books');
  });

  it('adds a co-owner by email, who is told and can then sign in to it; the last owner stays', async () => {
    const added = await call(server, 'POST', '/v1/sites/jane/admin/owners', { email: 'Sam@Example.com' }, jane);
    assert.equal(added.status, 201);
    const told = server.mail.at(-1)!;
    assert.equal(told.to, 'sam@example.com');
    assert.match(told.text, /jane@example\.com added you as an owner of “jane — books”/);
    const sam = (await signIn(server, 'sam@example.com')).headers;
    assert.equal((await call(server, 'GET', '/v1/sites/jane/admin/settings', undefined, sam)).status, 200);
    assert.equal((await call(server, 'DELETE', '/v1/sites/jane/admin/owners/sam%40example.com', undefined, jane)).status, 204);
    assert.equal((await call(server, 'GET', '/v1/sites/jane/admin/settings', undefined, sam)).status, 401);
    const last = await call(server, 'DELETE', '/v1/sites/jane/admin/owners/jane%40example.com', undefined, jane);
    assert.equal(last.status, 409);
    assert.equal(last.body.error.code, 'last_owner');
  });

  it('makes named API tokens shown once, which the admin API takes until they are revoked', async () => {
    const made = await call(server, 'POST', '/v1/sites/jane/admin/tokens', { name: 'Newsletter sync' }, jane);
    assert.equal(made.status, 201);
    assert.match(made.body.token, /^salon_[\w-]{40,}$/);
    const bearer = { authorization: `Bearer ${made.body.token}` };
    const list = await call(server, 'GET', '/v1/sites/jane/admin/tokens', undefined, bearer);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.tokens.map((t: { name: string }) => t.name), ['Newsletter sync']);
    assert.equal(JSON.stringify(list.body).includes(made.body.token), false, 'never shown again');
    assert.ok(list.body.tokens[0].lastUsedAt, 'its use is recorded');
    assert.equal((await call(server, 'GET', '/v1/sites/demo/admin/groups', undefined, bearer)).status, 401, 'not another site’s');
    assert.equal((await call(server, 'DELETE', `/v1/sites/jane/admin/tokens/${made.body.id}`, undefined, jane)).status, 204);
    assert.equal((await call(server, 'GET', '/v1/sites/jane/admin/tokens', undefined, bearer)).status, 401);

    // Shown once means written down nowhere: not even as a stored answer for a retried request.
    const key = { ...jane, 'idempotency-key': 'token-once' };
    const first = await call(server, 'POST', '/v1/sites/jane/admin/tokens', { name: 'CI' }, key);
    const retried = await call(server, 'POST', '/v1/sites/jane/admin/tokens', { name: 'CI' }, key);
    assert.equal(retried.headers.get('idempotent-replayed'), null);
    assert.notEqual(retried.body.token, first.body.token, 'a retry makes another token');
    const stored = await server.db.selectFrom('idempotency').select('body').execute();
    assert.equal(stored.some((row) => row.body.includes(first.body.token) || row.body.includes(retried.body.token)), false);
  });

  it('tells the author which pages call the site: live origins, and refused ones until added', async () => {
    const path = '/v1/sites/jane/events?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z';
    assert.equal((await call(server, 'GET', path, undefined, { origin: 'https://janedoe.example' })).status, 200);
    const refused = await call(server, 'GET', path, undefined, { origin: 'http://janedoe.test:8080' });
    assert.equal(refused.status, 403);
    assert.match(refused.body.error.message, /^http:\/\/janedoe\.test:8080 is not one of the website addresses registered for the site "jane"/);
    // Recorded without holding up the request.
    await new Promise((resolve) => setTimeout(resolve, 100));
    let overview = (await call(server, 'GET', '/v1/sites/jane/admin/overview', undefined, jane)).body;
    assert.deepEqual(overview.origins.live.map((o: { origin: string }) => o.origin), ['https://janedoe.example']);
    const refusedOrigins = () => overview.origins.refused.map((o: { origin: string }) => o.origin);
    assert.ok(refusedOrigins().includes('http://janedoe.test:8080'));
    assert.deepEqual(overview.counts.signups, { pending_confirmation: 0, confirmed: 0, waitlisted: 0 });

    const settings = (await call(server, 'GET', '/v1/sites/jane/admin/settings', undefined, jane)).body;
    const saved = await call(server, 'PUT', '/v1/sites/jane/admin/settings', { ...settings, origins: [...settings.origins, 'http://janedoe.test:8080'] }, jane);
    assert.equal(saved.status, 200);
    overview = (await call(server, 'GET', '/v1/sites/jane/admin/overview', undefined, jane)).body;
    assert.equal(refusedOrigins().includes('http://janedoe.test:8080'), false);
    assert.equal((await call(server, 'GET', path, undefined, { origin: 'http://janedoe.test:8080' })).status, 200);
  });

  it('lists authors who opted in to the directory, by genre, to signed-in authors only', async () => {
    const settings = (await call(server, 'GET', '/v1/sites/jane/admin/settings', undefined, jane)).body;
    await call(server, 'PUT', '/v1/sites/jane/admin/settings', { ...settings, listed: true, genres: ['Romantasy', 'fantasy'], about: 'Dragons.' }, jane);
    await call(server, 'PUT', '/v1/sites/jane/admin/books/ember', { title: 'Ember Crown', genres: ['cozy'] }, jane);
    assert.equal((await call(server, 'GET', '/v1/directory')).status, 401);
    const all = (await call(server, 'GET', '/v1/directory', undefined, jane)).body.authors;
    assert.deepEqual(all.map((a: { site: string }) => a.site), ['jane'], 'the seeded demo authors are not listed');
    assert.deepEqual(all[0], {
      site: 'jane',
      name: 'jane — books',
      authorName: 'Author jane',
      about: 'Dragons.',
      genres: ['romantasy', 'fantasy'],
      books: [{ id: 'ember', title: 'Ember Crown', genres: ['cozy'], coverUrl: null }],
    });
    assert.equal((await call(server, 'GET', '/v1/directory?genre=Cozy', undefined, jane)).body.authors.length, 1, 'a book’s genre counts');
    assert.equal((await call(server, 'GET', '/v1/directory?genre=horror', undefined, jane)).body.authors.length, 0);
  });
});

describe('who may create sites (SALON_NEW_SITES)', () => {
  it('invite: links go only to invited authors and owners, with the same answer for everyone', async () => {
    const server = await startServer({ newSites: 'invite' });
    try {
      const before = server.mail.length;
      const stranger = await call(server, 'POST', '/v1/auth/sign-in/magic-link', { email: 'stranger@example.com' }, { origin: 'http://salon.test' });
      assert.equal(stranger.status, 200);
      assert.equal(server.mail.length, before, 'no email to an uninvited address');
      await inviteAuthor(server.db, 'invited@example.com', 'operator');
      const invited = (await signIn(server, 'invited@example.com')).headers;
      assert.equal((await call(server, 'GET', '/v1/me', undefined, invited)).body.mayCreateSites, true);
      assert.equal((await call(server, 'POST', '/v1/sites', site('invited'), invited)).status, 201);
    } finally {
      await server.close();
    }
  });

  it('closed: nobody creates a site from the console; owners the operator added still sign in', async () => {
    const server = await startServer({ newSites: 'closed' });
    try {
      await addOwner(server.db, 'demo', 'jane@example.com', 'operator');
      const jane = (await signIn(server, 'jane@example.com')).headers;
      const me = await call(server, 'GET', '/v1/me', undefined, jane);
      assert.deepEqual(me.body, { email: 'jane@example.com', sites: [{ id: 'demo', name: 'Jane Doe — fantasy author' }], mayCreateSites: false });
      const refused = await call(server, 'POST', '/v1/sites', site('jane'), jane);
      assert.equal(refused.status, 403);
      assert.match(refused.body.error.message, /created by its operator/);
    } finally {
      await server.close();
    }
  });

  it('limits sign-in links: three an hour to one address, five a minute from one client', async () => {
    const server = await startServer({ rateLimits: true });
    try {
      const ask = (email: string) => call(server, 'POST', '/v1/auth/sign-in/magic-link', { email }, { origin: 'http://salon.test' });
      for (let i = 0; i < 4; i++) assert.equal((await ask('bomb@example.com')).status, 200);
      assert.equal(server.mail.filter((m) => m.to === 'bomb@example.com').length, 3);
      assert.equal((await ask('other@example.com')).status, 200);
      assert.equal((await ask('third@example.com')).status, 429);
    } finally {
      await server.close();
    }
  });
});
