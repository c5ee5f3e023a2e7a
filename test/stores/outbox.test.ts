import { expect, waitUntil } from '@open-wc/testing';
import { MemoryBackend } from '../../src/api/memory.js';
import type { SalonError } from '../../src/api/errors.js';
import type { SalonBackend } from '../../src/api/backend.js';
import { $deliveries, attachBackend, flush, send } from '../../src/stores/outbox.js';
import { mockApi, requests, rescript, site } from '../support/data.js';

const SIGNUP = 'POST v1/sites/demo/groups/spring-mastermind/signups';
const signup = {
  site: 'demo',
  group: 'spring-mastermind',
  email: 'ada@example.com',
  answers: { genre: 'Fantasy' },
  consentVersion: 'v1',
};

/**
 * This file's entries in storage. Test files run two at a time on one origin, so entries of the
 * end-to-end tests (for the reference server on port 8789) are left alone.
 */
const stored = (): string[] =>
  Object.keys(localStorage).filter(
    (key) => key.startsWith('salon:outbox:') && !localStorage.getItem(key)?.includes('127.0.0.1:8789'),
  );

type OutboxPage = Window & { salon: { backend: SalonBackend; send: typeof send; attachBackend: typeof attachBackend } };

/** Opens test/pages/outbox.html in a fresh iframe: a new page with the same localStorage. */
async function openPage(api: string): Promise<{ frame: HTMLIFrameElement; page: OutboxPage }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/outbox.html?api=${encodeURIComponent(api)}`;
  const ready = new Promise((resolve) => frame.addEventListener('load', resolve));
  document.body.append(frame);
  await ready;
  const page = frame.contentWindow as OutboxPage;
  await waitUntil(() => page.salon, 'outbox page ready');
  return { frame, page };
}

describe('outbox', () => {
  beforeEach(() => {
    for (const key of stored()) localStorage.removeItem(key);
  });

  it('delivers at once when the backend answers, and keeps nothing', async () => {
    const backend = new MemoryBackend({ demo: site() });
    const sent = await send(backend, 'signup', signup);
    expect(sent.state).to.equal('delivered');
    expect(sent.state === 'delivered' && sent.result).to.deep.equal({ status: 'confirmed' });
    expect(stored()).to.deep.equal([]);
    expect(backend.writes[0].idempotencyKey).to.equal(sent.key);
  });

  it('keeps a write made offline and sends it once, with the same key, when the page is online again', async () => {
    const backend = new MemoryBackend({ demo: site() }, { id: 'memory:online-test' });
    backend.offline = true;
    const sent = await send(backend, 'signup', signup);
    expect(sent.state).to.equal('queued');
    expect(stored()).to.deep.equal([`salon:outbox:${sent.key}`]);
    expect(JSON.parse(localStorage.getItem(`salon:outbox:${sent.key}`)!)).to.include({
      method: 'signup',
      target: 'memory:online-test',
    });
    expect($deliveries.get()[sent.key]).to.deep.equal({ state: 'queued' });

    backend.offline = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $deliveries.get()[sent.key]?.state === 'delivered', 'delivered after online');
    window.dispatchEvent(new Event('online'));
    await flush();
    expect(backend.writes).to.have.length(1);
    expect(backend.writes[0].idempotencyKey).to.equal(sent.key);
    expect(stored()).to.deep.equal([]);
  });

  it('drops a write the backend refuses, and says why', async () => {
    const backend = new MemoryBackend({ demo: site() });
    let error: SalonError | undefined;
    await send(backend, 'signup', { ...signup, email: 'not-an-email' }).catch((e: SalonError) => (error = e));
    expect(error!.kind).to.equal('validation');
    expect(error!.fields).to.have.key('email');
    expect(stored()).to.deep.equal([]);
  });

  it('survives a reload: the next page load delivers it exactly once with the same Idempotency-Key', async () => {
    const { api, ns } = await mockApi({ [SIGNUP]: [{ drop: true }] });
    const first = await openPage(api);
    const sent = await first.page.salon.send(first.page.salon.backend, 'signup', signup);
    expect(sent.state).to.equal('queued');
    first.frame.remove();
    expect(stored()).to.have.length(1);
    await rescript(ns, { [SIGNUP]: [{ status: 201, body: { status: 'pending_confirmation' } }] });

    // The reader comes back later: a new page, whose widget attaches the same backend.
    const second = await openPage(api);
    second.page.salon.attachBackend(second.page.salon.backend);
    await waitUntil(() => stored().length === 0, 'outbox emptied after reload');
    second.page.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    second.frame.remove();

    const attempts = await requests(ns);
    expect(new Set(attempts.map((r) => r.headers['idempotency-key']))).to.deep.equal(new Set([sent.key]));
    const delivered = attempts.filter((r) => r.outcome === 201);
    expect(delivered).to.have.length(1);
    expect(JSON.parse(delivered[0].body!)).to.include({ email: 'ada@example.com', consentVersion: 'v1' });
  });

  it('retries on its own with backoff when the backend is unreachable but the browser is online', async () => {
    const { api, ns } = await mockApi({ [SIGNUP]: [{ drop: true }] });
    const { frame, page } = await openPage(api);
    const sent = await page.salon.send(page.salon.backend, 'signup', signup);
    expect(sent.state).to.equal('queued');
    await rescript(ns, { [SIGNUP]: [{ status: 201, body: { status: 'confirmed' } }] });
    // The first retry comes 5 s later without any event from the page.
    await waitUntil(() => stored().length === 0, 'delivered by the retry timer', { timeout: 8000 });
    frame.remove();
    const attempts = await requests(ns);
    expect(new Set(attempts.map((r) => r.headers['idempotency-key']))).to.deep.equal(new Set([sent.key]));
    expect(attempts.filter((r) => r.outcome === 201)).to.have.length(1);
  });

  it('drops corrupt and week-old entries it finds in storage when a page loads', async () => {
    localStorage.setItem('salon:outbox:junk', '{not json');
    localStorage.setItem(
      'salon:outbox:old',
      JSON.stringify({ key: 'old', target: 'memory', method: 'signup', params: signup, at: Date.now() - 8 * 86400_000 }),
    );
    const { api, ns } = await mockApi({});
    const { frame, page } = await openPage(api);
    page.salon.attachBackend(page.salon.backend);
    await waitUntil(
      () => localStorage.getItem('salon:outbox:junk') === null && localStorage.getItem('salon:outbox:old') === null,
      'both dropped from storage',
    );
    frame.remove();
    expect(await requests(ns)).to.deep.equal([]);
  });
});
