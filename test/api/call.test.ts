import { expect } from '@open-wc/testing';
import { callBackend } from '../../src/api/call.js';
import { MemoryBackend } from '../../src/api/memory.js';
import { EventList, Group } from '../../src/api/schemas.js';
import { check } from '../../src/api/shape.js';
import type { SalonBackend } from '../../src/api/backend.js';
import { failure, group, site } from '../support/data.js';

const params = { site: 'demo', group: 'spring-mastermind' };
const signup = { ...params, email: 'ada@example.com', answers: { genre: 'Fantasy' }, consentVersion: 'v1' };

/** A developer's backend that answers getGroup with whatever it is given. */
const answering = (answer: unknown) => ({ getGroup: async () => answer }) as unknown as SalonBackend;

describe('callBackend validates every answer', () => {
  it('passes a valid answer through, filling optional defaults', async () => {
    const { fields, ...rest } = group();
    const answer = await callBackend(answering({ ...rest, fields: [{ ...fields[0], options: undefined }] }), 'getGroup', params);
    expect(answer.fields[0].options).to.deep.equal([]);
  });

  it('turns malformed data into a server error that says where', async () => {
    const error = await failure(callBackend(answering({ ...group(), seatsLeft: -2 }), 'getGroup', params));
    expect(error.kind).to.equal('server');
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain('seatsLeft');
  });

  it('rejects an answer that is not even an object', async () => {
    for (const junk of [null, 'ok', 42, [], undefined]) {
      expect((await failure(callBackend(answering(junk), 'getGroup', params))).kind).to.equal('server');
    }
  });

  it('wraps whatever a custom backend throws', async () => {
    const throwing = { getGroup: () => Promise.reject(new TypeError('boom')) } as unknown as SalonBackend;
    const error = await failure(callBackend(throwing, 'getGroup', params));
    expect([error.name, error.kind, error.message]).to.deep.equal(['SalonError', 'server', 'boom']);
    const throwingText = { getGroup: () => Promise.reject('nope') } as unknown as SalonBackend;
    expect((await failure(callBackend(throwingText, 'getGroup', params))).message).to.equal('nope');
  });
});

describe('the contract’s shapes', () => {
  const event = {
    event: 'e', start: '2027-03-01T18:00:00Z', end: '2027-03-01T19:00:00Z', timeZone: 'UTC', title: 'Call',
    description: '', kind: 'online', venue: null, tags: [], seats: null, seatsLeft: null,
  };
  const where = (shape: Parameters<typeof check>[0], value: unknown) => {
    try {
      check(shape, value);
      return 'passed';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('keeps only the keys the contract knows, and takes null where it allows it', () => {
    const list = check(EventList, { occurrences: [{ ...event, extra: '<script>' }], next: 'x' });
    expect(list).to.deep.equal({ occurrences: [event] });
    expect(check(EventList, { occurrences: [{ ...event, venue: { name: 'Hall', city: 'Oslo' } }] }).occurrences[0]!.venue).to.deep.equal({
      name: 'Hall',
      city: 'Oslo',
    });
  });

  it('says where an answer breaks the contract and what it expected', () => {
    expect(where(EventList, { occurrences: [event, { ...event, start: 'soon' }] })).to.equal('occurrences.1.start: expected a date and time');
    expect(where(EventList, { occurrences: [{ ...event, kind: 'zoom' }] })).to.equal('occurrences.0.kind: expected one of online, in_person, hybrid');
    expect(where(EventList, { occurrences: [{ ...event, seats: 2.5 }] })).to.equal('occurrences.0.seats: expected an integer from 0');
    const { title: _, ...untitled } = event;
    expect(where(EventList, { occurrences: [untitled] })).to.equal('occurrences.0.title: expected a value');
    expect(where(EventList, { occurrences: {} })).to.equal('occurrences: expected an array');
    expect(where(Group, [])).to.equal('(root): expected an object');
    expect(where(Group, { ...group(), doubleOptIn: 'yes' })).to.equal('doubleOptIn: expected a boolean');
  });
});

describe('MemoryBackend', () => {
  it('serves groups and says not-found for unknown sites and groups', async () => {
    const backend = new MemoryBackend({ demo: site() });
    expect((await backend.getGroup(params)).name).to.equal('Spring Mastermind');
    expect((await failure(backend.getGroup({ site: 'nope', group: 'x' }))).kind).to.equal('not-found');
    expect((await failure(backend.getGroup({ site: 'demo', group: 'x' }))).kind).to.equal('not-found');
  });

  it('takes seats, then waitlists; double opt-in answers pending_confirmation', async () => {
    const backend = new MemoryBackend({
      demo: site({ groups: [group({ seatsLeft: 1 }), group({ id: 'news', seats: null, seatsLeft: null, doubleOptIn: true })] }),
    });
    expect((await backend.signup(signup)).status).to.equal('confirmed');
    expect((await backend.signup({ ...signup, email: 'bo@example.com' })).status).to.equal('waitlisted');
    expect((await backend.signup({ ...signup, group: 'news', email: 'cy@example.com' })).status).to.equal(
      'pending_confirmation',
    );
    expect((await backend.getGroup(params)).seatsLeft).to.equal(0);
  });

  it('answers a repeated idempotency key with the first answer and stores one write', async () => {
    const backend = new MemoryBackend({ demo: site() });
    await backend.signup(signup, { idempotencyKey: 'k' });
    await backend.signup(signup, { idempotencyKey: 'k' });
    expect(backend.writes).to.have.length(1);
    expect(backend.writes[0].idempotencyKey).to.equal('k');
  });

  it('does not store a second row for the same email in other case', async () => {
    const backend = new MemoryBackend({ demo: site() });
    await backend.signup(signup);
    expect((await backend.signup({ ...signup, email: ' ADA@example.com ' })).status).to.equal('confirmed');
    expect(backend.writes).to.have.length(1);
    expect((await backend.getGroup(params)).seatsLeft).to.equal(2);
  });

  it('refuses bad emails, missing required answers and an outdated consent', async () => {
    const backend = new MemoryBackend({ demo: site() });
    expect((await failure(backend.signup({ ...signup, email: 'nope' }))).fields).to.have.key('email');
    expect((await failure(backend.signup({ ...signup, answers: {} }))).fields).to.have.key('genre');
    expect((await failure(backend.signup({ ...signup, consentVersion: 'v0' }))).code).to.equal('consent_outdated');
    expect(backend.writes).to.have.length(0);
  });

  it('lists occurrences in range and by tag, and takes RSVPs with the join link', async () => {
    const occurrence = {
      event: 'weekly',
      start: '2026-03-01T00:00:00Z',
      end: '2026-03-01T01:00:00Z',
      timeZone: 'America/New_York',
      title: 'Weekly call',
      description: '',
      kind: 'online' as const,
      venue: null,
      tags: ['mastermind'],
      seats: 2,
      seatsLeft: 1,
    };
    const backend = new MemoryBackend({
      demo: { occurrences: [occurrence], joinUrls: { weekly: 'https://meet.example.com/x' } },
    });
    const range = { site: 'demo', from: '2026-02-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
    expect((await backend.listEvents(range)).occurrences).to.have.length(1);
    expect((await backend.listEvents({ ...range, tag: 'other' })).occurrences).to.have.length(0);
    const rsvp = { site: 'demo', event: 'weekly', start: occurrence.start, name: 'Ada', email: 'ada@example.com' };
    expect(await backend.rsvp(rsvp)).to.deep.equal({ status: 'going', joinUrl: 'https://meet.example.com/x' });
    expect((await backend.rsvp({ ...rsvp, email: 'bo@example.com' })).status).to.equal('waitlisted');
    expect((await failure(backend.rsvp({ ...rsvp, start: 'x' }))).kind).to.equal('not-found');
  });

  it('serves recommendations, swap signups and counts', async () => {
    const backend = new MemoryBackend({ demo: { recommendations: [] } });
    expect(await backend.getRecommendations({ site: 'demo' })).to.deep.equal({ token: 'memory', items: [] });
    const answer = await backend.swapSignup({ swap: 's', token: 't', email: 'ada@example.com', consentVersion: 'v1' });
    expect(answer.status).to.equal('pending_confirmation');
    await backend.recordSwapEvents({ token: 't', events: [{ type: 'click', swap: 's' }] });
    expect(backend.swapEvents).to.deep.equal([{ type: 'click', swap: 's' }]);
  });

  it('fails like a network when offline, and waits its latency', async () => {
    const backend = new MemoryBackend({ demo: site() }, { latency: 20 });
    backend.offline = true;
    expect((await failure(backend.getGroup(params))).kind).to.equal('network');
    const controller = new AbortController();
    controller.abort();
    backend.offline = false;
    expect((await failure(backend.getGroup(params, { signal: controller.signal }))).name).to.equal('AbortError');
  });
});
