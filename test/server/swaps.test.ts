import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pickNewsletter } from '../../server/swaps/newsletter.js';
import { weightedSample } from '../../server/swaps/recommendations.js';
import { createToken } from '../../server/sites/tokens.js';
import { ledger } from '../../server/swaps/ledger.js';
import { signToken, verifyToken } from '../../server/swaps/tokens.js';
import { Recommendations } from '../../src/api/schemas.js';
import { check } from '../../src/api/shape.js';
import { admin, author, call, startServer, type TestServer } from './harness.js';

const DAY_S = 24 * 3600;
const nowS = () => Math.floor(Date.now() / 1000);
const MARA = 'demo-mara-quill';
const THEO = 'demo-theo-lark';
const CONSENT = '2026-11-01';

/** A small seeded PRNG (mulberry32), so distribution checks are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What `navigator.sendBeacon` sends: a text/plain POST. */
async function beacon(server: TestServer, payload: unknown, contentType = 'text/plain;charset=UTF-8') {
  const response = await fetch(`${server.url}/v1/swaps/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, origin: 'https://some-author.example' },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const recommendations = (server: TestServer, site: string, query = '') => call(server, 'GET', `/v1/sites/${site}/recommendations${query}`);

/** Rows of swap_events, as `from>to:type` strings, sorted. */
async function swapEvents(server: TestServer): Promise<string[]> {
  const rows = await server.db.selectFrom('swap_events').select(['swap_id', 'from_site', 'to_site', 'type']).execute();
  return rows.map((r) => `${r.swap_id}:${r.from_site}>${r.to_site}:${r.type}`).sort();
}

describe('attribution tokens', () => {
  const payload = { site: 'demo', swaps: [MARA, THEO], iat: nowS() };

  it('round-trips what was signed', () => {
    assert.deepEqual(verifyToken('k', signToken('k', payload)), payload);
  });

  it('refuses another key, a tampered payload and junk', () => {
    const token = signToken('k', payload);
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...payload, site: 'mara-quill' })).toString('base64url')}.${signature}`;
    for (const bad of [signToken('other', payload), forged, `${token}x`, `${token}.x`, 'abc', '', '.']) {
      assert.equal(verifyToken('k', bad), undefined, bad);
    }
  });

  it('is one page view’s: the same books shown in the same second give two tokens, counted apart', () => {
    assert.notEqual(signToken('k', payload), signToken('k', payload));
  });

  it('expires after 7 days', () => {
    assert.ok(verifyToken('k', signToken('k', { ...payload, iat: nowS() - 6 * DAY_S })));
    assert.equal(verifyToken('k', signToken('k', { ...payload, iat: nowS() - 7 * DAY_S - 60 })), undefined);
    assert.equal(verifyToken('k', signToken('k', { ...payload, iat: nowS() + DAY_S })), undefined, 'not from the future');
  });
});

describe('weightedSample', () => {
  it('walks the weights deterministically with a fixed random', () => {
    assert.deepEqual(weightedSample(['a', 'b', 'c'], [2, 1, 1], 1, () => 0), ['a']);
    assert.deepEqual(weightedSample(['a', 'b', 'c'], [2, 1, 1], 1, () => 0.6), ['b']);
    assert.deepEqual(weightedSample(['a', 'b', 'c'], [2, 1, 1], 1, () => 0.99), ['c']);
    assert.deepEqual(weightedSample(['a', 'b', 'c'], [2, 1, 1], 3, () => 0), ['a', 'b', 'c']);
  });

  it('draws distinct items, never more than there are, and never a zero weight', () => {
    const random = seeded(7);
    for (let i = 0; i < 200; i++) {
      const drawn = weightedSample(['a', 'b', 'c', 'z'], [5, 1, 1, 0], 10, random);
      assert.equal(drawn.length, 3);
      assert.equal(new Set(drawn).size, 3);
      assert.ok(!drawn.includes('z'));
    }
    assert.deepEqual(weightedSample([], [], 3), []);
  });

  it('picks in proportion to weight', () => {
    const random = seeded(42);
    const firsts = { a: 0, b: 0, c: 0 };
    const runs = 30_000;
    for (let i = 0; i < runs; i++) firsts[weightedSample(['a', 'b', 'c'] as const, [2, 1, 1], 1, random)[0]!]++;
    assert.ok(Math.abs(firsts.a / runs - 0.5) < 0.015, JSON.stringify(firsts));
    assert.ok(Math.abs(firsts.b / runs - 0.25) < 0.015, JSON.stringify(firsts));
    // Second draw, without replacement: after a (p 1/2) b has 1/2; after b, 0; after c (p 1/4), 1/3.
    let secondB = 0;
    for (let i = 0; i < runs; i++) if (weightedSample(['a', 'b', 'c'], [2, 1, 1], 2, random)[1] === 'b') secondB++;
    assert.ok(Math.abs(secondB / runs - (0.5 * 0.5 + 0.25 * (1 / 3))) < 0.015, String(secondB / runs));
  });
});

describe('recommendations', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('answers the Recommendations shape, with the partner’s book and no personal data', async () => {
    const { status, body, headers } = await recommendations(server, 'demo', '?limit=2');
    assert.equal(status, 200);
    assert.equal(headers.get('cache-control'), 'private, no-store');
    check(Recommendations, body);
    assert.deepEqual(Object.keys(body).sort(), ['host', 'items', 'token']);
    // The host author, for the card's "Readers of Jane Doe also like".
    assert.deepEqual(body.host, { name: 'Jane Doe' });
    assert.equal(body.items.length, 2);
    const mara = body.items.find((i: { swap: string }) => i.swap === MARA);
    assert.deepEqual(mara, {
      swap: MARA,
      author: { name: 'Mara Quill' },
      title: 'The Salt Archive',
      coverUrl: null,
      blurb: "Mara Quill's bestselling fantasy and mystery novel.",
      genres: ['fantasy', 'mystery'],
      links: [
        { retailer: 'Amazon', url: 'https://www.amazon.com/' },
        { retailer: 'Kobo', url: 'https://www.kobo.com/' },
        { retailer: 'Apple Books', url: 'https://books.apple.com/' },
      ],
      newsletter: { consent: { text: 'I agree that Mara Quill may email me their newsletter. I can unsubscribe at any time.', version: CONSENT } },
    });
    const token = verifyToken(server.deps.secret, body.token)!;
    assert.equal(token.site, 'demo');
    assert.deepEqual([...token.swaps].sort(), [MARA, THEO]);
    const text = JSON.stringify(body);
    for (const secret of ['@', 'admin_token', 'localhost', '"origins"', '"email"']) assert.ok(!text.includes(secret), secret);
  });

  it('shows each partner the other’s book', async () => {
    const { body } = await recommendations(server, 'mara-quill', '?limit=5');
    assert.equal(body.items.length, 1);
    assert.equal(body.items[0].swap, MARA);
    assert.equal(body.items[0].title, 'The Lantern King');
    assert.equal(body.items[0].author.name, 'Jane Doe');
    assert.equal(verifyToken(server.deps.secret, body.token)!.site, 'mara-quill');
  });

  it('rotates by weight: the weight-2 swap about twice as often as the weight-1 one', async () => {
    const seen = { [MARA]: 0, [THEO]: 0 } as Record<string, number>;
    const runs = 300;
    for (let i = 0; i < runs; i++) {
      const { body } = await recommendations(server, 'demo');
      assert.equal(body.items.length, 1);
      seen[body.items[0].swap]!++;
      assert.deepEqual(verifyToken(server.deps.secret, body.token)!.swaps, [body.items[0].swap], 'the token names what was shown');
    }
    // Expected 2/3; a binomial over 300 draws stays within ±0.11 (4 standard deviations).
    const share = seen[MARA]! / runs;
    assert.ok(share > 0.55 && share < 0.78, JSON.stringify(seen));
  });

  it('honours limit and prefers the genre asked for', async () => {
    assert.equal((await recommendations(server, 'demo', '?limit=10')).body.items.length, 2);
    for (let i = 0; i < 20; i++) {
      const { body } = await recommendations(server, 'demo', '?genre=Mystery&limit=2');
      assert.deepEqual(body.items.map((x: { swap: string }) => x.swap), [MARA]);
    }
    const fallback = await recommendations(server, 'demo', '?genre=horror&limit=2');
    assert.equal(fallback.body.items.length, 2, 'no book in the genre: all of them');
    for (const limit of ['0', '11', 'abc', '1.5', '-1']) {
      const { status, body } = await recommendations(server, 'demo', `?limit=${limit}`);
      assert.equal(status, 422, limit);
      assert.equal(body.error.code, 'invalid');
      assert.equal(body.error.field, 'limit');
    }
    assert.equal((await recommendations(server, 'nobody')).status, 404);
  });

  it('shows only active swaps, in the placements they are meant for', async () => {
    const swaps = (query: string) => recommendations(server, 'demo', query).then(({ body }) => body.items.map((x: { swap: string }) => x.swap).sort());
    await server.db.updateTable('swaps').set({ placements: '["sidebar"]' }).where('id', '=', THEO).execute();
    assert.deepEqual(await swaps('?limit=10'), [MARA]);
    assert.deepEqual(await swaps('?limit=10&placement=footer'), [MARA]);
    assert.deepEqual(await swaps('?limit=10&placement=sidebar'), [MARA, THEO]);
    await server.db.updateTable('swaps').set({ placements: '[]', active: 0 }).where('id', '=', THEO).execute();
    assert.deepEqual(await swaps('?limit=10'), [MARA]);
    await server.db.updateTable('swaps').set({ active: 1 }).where('id', '=', THEO).execute();
    assert.deepEqual(await swaps('?limit=10'), [MARA, THEO]);
  });

  it('drops links and covers that are not http(s), even when stored in the database', async () => {
    await server.db
      .updateTable('books')
      .set({
        cover_url: 'javascript:alert(1)',
        links: JSON.stringify([
          { retailer: 'Evil', url: 'javascript:alert(document.cookie)' },
          { retailer: 'Sneaky', url: ' JavaScript:alert(1)' },
          { retailer: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
          { retailer: 'Relative', url: '/buy' },
          { retailer: 42, url: 'https://example.com/' },
          'not a link',
          { retailer: 'Shop', url: 'https://shop.example/salt' },
          { retailer: 'Plain', url: 'http://plain.example/' },
        ]),
      })
      .where('site_id', '=', 'mara-quill')
      .execute();
    const { body } = await recommendations(server, 'demo', '?genre=mystery');
    assert.equal(body.items[0].coverUrl, null);
    assert.deepEqual(body.items[0].links, [
      { retailer: 'Shop', url: 'https://shop.example/salt' },
      { retailer: 'Plain', url: 'http://plain.example/' },
    ]);
  });

  it('offers no newsletter when the partner has none', async () => {
    await server.db.deleteFrom('groups').where('site_id', '=', 'theo-lark').where('id', '=', 'newsletter').execute();
    const { body } = await recommendations(server, 'demo', '?genre=romantasy');
    assert.equal(body.items[0].swap, THEO);
    assert.equal(body.items[0].newsletter, null);
  });
});

describe('swap events, swap signups and the ledger', () => {
  let server: TestServer;
  let token: string;
  before(async () => {
    server = await startServer();
    token = (await recommendations(server, 'demo', '?limit=2')).body.token;
  });
  after(() => server.close());

  const signup = (swap: string, email: string, extra: object = {}) =>
    call(server, 'POST', `/v1/swaps/${swap}/signups`, { token, email, name: 'Rae', consentVersion: CONSENT, source: 'https://jane.example/books', ...extra });

  it('records beacon events sent as text/plain or JSON, crediting the partner', async () => {
    const sent = await beacon(server, {
      token,
      events: [
        { type: 'impression', swap: MARA },
        { type: 'click', swap: MARA },
        { type: 'impression', swap: THEO },
        { type: 'impression', swap: 'not-in-the-token' },
      ],
    });
    assert.equal(sent.status, 204);
    assert.equal(sent.headers.get('access-control-allow-origin'), '*');
    // The same token again: answered alike, counted as a replay, not as a second impression.
    assert.equal((await beacon(server, { token, events: [{ type: 'impression', swap: THEO }] }, 'application/json')).status, 204);

    const fromMara = (await recommendations(server, 'mara-quill')).body.token;
    assert.equal((await beacon(server, { token: fromMara, events: [{ type: 'impression', swap: MARA }, { type: 'click', swap: MARA }] })).status, 204);
    // Signed, but for a site the swap does not involve: nothing to credit.
    const stray = signToken(server.deps.secret, { site: 'theo-lark', swaps: [MARA], iat: nowS() });
    assert.equal((await beacon(server, { token: stray, events: [{ type: 'click', swap: MARA }] })).status, 204);

    assert.deepEqual(await swapEvents(server), [
      `${MARA}:demo>mara-quill:click`,
      `${MARA}:demo>mara-quill:impression`,
      `${MARA}:mara-quill>demo:click`,
      `${MARA}:mara-quill>demo:impression`,
      `${THEO}:demo>theo-lark:impression`,
    ]);
  });

  it('refuses forged, tampered and expired tokens with 403, recording nothing', async () => {
    const before = await swapEvents(server);
    const [, signature] = token.split('.');
    const tokens = [
      signToken('not-the-secret', { site: 'demo', swaps: [MARA], iat: nowS() }),
      `${Buffer.from(JSON.stringify({ site: 'mara-quill', swaps: [MARA], iat: nowS() })).toString('base64url')}.${signature}`,
      signToken(server.deps.secret, { site: 'demo', swaps: [MARA], iat: nowS() - 8 * DAY_S }),
      'garbage',
    ];
    for (const bad of tokens) {
      const events = await beacon(server, { token: bad, events: [{ type: 'click', swap: MARA }] });
      assert.equal(events.status, 403);
      assert.equal(events.body.error.code, 'invalid_token');
      assert.equal(events.headers.get('access-control-allow-origin'), '*');
      const joined = await signup(MARA, 'forger@example.com', { token: bad });
      assert.equal(joined.status, 403);
      assert.equal(joined.body.error.code, 'invalid_token');
    }
    assert.deepEqual(await swapEvents(server), before);
    assert.equal(await server.db.selectFrom('signups').select('id').where('email', '=', 'forger@example.com').executeTakeFirst(), undefined);
  });

  it('refuses broken beacon bodies without a stack trace', async () => {
    const cases: Array<[unknown, number, string]> = [
      ['{"token": ', 400, 'invalid_json'],
      [{ token, events: [] }, 422, 'invalid'],
      [{ token, events: [{ type: 'view', swap: MARA }] }, 422, 'invalid'],
      [{ events: [{ type: 'click', swap: MARA }] }, 422, 'invalid'],
    ];
    for (const [payload, status, code] of cases) {
      const { status: got, body, headers } = await beacon(server, payload);
      assert.equal(got, status, JSON.stringify(body));
      assert.equal(body.error.code, code);
      assert.equal(headers.get('access-control-allow-origin'), '*');
      assert.ok(!JSON.stringify(body).includes('    at '));
    }
  });

  it('answers the events preflight for any origin, through the whole app', async () => {
    const response = await fetch(`${server.url}/v1/swaps/events`, {
      method: 'OPTIONS',
      headers: { origin: 'https://any.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST');
    assert.equal(response.headers.get('access-control-allow-headers'), 'content-type');
  });

  it('signs a reader up to the partner’s newsletter, pending confirmation, and credits the swap', async () => {
    const { status, body } = await signup(MARA, ' Reader@Example.COM ');
    assert.equal(status, 201);
    assert.deepEqual(body, { status: 'pending_confirmation' });
    const row = await server.db.selectFrom('signups').selectAll().where('email', '=', 'reader@example.com').executeTakeFirstOrThrow();
    assert.equal(row.site_id, 'mara-quill');
    assert.equal(row.group_id, 'newsletter');
    assert.equal(row.swap_id, MARA);
    assert.equal(row.status, 'pending_confirmation');
    assert.equal(row.consent_text, 'I agree that Mara Quill may email me their newsletter. I can unsubscribe at any time.');
    assert.equal(row.consent_version, CONSENT);
    assert.equal(row.source, 'https://jane.example/books');
    assert.ok(!Number.isNaN(Date.parse(row.consented_at)));

    const mail = server.mail.filter((m) => m.to === 'reader@example.com');
    assert.equal(mail.length, 1);
    assert.match(mail[0]!.text, /Mara Quill/);
    const confirmed = await call(server, 'GET', new URL(mail[0]!.link!).pathname);
    assert.equal(confirmed.status, 200);
    const events = await server.db.selectFrom('swap_events').selectAll().where('type', '=', 'signup').execute();
    assert.deepEqual(events.map((e) => [e.swap_id, e.from_site, e.to_site]), [[MARA, 'demo', 'mara-quill']]);
  });

  it('does not store or credit the same reader twice, and answers as for a new one', async () => {
    const again = await signup(MARA, 'READER@example.com');
    assert.equal(again.status, 201);
    // Confirmed already, but told what a new address is told: nobody learns who is subscribed.
    assert.deepEqual(again.body, { status: 'pending_confirmation' });
    const rows = await server.db.selectFrom('signups').select('id').where('email', '=', 'reader@example.com').execute();
    assert.equal(rows.length, 1);
    assert.equal((await server.db.selectFrom('swap_events').select('id').where('type', '=', 'signup').execute()).length, 1);
    assert.equal(server.mail.filter((m) => m.to === 'reader@example.com').length, 1, 'no second email within ten minutes');
  });

  it('refuses an outdated consent, a swap the token does not name, and bad input', async () => {
    const outdated = await signup(MARA, 'late@example.com', { consentVersion: '2020-01-01' });
    assert.equal(outdated.status, 409);
    assert.deepEqual(outdated.body.error, { code: 'consent_outdated', message: outdated.body.error.message, field: 'consent' });

    const onlyTheo = signToken(server.deps.secret, { site: 'demo', swaps: [THEO], iat: nowS() });
    const elsewhere = await signup(MARA, 'late@example.com', { token: onlyTheo });
    assert.equal(elsewhere.status, 403);
    assert.equal(elsewhere.body.error.code, 'invalid_token');

    const email = await signup(MARA, 'not-an-email');
    assert.equal(email.status, 422);
    assert.equal(email.body.error.field, 'email');
    assert.equal((await call(server, 'POST', `/v1/swaps/${MARA}/signups`, '{"token"')).body.error.code, 'invalid_json');
    assert.equal(await server.db.selectFrom('signups').select('id').where('email', '=', 'late@example.com').executeTakeFirst(), undefined);
  });

  it('confirms at once when the partner’s newsletter has no double opt-in, and 404s without a newsletter', async () => {
    await server.db.updateTable('groups').set({ double_opt_in: 0 }).where('site_id', '=', 'theo-lark').where('id', '=', 'newsletter').execute();
    const { status, body } = await signup(THEO, 'quick@example.com');
    assert.equal(status, 201);
    assert.deepEqual(body, { status: 'confirmed' });
    assert.equal(server.mail.filter((m) => m.to === 'quick@example.com').length, 0);

    await server.db.deleteFrom('groups').where('site_id', '=', 'theo-lark').where('id', '=', 'newsletter').execute();
    const none = await signup(THEO, 'nobody@example.com');
    assert.equal(none.status, 404);
    assert.equal(none.body.error.code, 'not_found');
  });

  it('keeps a ledger of what each partner sent and received', async () => {
    const zero = { impressions: 0, clicks: 0, signups: 0 };
    const none = { sent: zero, received: zero };
    // Theo's impression sent twice with one token counts once; the second shows as a replay.
    const replay = { impressions: 1, clicks: 0, signups: 0 };
    const demo = await ledger(server.db, 'demo');
    assert.deepEqual(
      [...demo].sort((a, b) => a.swap.localeCompare(b.swap)),
      [
        { swap: MARA, partner: 'mara-quill', sent: { impressions: 1, clicks: 1, signups: 1 }, received: { impressions: 1, clicks: 1, signups: 0 }, replayed: none },
        { swap: THEO, partner: 'theo-lark', sent: { impressions: 1, clicks: 0, signups: 1 }, received: zero, replayed: { sent: replay, received: zero } },
      ],
    );
    assert.deepEqual(await ledger(server.db, 'mara-quill'), [
      { swap: MARA, partner: 'demo', sent: { impressions: 1, clicks: 1, signups: 0 }, received: { impressions: 1, clicks: 1, signups: 1 }, replayed: none },
    ]);
    assert.deepEqual(await ledger(server.db, 'theo-lark'), [
      { swap: THEO, partner: 'demo', sent: zero, received: { impressions: 1, clicks: 0, signups: 1 }, replayed: { sent: zero, received: replay } },
    ]);
    assert.deepEqual(await ledger(server.db, 'nobody'), []);
  });
});

describe('admin swap routes', () => {
  let server: TestServer;
  const mara = { authorization: 'Bearer mara-token' };
  const base = '/v1/sites/demo/admin';
  const book = {
    title: 'The Ember Road',
    coverUrl: 'https://covers.example/ember.jpg',
    blurb: 'A cartographer maps a country that redraws itself every night.',
    genres: ['fantasy', 'adventure'],
    links: [{ retailer: 'Kobo', url: 'https://www.kobo.com/ember' }],
  };
  let proposed: string;

  before(async () => {
    server = await startServer();
    // The seed gives partners no token; give Mara one the tests know.
    await createToken(server.db, 'mara-quill', 'tests', 'operator', 'mara-token');
  });
  after(() => server.close());

  it('needs the site’s admin token', async () => {
    assert.equal((await call(server, 'GET', `${base}/books`)).status, 401);
    assert.equal((await call(server, 'GET', `${base}/swaps`, undefined, mara)).status, 401);
  });

  it('creates, replaces and lists books', async () => {
    const created = await call(server, 'PUT', `${base}/books/ember-road`, book, admin);
    assert.equal(created.status, 201);
    assert.equal(created.body.title, 'The Ember Road');
    const replaced = await call(server, 'PUT', `${base}/books/ember-road`, { ...book, title: 'The Ember Road (2nd ed.)', coverUrl: null }, admin);
    assert.equal(replaced.status, 200);
    const { body } = await call(server, 'GET', `${base}/books`, undefined, admin);
    assert.deepEqual(body.books.map((b: { id: string }) => b.id), ['ember-road', 'lantern-king']);
    const ember = body.books.find((b: { id: string }) => b.id === 'ember-road');
    assert.equal(ember.title, 'The Ember Road (2nd ed.)');
    assert.equal(ember.coverUrl, null);
    assert.deepEqual(ember.links, book.links);
  });

  it('refuses bad books with the field named, and a code the console words in the author’s language', async () => {
    const cases: Array<[string, object, string, string]> = [
      ['ember-road', { ...book, coverUrl: 'javascript:alert(1)' }, 'coverUrl', 'invalid'],
      ['ember-road', { ...book, links: [{ retailer: 'X', url: 'data:text/html,hi' }] }, 'links.0.url', 'invalid'],
      // Too many links is not text too long.
      ['ember-road', { ...book, links: Array.from({ length: 11 }, () => book.links[0]) }, 'links', 'invalid'],
      ['ember-road', { ...book, blurb: 'x'.repeat(2001) }, 'blurb', 'too_long'],
      ['ember-road', { ...book, blurb: 'Read <script>alert(1)</script>' }, 'blurb', 'html_not_allowed'],
      ['ember-road', { ...book, genres: Array.from({ length: 11 }, (_, i) => `g${i}`) }, 'genres', 'invalid'],
      ['ember-road', { ...book, title: '  ' }, 'title', 'required'],
      ['Ember Road', book, 'id', 'invalid'],
    ];
    for (const [id, input, field, code] of cases) {
      const { status, body } = await call(server, 'PUT', `${base}/books/${encodeURIComponent(id)}`, input, admin);
      assert.equal(status, 422, field);
      assert.deepEqual([body.error.field, body.error.code], [field, code]);
    }
  });

  it('proposes a swap, which only the partner can accept and either can end', async () => {
    const input = { partner: 'mara-quill', book: 'ember-road', partnerBook: 'the-salt-archive', weight: 3, placements: ['sidebar'] };
    const created = await call(server, 'POST', `${base}/swaps`, input, admin);
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'proposed');
    assert.equal(created.body.weight, 3);
    proposed = created.body.id;
    // The same two books are in one open swap at most, whoever proposes again (a second click, or the partner).
    const mirror = { partner: 'demo', book: 'the-salt-archive', partnerBook: 'ember-road' };
    const twice = await Promise.all([call(server, 'POST', `${base}/swaps`, input, admin), call(server, 'POST', '/v1/sites/mara-quill/admin/swaps', mirror, mara)]);
    assert.deepEqual(twice.map((r) => [r.status, r.body.error?.code]), [[409, 'duplicate'], [409, 'duplicate']]);
    const shown = async () => (await recommendations(server, 'mara-quill', '?placement=sidebar&limit=10')).body.items.map((i: { swap: string }) => i.swap);
    assert.ok(!(await shown()).includes(proposed), 'not shown before it is accepted');

    const ownAccept = await call(server, 'POST', `${base}/swaps/${proposed}/accept`, undefined, admin);
    assert.equal(ownAccept.status, 403);
    assert.equal(ownAccept.body.error.code, 'forbidden');
    assert.equal((await call(server, 'POST', `/v1/sites/mara-quill/admin/swaps/${THEO}/accept`, undefined, mara)).status, 404, 'another pair’s swap');

    const accepted = await call(server, 'POST', `/v1/sites/mara-quill/admin/swaps/${proposed}/accept`, undefined, mara);
    assert.equal(accepted.status, 200);
    assert.equal(accepted.body.status, 'active');
    assert.equal(accepted.body.book, 'the-salt-archive', 'each side sees its own book as book');
    assert.equal(accepted.body.partnerBook, 'ember-road');
    assert.ok((await shown()).includes(proposed));
    const item = (await recommendations(server, 'mara-quill', '?placement=sidebar&limit=10')).body.items.find((i: { swap: string }) => i.swap === proposed);
    assert.equal(item.title, 'The Ember Road (2nd ed.)');

    const { body } = await call(server, 'GET', '/v1/sites/mara-quill/admin/swaps', undefined, mara);
    assert.deepEqual(body.swaps.map((s: { id: string; status: string; partner: string }) => [s.id, s.status, s.partner]), [
      [MARA, 'active', 'demo'],
      [proposed, 'active', 'demo'],
    ]);

    const ended = await call(server, 'POST', `${base}/swaps/${proposed}/end`, undefined, admin);
    assert.equal(ended.status, 200);
    assert.equal(ended.body.status, 'ended');
    assert.ok(!(await shown()).includes(proposed));
    const revived = await call(server, 'POST', `/v1/sites/mara-quill/admin/swaps/${proposed}/accept`, undefined, mara);
    assert.equal(revived.status, 409, 'an ended swap cannot be accepted again');
    const again = await call(server, 'POST', '/v1/sites/mara-quill/admin/swaps', mirror, mara);
    assert.equal(again.status, 201, 'once it has ended, the two books can be swapped anew');
    assert.equal((await call(server, 'POST', `/v1/sites/mara-quill/admin/swaps/${again.body.id}/end`, undefined, mara)).status, 200);
    assert.equal((await call(server, 'POST', `${base}/swaps/nope/end`, undefined, admin)).status, 404);
  });

  it('refuses swaps with a missing partner or book', async () => {
    const input = { partner: 'mara-quill', book: 'lantern-king', partnerBook: 'the-salt-archive' };
    const cases: Array<[object, number, string]> = [
      [{ ...input, partner: 'nobody' }, 404, 'partner'],
      [{ ...input, book: 'no-such-book' }, 404, 'book'],
      [{ ...input, partnerBook: 'no-such-book' }, 404, 'partnerBook'],
      [{ ...input, partnerBook: 'lantern-king' }, 404, 'partnerBook'],
      [{ ...input, partner: 'demo' }, 422, 'partner'],
      [{ ...input, weight: 0 }, 422, 'weight'],
      [{ ...input, weight: 101 }, 422, 'weight'],
    ];
    for (const [body, status, field] of cases) {
      const response = await call(server, 'POST', `${base}/swaps`, body, admin);
      assert.equal(response.status, status, JSON.stringify(response.body));
      assert.equal(response.body.error.field, field);
    }
  });

  it('serves the ledger as JSON and CSV', async () => {
    await server.db
      .insertInto('swap_events')
      .values([
        { id: 'e1', swap_id: MARA, from_site: 'demo', to_site: 'mara-quill', type: 'impression', at: '2026-11-02T10:00:00.000Z' },
        { id: 'e2', swap_id: MARA, from_site: 'demo', to_site: 'mara-quill', type: 'impression', at: '2026-11-02T10:00:00.000Z' },
        { id: 'e3', swap_id: MARA, from_site: 'mara-quill', to_site: 'demo', type: 'click', at: '2026-11-02T10:00:00.000Z' },
      ])
      .execute();
    const { status, body } = await call(server, 'GET', `${base}/ledger`, undefined, admin);
    assert.equal(status, 200);
    assert.deepEqual(body.find((e: { swap: string }) => e.swap === MARA), {
      swap: MARA,
      partner: 'mara-quill',
      sent: { impressions: 2, clicks: 0, signups: 0 },
      received: { impressions: 0, clicks: 1, signups: 0 },
      replayed: { sent: { impressions: 0, clicks: 0, signups: 0 }, received: { impressions: 0, clicks: 0, signups: 0 } },
    });
    const csv = await call(server, 'GET', `${base}/ledger.csv`, undefined, admin);
    assert.match(csv.headers.get('content-type')!, /^text\/csv/);
    const lines = (csv.body as string).trimEnd().split('\r\n');
    assert.equal(lines[0], 'swap,partner,sent_impressions,sent_clicks,sent_signups,received_impressions,received_clicks,received_signups');
    assert.ok(lines.includes(`${MARA},mara-quill,2,0,0,0,1,0`), lines.join('\n'));
  });

  it('exports swap signups with consent, quoted and safe from formulas', async () => {
    const row = {
      site_id: 'mara-quill',
      group_id: 'newsletter',
      answers: '{}',
      status: 'confirmed' as const,
      consent_text: 'I agree, "happily", to emails.',
      consent_version: CONSENT,
      consented_at: '2026-11-02T10:00:00.000Z',
      source: 'https://jane.example/',
      created_at: '2026-11-02T10:00:00.000Z',
      confirmed_at: '2026-11-02T10:05:00.000Z',
    };
    await server.db
      .insertInto('signups')
      .values([
        { ...row, id: 's1', email: 'formula@example.com', name: '=HYPERLINK("http://evil.example")', swap_id: MARA },
        { ...row, id: 's2', email: 'direct@example.com', name: 'Direct', swap_id: null },
      ])
      .execute();
    const csv = await call(server, 'GET', '/v1/sites/mara-quill/admin/swap-signups.csv', undefined, mara);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /^text\/csv/);
    assert.equal(
      csv.body,
      'email,name,swap,consent_text,consent_version,consented_at,source,status\r\n' +
        `formula@example.com,"'=HYPERLINK(""http://evil.example"")",${MARA},"I agree, ""happily"", to emails.",${CONSENT},2026-11-02T10:00:00.000Z,https://jane.example/,confirmed\r\n`,
    );
    const demo = await call(server, 'GET', `${base}/swap-signups.csv`, undefined, admin);
    assert.equal(demo.body, 'email,name,swap,consent_text,consent_version,consented_at,source,status\r\n', 'only the site’s own signups');
  });
});

describe('the partner’s newsletter on the swap card', () => {
  let server: TestServer;
  let jane: Record<string, string>;
  let mara: Record<string, string>;
  let swap: string;
  const letter = (name: string, consentText: string, kind = 'newsletter') => ({ name, description: '', kind, fields: [], seats: null, consentText, consentVersion: 'v1', doubleOptIn: true });
  const makeGroup = async (id: string, input: object) => assert.equal((await call(server, 'PUT', `/v1/sites/mara/admin/groups/${id}`, input, mara)).status, 201);
  const offered = async () => {
    const { body } = await recommendations(server, 'jane');
    assert.equal(body.items[0].swap, swap);
    return { token: body.token as string, newsletter: body.items[0].newsletter as { consent: { text: string; version: string } } | null };
  };
  // As the card sends it; with nothing offered, as a script would try anyway.
  const joinThroughCard = async (email: string) => {
    const { token, newsletter } = await offered();
    const consentVersion = newsletter?.consent.version ?? 'v1';
    const joined = await call(server, 'POST', `/v1/swaps/${swap}/signups`, { token, email, name: 'Rae', consentVersion, source: 'https://jane.example/' });
    const row = await server.db.selectFrom('signups').select(['site_id', 'group_id', 'consent_text', 'swap_id']).where('email', '=', email).executeTakeFirst();
    return { status: joined.status, row };
  };

  before(async () => {
    server = await startServer();
    jane = await author(server, 'jane@example.com', 'jane');
    mara = await author(server, 'mara@example.com', 'mara');
    assert.equal((await call(server, 'PUT', '/v1/sites/jane/admin/books/ember', { title: 'Ember' }, jane)).status, 201);
    assert.equal((await call(server, 'PUT', '/v1/sites/mara/admin/books/salt', { title: 'Salt' }, mara)).status, 201);
    swap = (await call(server, 'POST', '/v1/sites/jane/admin/swaps', { partner: 'mara', book: 'ember', partnerBook: 'salt' }, jane)).body.id;
    assert.equal((await call(server, 'POST', `/v1/sites/mara/admin/swaps/${swap}/accept`, {}, mara)).status, 200);
  });
  after(() => server.close());

  it('is none while the partner has no group of kind newsletter, a readers’ group included', async () => {
    await makeGroup('book-club', letter('Book club', 'Mara may email the club.', 'readers'));
    assert.equal((await offered()).newsletter, null);
    const { status, row } = await joinThroughCard('club@example.com');
    assert.equal(status, 404);
    assert.equal(row, undefined);
  });

  it('is the newsletter the partner made in the console, whatever id its name gave it, and the card’s signup joins it', async () => {
    // The console fills the id from the name: "My Monthly Letter" → my-monthly-letter.
    await makeGroup('my-monthly-letter', letter('My Monthly Letter', 'Mara may send me her monthly letter.'));
    assert.deepEqual((await offered()).newsletter, { consent: { text: 'Mara may send me her monthly letter.', version: 'v1' } });
    const { status, row } = await joinThroughCard('rae@example.com');
    assert.equal(status, 201);
    assert.deepEqual(row, { site_id: 'mara', group_id: 'my-monthly-letter', consent_text: 'Mara may send me her monthly letter.', swap_id: swap });
  });

  it('stays the first one when the partner adds another newsletter, and is the one with the id newsletter if there is one', async () => {
    // Created strictly later, whatever the clock's resolution.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await makeGroup('a-second-letter', letter('A second letter', 'Mara may send me the second letter.'));
    assert.equal((await offered()).newsletter!.consent.text, 'Mara may send me her monthly letter.');
    assert.equal((await joinThroughCard('sam@example.com')).row?.group_id, 'my-monthly-letter');

    await makeGroup('newsletter', letter('Newsletter', 'Mara may send me her newsletter.'));
    assert.equal((await offered()).newsletter!.consent.text, 'Mara may send me her newsletter.');
    assert.equal((await joinThroughCard('kim@example.com')).row?.group_id, 'newsletter');
  });
});

describe('pickNewsletter', () => {
  const group = (id: string, kind: 'mastermind' | 'readers' | 'newsletter', created_at: string, fields = '[]') => ({ id, kind, created_at, fields });

  it('takes the id newsletter first, then the earliest created, then the smallest id, and only newsletters', () => {
    const readers = group('newsletter', 'readers', '2026-01-01T00:00:00.000Z');
    const late = group('late', 'newsletter', '2026-03-01T00:00:00.000Z');
    const b = group('b', 'newsletter', '2026-02-01T00:00:00.000Z');
    const a = group('a', 'newsletter', '2026-02-01T00:00:00.000Z');
    const named = group('newsletter', 'newsletter', '2026-04-01T00:00:00.000Z');
    assert.equal(pickNewsletter([readers]), undefined);
    assert.equal(pickNewsletter([late, b, readers]), b);
    assert.equal(pickNewsletter([late, b, a]), a, 'created together: by id');
    assert.equal(pickNewsletter([late, b, a]), pickNewsletter([a, late, b]), 'whatever order the database answers in');
    assert.equal(pickNewsletter([late, named, a]), named);
  });

  it('leaves out a newsletter with a required question: the card asks only for an email', () => {
    const asks = group('newsletter', 'newsletter', '2026-01-01T00:00:00.000Z', JSON.stringify([{ name: 'genre', label: 'Genre', type: 'text', required: true, options: [] }]));
    const optional = group('letter', 'newsletter', '2026-02-01T00:00:00.000Z', JSON.stringify([{ name: 'genre', label: 'Genre', type: 'text', required: false, options: [] }]));
    assert.equal(pickNewsletter([asks]), undefined);
    assert.equal(pickNewsletter([asks, optional]), optional);
  });
});
