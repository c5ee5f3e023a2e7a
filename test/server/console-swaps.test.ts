// The admin swap routes the console's Books and swaps screen uses that swaps.test.ts does not
// cover: declining a proposal (and how that differs from withdrawing one), deleting a book (not
// while a swap that has not ended uses it), and the ledger day by day for the chart.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, signIn, startServer, type TestServer } from './harness.js';

const DAY_MS = 24 * 3600_000;
const utcDay = (offset = 0) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + offset * DAY_MS).toISOString().slice(0, 10);

describe('the console’s swap routes', () => {
  let server: TestServer;
  let jane: Record<string, string>;
  let mara: Record<string, string>;
  let theo: Record<string, string>;
  const admin = (site: string) => `/v1/sites/${site}/admin`;

  async function site(headers: Record<string, string>, id: string, books: string[]): Promise<void> {
    const created = await call(server, 'POST', '/v1/sites', { id, name: `${id} books`, authorName: `Author ${id}`, origins: [`https://${id}.example`] }, headers);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    for (const book of books) assert.equal((await call(server, 'PUT', `${admin(id)}/books/${book}`, { title: `${book} by ${id}` }, headers)).status, 201);
  }

  const propose = async (book = 'ember', partnerBook = 'salt') => {
    const { status, body } = await call(server, 'POST', `${admin('jane')}/swaps`, { partner: 'mara', book, partnerBook }, jane);
    assert.equal(status, 201, JSON.stringify(body));
    return body.id as string;
  };
  const answer = (who: Record<string, string>, site: string, swap: string, what: 'accept' | 'decline' | 'end') =>
    call(server, 'POST', `${admin(site)}/swaps/${swap}/${what}`, {}, who);
  const statusOf = async (who: Record<string, string>, site: string, swap: string) =>
    (await call(server, 'GET', `${admin(site)}/swaps`, undefined, who)).body.swaps.find((s: { id: string }) => s.id === swap)?.status;

  before(async () => {
    server = await startServer();
    jane = (await signIn(server, 'jane@example.com')).headers;
    mara = (await signIn(server, 'mara@example.com')).headers;
    theo = (await signIn(server, 'theo@example.com')).headers;
    await site(jane, 'jane', ['ember', 'lantern', 'salt']);
    await site(mara, 'mara', ['salt', 'tide']);
    await site(theo, 'theo', ['quill']);
  });
  after(() => server.close());

  describe('POST /admin/swaps/:id/decline', () => {
    it('is the partner’s answer to a proposal: declined for both sides, then neither acceptable nor declinable', async () => {
      const swap = await propose();
      const own = await answer(jane, 'jane', swap, 'decline');
      assert.equal(own.status, 403, 'the proposer withdraws, not declines');
      assert.equal(own.body.error.code, 'forbidden');
      assert.equal(await statusOf(jane, 'jane', swap), 'proposed');

      const declined = await answer(mara, 'mara', swap, 'decline');
      assert.equal(declined.status, 200);
      assert.equal(declined.body.status, 'declined');
      assert.equal(declined.body.book, 'salt', 'answered as the decliner sees it');
      assert.equal(declined.body.partner, 'jane');
      assert.ok(declined.body.endedAt);
      assert.equal(declined.body.acceptedAt, null);
      assert.equal(await statusOf(jane, 'jane', swap), 'declined', 'the proposer sees it declined');

      const again = await answer(mara, 'mara', swap, 'decline');
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'not_proposed');
      assert.equal((await answer(mara, 'mara', swap, 'accept')).status, 409, 'a declined proposal cannot be accepted');
      assert.equal(await statusOf(mara, 'mara', swap), 'declined');
    });

    it('tells a withdrawn proposal (ended by its proposer) from a declined one', async () => {
      const swap = await propose();
      const withdrawn = await answer(jane, 'jane', swap, 'end');
      assert.equal(withdrawn.status, 200);
      assert.equal(withdrawn.body.status, 'withdrawn');
      assert.equal(await statusOf(mara, 'mara', swap), 'withdrawn');
      const late = await answer(mara, 'mara', swap, 'decline');
      assert.equal(late.status, 409, 'nothing left to decline');
      assert.equal(await statusOf(mara, 'mara', swap), 'withdrawn', 'still withdrawn, not declined');
    });

    it('refuses a running or ended swap, and is not found by a site outside the swap', async () => {
      const swap = await propose();
      assert.equal((await answer(theo, 'theo', swap, 'decline')).status, 404, 'another pair’s swap is not this site’s business');
      assert.equal((await answer(mara, 'mara', 'no-such-swap', 'decline')).status, 404);
      assert.equal((await answer(mara, 'mara', swap, 'accept')).status, 200);
      const running = await answer(mara, 'mara', swap, 'decline');
      assert.equal(running.status, 409);
      assert.equal(running.body.error.code, 'not_proposed');
      assert.equal(await statusOf(jane, 'jane', swap), 'active');
      assert.equal((await answer(mara, 'mara', swap, 'end')).status, 200);
      assert.equal((await answer(mara, 'mara', swap, 'decline')).status, 409);
      assert.equal(await statusOf(jane, 'jane', swap), 'ended', 'an accepted swap that ended is ended, whoever ended it');
    });

    it('needs the site’s owner', async () => {
      const swap = await propose();
      assert.equal((await call(server, 'POST', `${admin('mara')}/swaps/${swap}/decline`, {})).status, 401);
      assert.equal((await answer(theo, 'mara', swap, 'decline')).status, 401, 'signed in, but not an owner of mara (told as little as a stranger)');
      assert.equal(await statusOf(mara, 'mara', swap), 'proposed');
      await answer(jane, 'jane', swap, 'end');
    });
  });

  describe('DELETE /admin/books/:book', () => {
    it('refuses (409) while a proposed or running swap uses the book, then deletes it once the swap ended', async () => {
      const swap = await propose('lantern', 'tide');
      const proposed = await call(server, 'DELETE', `${admin('jane')}/books/lantern`, undefined, jane);
      assert.equal(proposed.status, 409);
      assert.equal(proposed.body.error.code, 'in_use');
      assert.equal(proposed.body.error.message, 'This book is in a swap that has not ended; end the swap first.');
      assert.equal((await call(server, 'DELETE', `${admin('mara')}/books/tide`, undefined, mara)).status, 409, 'the partner’s book is held too');

      assert.equal((await answer(mara, 'mara', swap, 'accept')).status, 200);
      assert.equal((await call(server, 'DELETE', `${admin('jane')}/books/lantern`, undefined, jane)).status, 409);

      assert.equal((await answer(mara, 'mara', swap, 'end')).status, 200);
      assert.equal((await call(server, 'DELETE', `${admin('jane')}/books/lantern`, undefined, jane)).status, 204);
      const books = (await call(server, 'GET', `${admin('jane')}/books`, undefined, jane)).body.books.map((b: { id: string }) => b.id);
      assert.deepEqual(books, ['ember', 'salt']);
      assert.equal((await call(server, 'DELETE', `${admin('jane')}/books/lantern`, undefined, jane)).status, 404, 'already gone');
    });

    it('holds only the book on its own side: the same id on the other site is free', async () => {
      // Jane lends "ember" for Mara's "salt"; Jane's own "salt" is not part of it.
      const swap = await propose('ember', 'salt');
      assert.equal((await answer(mara, 'mara', swap, 'accept')).status, 200);
      assert.equal((await call(server, 'DELETE', `${admin('jane')}/books/salt`, undefined, jane)).status, 204);
      assert.equal((await call(server, 'DELETE', `${admin('mara')}/books/salt`, undefined, mara)).status, 409);
      assert.equal((await call(server, 'DELETE', `${admin('jane')}/books/ember`, undefined, jane)).status, 409);
      assert.equal((await call(server, 'DELETE', `${admin('mara')}/books/salt`, undefined, theo)).status, 401, 'not an owner');
      await answer(jane, 'jane', swap, 'end');
    });
  });

  describe('GET /admin/ledger/daily', () => {
    let swap: string;
    before(async () => {
      swap = await propose('ember', 'salt');
      await answer(mara, 'mara', swap, 'accept');
      const at = (day: string, time = '12:00:00.000') => `${day}T${time}Z`;
      const event = (id: string, from: string, type: 'impression' | 'click' | 'signup', when: string) => ({
        id: `${swap}-${id}`,
        swap_id: swap,
        from_site: from,
        to_site: from === 'jane' ? 'mara' : 'jane',
        type,
        at: when,
      });
      await server.db
        .insertInto('swap_events')
        .values([
          // Today: Jane's readers saw Mara's book twice and clicked once; Mara's saw Jane's once.
          event('t1', 'jane', 'impression', at(utcDay(), '00:00:00.000')),
          event('t2', 'jane', 'impression', at(utcDay())),
          event('t3', 'jane', 'click', at(utcDay())),
          event('t4', 'mara', 'impression', at(utcDay())),
          // The last moment of yesterday is yesterday.
          event('y1', 'mara', 'signup', at(utcDay(-1), '23:59:59.999')),
          event('y2', 'mara', 'click', at(utcDay(-1), '23:59:59.999')),
          // Ten days ago: inside 30 days, outside 7.
          event('d1', 'jane', 'signup', at(utcDay(-10))),
          // Forty days ago: only in the all-time ledger.
          event('o1', 'jane', 'impression', at(utcDay(-40))),
        ])
        .execute();
    });

    const daily = (who: Record<string, string>, site: string, query = '') => call(server, 'GET', `${admin(site)}/ledger/daily${query}`, undefined, who);
    const seriesOf = (body: { swaps: Array<{ swap: string }> }) => body.swaps.find((s) => s.swap === swap) as unknown as {
      partner: string;
      sent: Record<string, number[]>;
      received: Record<string, number[]>;
    };

    it('lists UTC days, oldest first, ending today; 30 by default', async () => {
      const { status, body } = await daily(jane, 'jane');
      assert.equal(status, 200);
      assert.equal(body.days.length, 30);
      assert.equal(body.days.at(-1), utcDay());
      assert.equal(body.days[0], utcDay(-29));
      assert.deepEqual((await daily(jane, 'jane', '?days=1')).body.days, [utcDay()]);
      assert.equal((await daily(jane, 'jane', '?days=366')).body.days.length, 366);
    });

    it('validates days', async () => {
      for (const days of ['0', '367', '1000', '-1', '1.5', 'abc', '']) {
        const { status, body } = await daily(jane, 'jane', `?days=${days}`);
        assert.equal(status, 422, `days=${days}`);
        assert.equal(body.error.field, 'days', `days=${days}`);
      }
      assert.equal((await daily(theo, 'jane', '?days=7')).status, 401, 'an owner’s ledger only');
    });

    it('puts each count on its day, as sent by one side and received by the other', async () => {
      const jane30 = seriesOf((await daily(jane, 'jane', '?days=30')).body);
      assert.equal(jane30.partner, 'mara');
      const last = (values: number[], n = 0) => values.at(-1 - n);
      assert.equal(last(jane30.sent.impressions!), 2);
      assert.equal(last(jane30.sent.clicks!), 1);
      assert.equal(last(jane30.received.impressions!), 1);
      assert.equal(last(jane30.received.signups!, 1), 1, 'yesterday');
      assert.equal(last(jane30.received.clicks!, 1), 1, 'yesterday');
      assert.equal(last(jane30.received.clicks!), 0);
      assert.equal(last(jane30.sent.signups!, 10), 1, 'ten days ago');
      const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
      assert.deepEqual(
        Object.fromEntries(Object.entries(jane30.sent).map(([k, v]) => [k, total(v)])),
        { impressions: 2, clicks: 1, signups: 1 },
        'the event forty days ago is outside the period',
      );
      for (const values of [...Object.values(jane30.sent), ...Object.values(jane30.received)]) assert.equal(values.length, 30);

      const mara30 = seriesOf((await daily(mara, 'mara', '?days=30')).body);
      assert.equal(mara30.partner, 'jane');
      assert.deepEqual(mara30.sent, jane30.received, 'what Mara sent is what Jane received');
      assert.deepEqual(mara30.received, jane30.sent);

      const jane7 = seriesOf((await daily(jane, 'jane', '?days=7')).body);
      assert.equal(total(jane7.sent.signups!), 0, 'ten days ago is outside 7 days');
      assert.equal(total(jane7.sent.impressions!), 2);

      const jane90 = seriesOf((await daily(jane, 'jane', '?days=90')).body);
      assert.equal(total(jane90.sent.impressions!), 3, 'forty days ago is inside 90');
      assert.equal(last(jane90.sent.impressions!, 40), 1);

      // The all-time ledger agrees with the 90 days that hold every event.
      const all = (await call(server, 'GET', `${admin('jane')}/ledger`, undefined, jane)).body.find((e: { swap: string }) => e.swap === swap);
      assert.deepEqual(all.sent, { impressions: 3, clicks: 1, signups: 1 });
      assert.deepEqual(all.received, { impressions: 1, clicks: 1, signups: 1 });
    });

    it('lists every swap of the site with zeros when nothing happened, and nothing of other sites', async () => {
      const { body } = await daily(theo, 'theo', '?days=7');
      assert.deepEqual(body.swaps, []);
      const jane7 = (await daily(jane, 'jane', '?days=7')).body;
      const quiet = jane7.swaps.filter((s: { swap: string }) => s.swap !== swap);
      assert.ok(quiet.length > 0, 'the earlier swaps');
      for (const s of quiet) assert.deepEqual(s.sent, { impressions: [0, 0, 0, 0, 0, 0, 0], clicks: [0, 0, 0, 0, 0, 0, 0], signups: [0, 0, 0, 0, 0, 0, 0] });
    });
  });
});
