import { expect } from '@open-wc/testing';
import { RestBackend } from '../../src/api/rest.js';
import { failure, group, mockApi, requests } from '../support/data.js';

const GROUP = 'GET v1/sites/demo/groups/spring-mastermind';
const SIGNUP = 'POST v1/sites/demo/groups/spring-mastermind/signups';
const params = { site: 'demo', group: 'spring-mastermind' };
const signup = { ...params, email: 'ada@example.com', answers: {}, consentVersion: 'v1' };

describe('RestBackend', () => {
  it('reads a group from the site-scoped URL', async () => {
    const { api, ns } = await mockApi({ [GROUP]: [{ body: group() }] });
    const answer = await new RestBackend({ api }).getGroup(params);
    expect(answer.name).to.equal('Spring Mastermind');
    const [request] = await requests(ns);
    expect(request.path).to.equal('v1/sites/demo/groups/spring-mastermind');
    expect(request.headers.accept).to.equal('application/json');
  });

  it('escapes ids into the path and leaves undefined query values out', async () => {
    const { api, ns } = await mockApi({});
    await new RestBackend({ api, retries: 0 })
      .listEvents({ site: 'a b/c', from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })
      .catch(() => undefined);
    const [request] = await requests(ns);
    // It asks for cancelled dates too, to show them as cancelled (a backend that knows no status ignores it).
    expect(request.path).to.equal('v1/sites/a%20b%2Fc/events?from=2026-01-01T00%3A00%3A00Z&to=2026-02-01T00%3A00%3A00Z&include=cancelled');
  });

  it('retries a GET that failed with 503, with backoff, and returns the answer', async () => {
    const { api, ns } = await mockApi({ [GROUP]: [{ status: 503 }, { body: group({ name: 'Second try' }) }] });
    const answer = await new RestBackend({ api }).getGroup(params);
    expect(answer.name).to.equal('Second try');
    expect(await requests(ns)).to.have.length(2);
  });

  it('sends an Idempotency-Key on every POST and never retries one itself', async () => {
    const { api, ns } = await mockApi({ [SIGNUP]: [{ status: 503, body: { error: { message: 'Down' } } }] });
    const backend = new RestBackend({ api });
    const error = await failure(backend.signup(signup, { idempotencyKey: 'key-1' }));
    expect(error.kind).to.equal('server');
    await backend.signup(signup).catch(() => undefined);
    const sent = await requests(ns);
    expect(sent).to.have.length(2);
    expect(sent[0].headers['idempotency-key']).to.equal('key-1');
    expect(sent[1].headers['idempotency-key']).to.match(/^[0-9a-f]{32}$/);
    expect(JSON.parse(sent[0].body!)).to.deep.equal({ email: 'ada@example.com', answers: {}, consentVersion: 'v1' });
  });

  it('turns an unregistered page origin into a configuration error, told to the author once', async () => {
    const message = 'http://jane.test:5000 is not one of the website addresses registered for the site "demo". Add it in the Salon console (http://salon.test/console/), under Settings → Website addresses.';
    const { api, ns } = await mockApi({ [GROUP]: [{ status: 403, body: { error: { code: 'origin_not_allowed', message } } }] });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const backend = new RestBackend({ api });
      const first = await failure(backend.getGroup(params));
      const second = await failure(backend.getGroup(params));
      expect(first.kind).to.equal('config');
      expect(first.code).to.equal('origin_not_allowed');
      expect(second.kind).to.equal('config');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([[`Salon: ${message}`]]);
    // Refused, not failed: nothing is retried.
    expect(await requests(ns)).to.have.length(2);
  });

  it('maps a 422 with a field to a validation error naming that field', async () => {
    const { api } = await mockApi({
      [SIGNUP]: [{ status: 422, body: { error: { code: 'invalid_email', message: 'Not an email.', field: 'email' } } }],
    });
    const error = await failure(new RestBackend({ api }).signup(signup));
    expect(error.kind).to.equal('validation');
    expect(error.code).to.equal('invalid_email');
    expect(error.fields).to.deep.equal({ email: 'Not an email.' });
    expect(error.status).to.equal(422);
  });

  it('drops the field’s name a message starts with, as it goes beside the field', async () => {
    const message = 'name: Pen names only, please: no initials.';
    const { api } = await mockApi({ [SIGNUP]: [{ status: 422, body: { error: { code: 'pen_name', message, field: 'name' } } }] });
    const error = await failure(new RestBackend({ api }).signup(signup));
    expect(error.fields).to.deep.equal({ name: 'Pen names only, please: no initials.' });
    expect(error.message, 'the whole message stays the error’s').to.equal(message);
  });

  it('maps 404, 429 (with Retry-After) and 500', async () => {
    const { api } = await mockApi({
      [GROUP]: [{ status: 404, body: { error: { code: 'not_found', message: 'No such group.' } } }],
      [SIGNUP]: [{ status: 429, headers: { 'retry-after': '30' } }, { status: 500, raw: 'Internal error' }],
    });
    const backend = new RestBackend({ api, retries: 0 });
    const missing = await failure(backend.getGroup(params));
    expect([missing.kind, missing.message]).to.deep.equal(['not-found', 'No such group.']);
    const limited = await failure(backend.signup(signup));
    expect([limited.kind, limited.retryAfter]).to.deep.equal(['rate-limited', 30]);
    const broken = await failure(backend.signup(signup));
    expect([broken.kind, broken.status]).to.deep.equal(['server', 500]);
  });

  it('times out a backend that does not answer', async () => {
    const { api } = await mockApi({ [GROUP]: [{ delay: 2000, body: group() }] });
    const error = await failure(new RestBackend({ api, timeout: 200, retries: 0 }).getGroup(params));
    expect(error.kind).to.equal('timeout');
  });

  it('reports an unreachable backend as a network error', async () => {
    const { api } = await mockApi({ [GROUP]: [{ drop: true }] });
    const error = await failure(new RestBackend({ api, retries: 0 }).getGroup(params));
    expect(error.kind).to.equal('network');
  });

  it('honours the caller’s AbortSignal', async () => {
    const { api } = await mockApi({ [GROUP]: [{ delay: 2000, body: group() }] });
    const controller = new AbortController();
    const pending = new RestBackend({ api }).getGroup(params, { signal: controller.signal });
    controller.abort();
    const error = await failure(pending);
    expect(error.name).to.equal('AbortError');
  });

  it('turns a body that is not JSON into a server error', async () => {
    const { api } = await mockApi({ [GROUP]: [{ raw: '<html>Welcome to nginx</html>' }] });
    const error = await failure(new RestBackend({ api }).getGroup(params));
    expect([error.kind, error.code]).to.deep.equal(['server', 'invalid_response']);
  });

  it('builds calendar URLs for one event and for the site feed', () => {
    const backend = new RestBackend({ api: 'https://api.example.com/' });
    expect(backend.calendarUrl({ site: 'demo', event: 'e 1' })).to.equal(
      'https://api.example.com/v1/sites/demo/events/e%201.ics',
    );
    expect(backend.calendarUrl({ site: 'demo' })).to.equal('https://api.example.com/v1/sites/demo/events.ics');
  });

  it('posts swap counts as a beacon and recommendations as a GET with query', async () => {
    const { api, ns } = await mockApi({
      'GET v1/sites/demo/recommendations?placement=sidebar&limit=2': [{ body: { token: 't', items: [] } }],
      'POST v1/swaps/events': [{ status: 204 }],
    });
    const backend = new RestBackend({ api });
    expect(await backend.getRecommendations({ site: 'demo', placement: 'sidebar', limit: 2 })).to.deep.equal({
      token: 't',
      items: [],
    });
    await backend.recordSwapEvents({ token: 't', events: [{ type: 'impression', swap: 's1' }] });
    let sent = await requests(ns);
    for (let i = 0; i < 20 && sent.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sent = await requests(ns);
    }
    expect(sent[1].headers['content-type']).to.match(/^text\/plain/);
    expect(JSON.parse(sent[1].body!)).to.deep.equal({ token: 't', events: [{ type: 'impression', swap: 's1' }] });
  });

  it('sends counts without cookies or referrer when the reader asks not to be tracked', async () => {
    const { api, ns } = await mockApi({ 'POST v1/swaps/events': [{ status: 204 }] });
    document.cookie = 'salon-test-visitor=42; path=/';
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      await new RestBackend({ api }).recordSwapEvents({ token: 't', events: [{ type: 'click', swap: 's1' }] });
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
      document.cookie = 'salon-test-visitor=; path=/; max-age=0';
    }
    const [sent] = await requests(ns);
    expect(JSON.parse(sent!.body!)).to.deep.equal({ token: 't', events: [{ type: 'click', swap: 's1' }] });
    expect(sent!.headers).not.to.have.property('cookie');
    expect(sent!.headers).not.to.have.property('referer');
  });
});

