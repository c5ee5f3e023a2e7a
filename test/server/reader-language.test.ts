// A reader who signs up or RSVPs on a French page reads French from then on: the confirmation
// email, its page, and what comes later (a place that opens, a date cancelled). The widget sends
// its language with the form; languages Salon has no texts for get English, as in the widgets.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sweepWaitlists } from '../../server/waitlists.js';
import { admin, call, startServer, type TestServer } from './harness.js';

const GROUP = '/v1/sites/demo/groups/readers';
const signup = (email: string, lang?: string) => ({ email, name: 'Zoé', consentVersion: '2026-11-01', elapsedMs: 4000, ...(lang ? { lang } : {}) });
const lastMail = (server: TestServer, email: string) => server.mail.filter((m) => m.to === email).at(-1)!;
const path = (link: string) => new URL(link).pathname;

describe('the reader’s language', () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('writes a signup’s email and confirmation page in the widget’s language', async () => {
    assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('zoe@example.com', 'fr-CA'))).status, 201);
    const mail = lastMail(server, 'zoe@example.com');
    assert.equal(mail.subject, 'Merci de confirmer : The Lantern Readers');
    assert.match(mail.text, /^Bonjour Zoé,\n\nMerci de confirmer que vous souhaitez rejoindre « The Lantern Readers » de Jane Doe :/);
    const opened = await call(server, 'GET', path(mail.link!));
    assert.match(opened.body, /<html lang="fr">/);
    assert.match(opened.body, /Confirmer mon adresse/);
    assert.match((await call(server, 'POST', path(mail.link!))).body, /Vous êtes inscrit·e !/);
  });

  it('falls back to English for a language Salon has no texts for, and refuses what is not a language tag', async () => {
    assert.equal((await call(server, 'POST', `${GROUP}/signups`, signup('kenji@example.com', 'ja'))).status, 201);
    assert.equal(lastMail(server, 'kenji@example.com').subject, 'Please confirm: The Lantern Readers');
    const refused = await call(server, 'POST', `${GROUP}/signups`, signup('x@example.com', '<script>'));
    assert.deepEqual([refused.status, refused.body.error.field], [422, 'lang']);
  });

  it('writes an RSVP’s email, its date, its page, a place that opens and a cancellation in the reader’s language', async () => {
    const now = Date.now();
    const list = await call(server, 'GET', `/v1/sites/demo/events?from=${new Date(now).toISOString()}&to=${new Date(now + 14 * 86400_000).toISOString()}`);
    const start: string = list.body.occurrences.find((o: { event: string }) => o.event === 'mastermind-weekly').start;
    await server.db.updateTable('events').set({ seats: 1 }).where('site_id', '=', 'demo').where('id', '=', 'mastermind-weekly').execute();
    const rsvp = (email: string, lang: string) => call(server, 'POST', '/v1/sites/demo/events/mastermind-weekly/rsvps', { start, name: 'Jonas', email, lang });
    const german = new Intl.DateTimeFormat('de', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'America/New_York' }).format(new Date(start));

    assert.equal((await rsvp('jonas@example.com', 'de')).body.status, 'pending_confirmation');
    const mail = lastMail(server, 'jonas@example.com');
    assert.equal(mail.subject, 'Bestätigen Sie Ihren Platz: Spring Mastermind — weekly call');
    assert.ok(mail.text.includes(`bei „Spring Mastermind — weekly call“, ${german} (America/New_York):`), mail.text);
    assert.match((await call(server, 'GET', path(mail.link!))).body, /Platz bestätigen/);

    // Full: Lucía waits, in Spanish; Jonas's hold runs out and the place is hers.
    assert.equal((await rsvp('lucia@example.com', 'es')).body.status, 'waitlisted');
    await server.db.updateTable('rsvps').set({ hold_until: new Date(now - 1000).toISOString() }).where('email', '=', 'jonas@example.com').execute();
    await sweepWaitlists(server.deps);
    await server.deps.mailer.idle();
    assert.equal(lastMail(server, 'lucia@example.com').subject, 'Se ha liberado una plaza: Spring Mastermind — weekly call');
    assert.match((await call(server, 'POST', path(lastMail(server, 'lucia@example.com').link!))).body, /¡Tienes plaza!/);

    // The author cancels that date: Lucía is told in Spanish.
    const local = new Intl.DateTimeFormat('sv', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(start)).replace(' ', 'T');
    const event = (await call(server, 'GET', '/v1/sites/demo/admin/events', undefined, admin)).body.events.find((e: { id: string }) => e.id === 'mastermind-weekly');
    const { id: _, source: __, uid: ___, createdAt: ____, ...input } = event;
    assert.equal((await call(server, 'PUT', '/v1/sites/demo/admin/events/mastermind-weekly', { ...input, cancelled: [local] }, admin)).status, 200);
    const cancelled = lastMail(server, 'lucia@example.com');
    assert.match(cancelled.subject, /^Cancelado: Spring Mastermind — weekly call, /);
    assert.match(cancelled.text, /no se celebrará: la organización ha cancelado esta fecha\. Tenías plaza; no tienes que hacer nada\./);
  });
});
