// The console's embed code: the builder with the author's own site, groups and event tags; the
// preview is the real widget, served by the real server.
import { expect, waitUntil } from '@open-wc/testing';
import '../../console/screens/embed/embed.js';
import { createSite, html, screen, signIn } from '../support/console.js';

const put = (path: string, body: unknown) =>
  fetch(path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => {
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
  });

describe('console: embed code', () => {
  it('pre-fills the builder with the site, its groups and event tags, and previews the real widget in the site’s language', async () => {
    await signIn();
    const site = await createSite({ lang: 'fr' });
    await put(`/v1/sites/${site}/admin/groups/letters`, { name: 'Lettres d’Ada', kind: 'newsletter', consentText: 'Ada peut m’écrire.', consentVersion: 'v1' });
    await put(`/v1/sites/${site}/admin/groups/mastermind`, {
      name: 'Cercle',
      kind: 'mastermind',
      consentText: 'Ada peut m’écrire.',
      consentVersion: 'v1',
      fields: [{ name: 'genre', label: 'Votre genre', type: 'text', required: true }],
    });
    await put(`/v1/sites/${site}/admin/events/salon`, {
      title: 'Salon',
      kind: 'online',
      timeZone: 'Europe/Paris',
      startLocal: '2027-01-09T19:00',
      durationMinutes: 60,
      tags: ['lecteurs'],
    });
    const el = await screen<HTMLElement>(html`<salon-console-embed .site=${site}></salon-console-embed>`);
    await waitUntil(() => el.shadowRoot!.querySelector('salon-embed-builder'), 'builder shown');
    const builder = el.shadowRoot!.querySelector('salon-embed-builder')!;
    await builder.updateComplete;
    const code = builder.shadowRoot!.querySelector('pre.script')!.textContent!;
    expect(code).to.equal(
      `<link rel="preconnect" href="${location.origin}" crossorigin>\n` +
        `<script src="${location.origin}/cdn/salon.iife.js" data-api="${location.origin}/" data-site="${site}"></script>\n\n` +
        '<salon-group-signup group="letters"></salon-group-signup>',
    );
    expect(el.shadowRoot!.textContent).to.contain('https://ada.example');
    const preview = builder.shadowRoot!.querySelector<HTMLElement>('.preview salon-group-signup')!;
    // The code leaves the language to each page; the preview is in the site's.
    expect(preview.getAttribute('lang')).to.equal('fr');
    await waitUntil(() => preview.shadowRoot?.querySelector('h2')?.textContent === 'Lettres d’Ada', 'the real group in the preview', { timeout: 5000 });
    await expect(el).to.be.accessible();

    // A group with a required question: compact keeps it, and the author is told beside the option.
    const group = builder.shadowRoot!.querySelector<HTMLSelectElement>('[name=group]')!;
    group.value = 'mastermind';
    group.dispatchEvent(new Event('change'));
    builder.shadowRoot!.querySelector<HTMLInputElement>('[name=compact]')!.click();
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector('#compact-hint')!.textContent).to.match(/required question|question obligatoire/);
    const compact = builder.shadowRoot!.querySelector<HTMLElement>('.preview salon-group-signup[compact]')!;
    await waitUntil(() => compact.shadowRoot?.querySelector('label[for=q0]')?.textContent === 'Votre genre', 'the required question in the compact preview', { timeout: 5000 });

    const widget = builder.shadowRoot!.querySelector<HTMLSelectElement>('[name=widget]')!;
    widget.value = 'salon-event-calendar';
    widget.dispatchEvent(new Event('change'));
    await builder.updateComplete;
    const tags = [...builder.shadowRoot!.querySelectorAll<HTMLOptionElement>('[name=tag] option')].map((o) => o.value);
    expect(tags).to.deep.equal(['', 'lecteurs']);
  });

  it('says the widgets need a registered website address when there is none', async () => {
    await signIn();
    const site = await createSite({ origins: [] });
    const el = await screen<HTMLElement>(html`<salon-console-embed .site=${site}></salon-console-embed>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'told');
    expect(el.shadowRoot!.querySelector('.notice a')!.getAttribute('href')).to.equal(`#/${site}/settings`);
    await expect(el).to.be.accessible();
  });
});
