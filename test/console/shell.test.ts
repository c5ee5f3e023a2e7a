// The console as an author meets it, against the real reference server: signing in with an
// emailed link, creating a first site, the getting-started checklist, settings (website
// addresses, owners, tokens), languages, phones, and axe in every state.
import { expect, waitUntil } from '@open-wc/testing';
import type { SalonConsole } from '../../console/app/console-app.js';
import '../../console/console.js';
import { setLang } from '../../console/i18n.js';
import { go } from '../../console/router.js';
import { $session, refreshSession, signOut } from '../../console/session.js';
import { createSite, html, lastLink, newEmail, screen, signIn } from '../support/console.js';
import { deep, text, type } from '../support/dom.js';




async function consoleApp(): Promise<SalonConsole> {
  const el = await screen<SalonConsole>(html`<salon-console></salon-console>`).catch(async () => {
    // Signed out or loading: the sign-in screen has the heading.
    return document.querySelector('salon-console') as SalonConsole;
  });
  return el;
}

describe('console', () => {
  beforeEach(async () => {
    await signOut();
    setLang('en');
    history.replaceState(null, '', location.pathname);
  });

  it('signs an author in with a link sent by email, which works on a press (not on opening)', async () => {
    const el = await consoleApp();
    await waitUntil(() => deep(el, 'salon-console-sign-in >>> h1'), 'sign-in screen');
    expect(text(deep(el, 'salon-console-sign-in >>> h1'))).to.equal('Sign in to Salon');
    await expect(el).to.be.accessible();

    // An address that is not one is refused before anything is sent.
    deep<HTMLButtonElement>(el, 'salon-console-sign-in >>> button[type=submit]')!.click();
    await waitUntil(() => deep(el, 'salon-console-sign-in >>> .problem'), 'problem shown');
    const email = deep<HTMLInputElement>(el, 'salon-console-sign-in >>> #email')!;
    expect(email.getAttribute('aria-invalid')).to.equal('true');

    const address = newEmail('jane');
    type(email, address);
    deep<HTMLButtonElement>(el, 'salon-console-sign-in >>> button[type=submit]')!.click();
    await waitUntil(() => text(deep(el, 'salon-console-sign-in >>> [role=status]')).includes('Check your inbox'), 'link sent');
    await expect(el).to.be.accessible();

    // The emailed link opens the console with its token; the author presses the button.
    const link = new URL(await lastLink(address));
    expect(link.pathname).to.equal('/console/');
    history.replaceState(null, '', `${location.pathname}${link.search}`);
    el.remove();
    const again = await consoleApp();
    await waitUntil(() => deep(again, 'salon-console-sign-in >>> button.primary'), 'sign-in button');
    expect(text(deep(again, 'salon-console-sign-in >>> button.primary'))).to.equal('Sign in');
    await expect(again).to.be.accessible();
    deep<HTMLButtonElement>(again, 'salon-console-sign-in >>> button.primary')!.click();
    await waitUntil(() => $session.get().state === 'signed-in', 'signed in');
    expect(location.search).to.equal('', 'the spent token leaves the address bar');
    await waitUntil(() => deep(again, 'salon-console-new-site >>> h1'), 'first site');
    expect(text(deep(again, 'salon-console-new-site >>> h1'))).to.equal('Create your site');
    again.remove();
  });

  it('says so when a link has already been used', async () => {
    const address = newEmail();
    await fetch('/v1/auth/sign-in/magic-link', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: address }) });
    const link = new URL(await lastLink(address));
    await fetch(`/v1/auth/magic-link/verify?token=${link.searchParams.get('sign-in')}`);
    await signOut();
    history.replaceState(null, '', `${location.pathname}${link.search}`);
    const el = await consoleApp();
    await waitUntil(() => deep(el, 'salon-console-sign-in >>> button.primary'), 'sign-in button');
    deep<HTMLButtonElement>(el, 'salon-console-sign-in >>> button.primary')!.click();
    await waitUntil(() => deep(el, 'salon-console-sign-in >>> .notice'), 'told');
    expect(text(deep(el, 'salon-console-sign-in >>> .notice'))).to.contain('expired or was already used');
    el.remove();
  });

  it('creates a first site; the checklist then shows what is left', async () => {
    await signIn();
    go('#/');
    const el = await consoleApp();
    await waitUntil(() => deep(el, 'salon-console-new-site >>> salon-console-site-form >>> #authorName'), 'new site form');
    await expect(el).to.be.accessible();
    const form = deep(el, 'salon-console-new-site >>> salon-console-site-form')!;
    type(deep(form, '#authorName'), 'Ada Lovelace');
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(deep<HTMLInputElement>(form, '#id')!.value).to.equal('ada-lovelace', 'the id follows the name until edited');
    const id = `ada-${Date.now().toString(36)}`;
    type(deep(form, '#id'), id);
    type(deep(form, '#name'), 'Ada’s analytical novels');
    type(deep(form, '#origin-0'), 'not a website');
    deep<HTMLButtonElement>(form, 'button[type=submit]')!.click();
    await waitUntil(() => deep(form, '#origin-0-problem'), 'the address is refused, on its field');
    expect(text(deep(form, '#origin-0-problem'))).to.contain('"not a website" is not a website address');
    expect((form.shadowRoot!.activeElement as HTMLElement).id).to.equal('origin-0');
    type(deep(form, '#origin-0'), 'ada.example');
    deep<HTMLButtonElement>(form, 'button[type=submit]')!.click();

    await waitUntil(() => deep(el, 'salon-console-home >>> ol.steps'), 'home with the checklist');
    expect(location.hash).to.equal(`#/${id}/home`);
    const home = deep(el, 'salon-console-home')!;
    expect(text(deep(home, '#progress'))).to.equal('2 of 5 steps done');
    const steps = [...home.shadowRoot!.querySelectorAll('ol.steps li')].map((li) => text(li));
    expect(steps[1]).to.contain('Register your website’s address (Done)');
    expect(steps[2]).to.contain('(To do)').and.contain('Create a group');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('offers to register an address whose pages were refused', async () => {
    await signIn();
    const site = await createSite();
    // A page at an address the site has not registered asks for its events.
    const path = `/v1/sites/${site}/events?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`;
    const from = (origin: string) => fetch(`/__reference-server/from?origin=${encodeURIComponent(origin)}&path=${encodeURIComponent(path)}`).then((r) => r.json());
    expect((await from('http://ada.test:4000')).status).to.equal(403);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const home = await screen<HTMLElement>(html`<salon-console-home .site=${site}></salon-console-home>`);
    await waitUntil(() => home.shadowRoot!.querySelector('.notice button'), 'refused origin offered');
    expect(text(home.shadowRoot!.querySelector('.notice'))).to.contain('Pages at http://ada.test:4000 tried to show your widgets');
    await expect(home).to.be.accessible();
    home.shadowRoot!.querySelector<HTMLButtonElement>('.notice button')!.click();
    await waitUntil(() => text(home.shadowRoot!.querySelector('[role=status]')).includes('is registered'), 'registered');
    expect((await from('http://ada.test:4000')).status).to.equal(200);
  });

  it('settings: saves the site, adds an owner, makes a token shown once and revokes it', async () => {
    await signIn();
    const site = await createSite();
    const el = await screen<HTMLElement>(html`<salon-console-settings .site=${site}></salon-console-settings>`);
    await waitUntil(() => deep(el, 'salon-console-site-form >>> #name'), 'settings loaded');
    await waitUntil(() => el.shadowRoot!.querySelector('#owner-email'), 'owners loaded');
    await expect(el).to.be.accessible();

    const form = deep(el, 'salon-console-site-form')!;
    type(deep(form, '#name'), 'Renamed books');
    deep<HTMLButtonElement>(form, 'button[type=submit]')!.click();
    await waitUntil(() => text(el.shadowRoot!.querySelector('p[role=status]')) === 'Settings saved.', 'saved');
    const saved = await (await fetch(`/v1/sites/${site}/admin/settings`)).json();
    expect(saved.name).to.equal('Renamed books');

    type(el.shadowRoot!.querySelector('#owner-email'), 'co-owner@example.com');
    el.shadowRoot!.querySelector<HTMLFormElement>('#owner-email')!.form!.requestSubmit();
    await waitUntil(() => text(el.shadowRoot!.querySelector('section[aria-labelledby=owners]')).includes('co-owner@example.com'), 'owner listed');

    type(el.shadowRoot!.querySelector('#token-name'), 'Newsletter sync');
    el.shadowRoot!.querySelector<HTMLFormElement>('#token-name')!.form!.requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('pre.token'), 'token shown');
    const token = text(el.shadowRoot!.querySelector('pre.token'));
    expect(token).to.match(/^salon_/);
    expect((await fetch(`http://127.0.0.1:8789/v1/sites/${site}/admin/groups`, { headers: { authorization: `Bearer ${token}` } })).status).to.equal(200);
    await expect(el).to.be.accessible();

    const revoke = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('section[aria-labelledby=tokens] li button')].find((b) => b.textContent!.includes('Newsletter sync'))!;
    revoke.click();
    const dialog = deep<HTMLDialogElement>(el, 'salon-console-confirm >>> dialog')!;
    await waitUntil(() => dialog.open, 'asked first');
    await expect(deep(el, 'salon-console-confirm')!).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => text(el.shadowRoot!.querySelector('p[role=status]')).includes('is revoked'), 'revoked');
    expect((await fetch(`http://127.0.0.1:8789/v1/sites/${site}/admin/groups`, { headers: { authorization: `Bearer ${token}` } })).status).to.equal(401);
  });

  it('speaks Spanish, French and German, and moves focus to each new screen’s heading', async () => {
    await signIn();
    const site = await createSite();
    go(`#/${site}/home`);
    const el = await consoleApp();
    await waitUntil(() => deep(el, 'salon-console-home >>> ol.steps'), 'home');
    for (const [lang, heading, nav] of [
      ['es', 'Primeros pasos', 'Ajustes'],
      ['fr', 'Pour commencer', 'Réglages'],
      ['de', 'Erste Schritte', 'Einstellungen'],
    ] as const) {
      setLang(lang);
      await waitUntil(() => text(deep(el, 'salon-console-home >>> h1')) === heading, `home in ${lang}`);
      expect(document.documentElement.lang).to.equal(lang);
      expect(text(el.shadowRoot!.querySelector('nav li:last-child a'))).to.equal(nav);
      await expect(el).to.be.accessible();
    }
    setLang('en');
    el.shadowRoot!.querySelector<HTMLAnchorElement>('nav li:last-child a')!.click();
    await waitUntil(() => deep(el, 'salon-console-settings >>> h1') && deep(el, 'salon-console-settings')!.shadowRoot!.activeElement?.localName === 'h1', 'focus on the Settings heading');
    expect(document.title).to.equal('Settings · Salon console');
    el.remove();
  });

  it('fits a phone: no sideways scrolling on the home screen', async () => {
    await signIn();
    const site = await createSite();
    go(`#/${site}/home`);
    const frame = document.createElement('div');
    frame.style.cssText = 'width: 320px';
    document.body.append(frame);
    const el = document.createElement('salon-console');
    frame.append(el);
    await waitUntil(() => deep(el, 'salon-console-home >>> ol.steps'), 'home');
    expect(el.scrollWidth).to.be.at.most(320);
    frame.remove();
  });
});

after(() => refreshSession());
