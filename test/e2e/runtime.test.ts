// The shared runtime against the real reference server (started by the test runner, see
// test/support/reference-server.mjs): data over CORS from another origin, and a signup made
// while the backend is down that lands exactly once when it is back.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { restBackend } from '../../src/api/rest.js';
import { $deliveries, send } from '../../src/stores/outbox.js';
import type { TestWidget } from '../support/test-widget.js';
import '../support/test-widget.js';

const API = 'http://127.0.0.1:8789';
const ADMIN = { authorization: 'Bearer e2e-admin-token' };

const server = (action: 'start' | 'stop') => fetch(`/__reference-server/${action}`, { method: 'POST' });

/** Rows the server stored for an email, from the author's own CSV export. */
async function storedRows(email: string): Promise<string[]> {
  const csv = await (await fetch(`${API}/v1/sites/demo/admin/signups.csv`, { headers: ADMIN })).text();
  return csv.split('\r\n').filter((line) => line.includes(email));
}

describe('runtime against the reference server', () => {
  after(() => server('start'));

  it('shows a group served by the reference server, across origins', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget api=${API} site="demo"></salon-test-widget>`);
    await waitUntil(() => widget.shadowRoot!.querySelector('h2'), 'group shown', { timeout: 5000 });
    expect(widget.shadowRoot!.querySelector('h2')!.textContent).to.equal('Spring Fantasy Mastermind');
    expect(widget.shadowRoot!.querySelector('.seats')!.textContent).to.match(/^\d seats? left$/);
  });

  it('keeps a signup made while the backend is down and stores it once when it is back', async () => {
    const email = `offline-${Date.now()}@example.com`;
    await server('stop');
    const sent = await send(restBackend(API), 'signup', {
      site: 'demo',
      group: 'readers',
      email,
      answers: {},
      consentVersion: '2026-11-01',
      elapsedMs: 4000,
    });
    expect(sent.state).to.equal('queued');

    await server('start');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $deliveries.get()[sent.key]?.state === 'delivered', 'delivered once back', { timeout: 8000 });
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const rows = await storedRows(email);
    expect(rows).to.have.length(1);
    expect(rows[0]).to.match(/^readers,offline-\d+@example\.com,,pending_confirmation,/);
  });
});
