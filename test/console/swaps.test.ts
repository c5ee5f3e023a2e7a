// Books and swaps as two authors meet them, against the real reference server: Bea lists herself
// and a book; Ada adds a book in the console, finds Bea in the directory by genre and proposes a
// swap; Bea accepts it; each site's swap card then shows the other's book; counted impressions
// and clicks land in Ada's ledger (table and uPlot chart); a declined proposal, an ended swap, a
// book that cannot be deleted while its swap runs; axe in every state.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ConsoleSwaps } from '../../console/screens/swaps/swaps.js';
import '../../console/screens/swaps/swaps.js';
import '../../components/swap-card/swap-card.js';
import { setLang } from '../../console/i18n.js';
import { $route, go, href } from '../../console/router.js';
import { refreshSession } from '../../console/session.js';
import { createSite, html, screen, signIn } from '../support/console.js';
import { choose, deep, text, type } from '../support/dom.js';

const API = 'http://127.0.0.1:8789';





/** A button by its visible text, in a root. */
function button(root: Element | ShadowRoot | null, label: string): HTMLButtonElement {
  const found = [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const status = (el: Element) => text($(el, 'h1 + p[role=status]'));

let shown: ConsoleSwaps | undefined;

/** The screen as the console shows it: its sub-page follows the address, as the shell makes it. */
async function swapsScreen(site: string, path = ''): Promise<ConsoleSwaps> {
  go(href(site, 'swaps', ...path.split('/').filter(Boolean)));
  shown = await screen<ConsoleSwaps>(html`<salon-console-swaps .site=${site} .path=${path}></salon-console-swaps>`);
  return shown;
}

/** Says yes in the screen's confirmation dialog, after checking what it asks. */
async function confirm(el: Element, question: string): Promise<void> {
  const dialog = deep<HTMLDialogElement>(el, 'salon-console-confirm >>> dialog')!;
  await waitUntil(() => dialog.open, 'asked first');
  expect(text(dialog.querySelector('p'))).to.contain(question);
  await expect(deep(el, 'salon-console-confirm')!).to.be.accessible();
  dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
}

const get = async (path: string) => (await fetch(path)).json();
const put = (path: string, body: unknown) => fetch(path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function listInDirectory(site: string, genres: string[], about: string): Promise<void> {
  const settings = await get(`/v1/sites/${site}/admin/settings`);
  const saved = await put(`/v1/sites/${site}/admin/settings`, { name: settings.name, authorName: settings.authorName, origins: settings.origins, lang: settings.lang, listed: true, genres, about });
  expect(saved.status).to.equal(200);
}

describe('console: books and swaps', () => {
  // A genre of this run's own, so the directory shows only this test's authors.
  const genre = `lighthouse-${Date.now().toString(36)}`;
  let aEmail = '';
  let bEmail = '';
  let a = '';
  let b = '';
  let swap = '';
  const unlisten = $route.listen((route) => {
    if (shown && route.name === 'site' && route.site === shown.site && route.screen === 'swaps') shown.path = route.rest.join('/');
  });

  before(async () => {
    setLang('en');
    bEmail = await signIn();
    b = await createSite({ authorName: 'Bea Bright' });
    await listInDirectory(b, [genre], 'Lighthouse mysteries with a cat.');
    const book = await put(`/v1/sites/${b}/admin/books/lamp-room`, {
      title: 'The Lamp Room',
      blurb: 'A keeper finds a letter in the lamp.',
      genres: [genre],
      links: [{ retailer: 'Kobo', url: 'https://www.kobo.com/lamp-room' }],
    });
    expect(book.status).to.equal(201);
    // Another listed author, in another genre, for the filter to leave out.
    const c = await createSite({ authorName: 'Cy Other' });
    await listInDirectory(c, [`${genre}-not`], 'Not a lighthouse.');
    await put(`/v1/sites/${c}/admin/books/other`, { title: 'Other Book' });
  });

  after(() => {
    unlisten();
    go('#/');
    return refreshSession();
  });

  it('starts empty: no swaps, no books, where to begin', async () => {
    aEmail = await signIn();
    a = await createSite({ authorName: 'Ada Author' });
    const el = await swapsScreen(a);
    // Loading (or, on a fast machine, already loaded): axe either way.
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '#running'), 'loaded');
    expect(text($(el, 'h1'))).to.equal('Books and swaps');
    expect(text($(el, 'section[aria-labelledby=running]'))).to.contain('No swap is running yet.');
    expect(text($(el, 'section[aria-labelledby=books]'))).to.contain('You have no books yet.');
    expect($(el, '#ledger')).to.equal(null, 'no ledger without a swap that ran');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('adds a book: the id follows the title, problems are shown on their fields, buy links come and go', async () => {
    const el = await swapsScreen(a, 'books');
    await waitUntil(() => text(el.shadowRoot!).includes('You have no books yet.'), 'books page');
    expect(text($(el, 'h1'))).to.equal('Your books');
    await expect(el).to.be.accessible();
    $<HTMLAnchorElement>(el, `a[href="${href(a, 'swaps', 'books', 'new')}"]`)!.click();
    await waitUntil(() => deep(el, 'salon-console-book-form >>> #title'), 'the book form');
    expect(text($(el, 'h1'))).to.equal('Add a book');
    const form = deep(el, 'salon-console-book-form')!;
    await expect(el).to.be.accessible();

    // Nothing typed: the title is asked for, and focused.
    deep<HTMLButtonElement>(form, 'button[type=submit]')!.click();
    await waitUntil(() => deep(form, '#title-problem'), 'title required');
    expect(form.shadowRoot!.activeElement?.id).to.equal('title');

    type(deep(form, '#title'), 'Salt & Signal');
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(deep<HTMLInputElement>(form, '#id')!.value).to.equal('salt-signal', 'suggested from the title');
    type(deep(form, '#blurb'), 'A radio operator hears a <b>ghost</b>.');
    type(deep(form, '#genres'), `${genre}, Mystery`);
    type(deep(form, '#coverUrl'), 'https://covers.example/salt.jpg');
    type(deep(form, '#link-0-retailer'), 'Kobo');
    type(deep(form, '#link-0-url'), 'https://www.kobo.com/salt');
    button(form.shadowRoot!, 'Add a buy link').click();
    await waitUntil(() => form.shadowRoot!.activeElement?.id === 'link-1-retailer', 'the new row is focused');
    type(deep(form, '#link-1-retailer'), 'Nowhere');
    type(deep(form, '#link-1-url'), 'ftp://nowhere.example/');
    button(form.shadowRoot!, 'Add a buy link').click();
    await waitUntil(() => deep(form, '#link-2-retailer'), 'a third row');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove buy link 3"]')!.click();
    await waitUntil(() => !deep(form, '#link-2-retailer'), 'the third row is gone');

    deep<HTMLButtonElement>(form, 'button[type=submit]')!.click();
    await waitUntil(() => deep(form, '#link-1-url-problem'), 'the address is checked here');
    expect(text(deep(form, '#link-1-url-problem'))).to.contain('must start with https://');
    expect(form.shadowRoot!.activeElement?.id).to.equal('link-1-url');
    await expect(el).to.be.accessible();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove buy link 2"]')!.click();
    await waitUntil(() => !deep(form, '#link-1-retailer'), 'the second row is gone');

    // The server refuses markup in the blurb: why, on the blurb, focused, in the author's language
    // (its code, worded by the console), not the server's English with the field's name before it.
    deep<HTMLButtonElement>(form, 'button[type=submit]')!.click();
    await waitUntil(() => deep(form, '#blurb-problem'), 'the server’s problem on its field');
    expect(text(deep(form, '#blurb-problem'))).to.equal('Plain text only: please remove the HTML tags.');
    expect(deep(form, '#blurb')!.getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot!.activeElement?.id).to.equal('blurb');
    await expect(el).to.be.accessible();
    setLang('fr');
    await waitUntil(() => text(deep(form, '#blurb-problem')) === 'Texte brut uniquement : veuillez retirer les balises HTML.', 'in French');
    setLang('en');

    type(deep(form, '#blurb'), 'A radio operator hears a ghost.\nShe answers.');
    deep<HTMLButtonElement>(form, 'button[type=submit]')!.click();
    await waitUntil(() => el.path === 'books' && text($(el, '.list')).includes('Salt & Signal'), 'back on the list');
    expect(status(el)).to.equal('“Salt & Signal” is added to your books.');
    const { books } = await get(`/v1/sites/${a}/admin/books`);
    expect(books).to.have.length(1);
    expect(books[0]).to.include({ id: 'salt-signal', title: 'Salt & Signal', blurb: 'A radio operator hears a ghost.\nShe answers.', coverUrl: 'https://covers.example/salt.jpg' });
    expect(books[0].genres).to.deep.equal([genre, 'Mystery']);
    expect(books[0].links).to.deep.equal([{ retailer: 'Kobo', url: 'https://www.kobo.com/salt' }]);
    expect(text($(el, '.list'))).to.contain('Buy at: Kobo');
    await expect(el).to.be.accessible();

    // Editing keeps the id, and a new book may not take it.
    $<HTMLAnchorElement>(el, `a[href="${href(a, 'swaps', 'books', 'salt-signal')}"]`)!.click();
    await waitUntil(() => deep(el, 'salon-console-book-form >>> #title'), 'the edit form');
    expect(text($(el, 'h1'))).to.equal('Edit “Salt & Signal”');
    expect(deep(el, 'salon-console-book-form >>> #id')).to.equal(null);
    expect(deep<HTMLInputElement>(el, 'salon-console-book-form >>> #title')!.value).to.equal('Salt & Signal');
    go(href(a, 'swaps', 'books', 'new'));
    await waitUntil(() => text($(el, 'h1')) === 'Add a book' && deep<HTMLInputElement>(el, 'salon-console-book-form >>> #title')?.value === '', 'a blank form');
    const again = deep(el, 'salon-console-book-form')!;
    type(deep(again, '#title'), 'Salt Signal');
    deep<HTMLButtonElement>(again, 'button[type=submit]')!.click();
    await waitUntil(() => deep(again, '#id-problem'), 'the id is taken');
    expect(text(deep(again, '#id-problem'))).to.contain('already have a book with this id');
    el.remove();
  });

  it('finds a partner in the directory by genre, once listed, and proposes a swap', async () => {
    let el = await swapsScreen(a, 'directory');
    await waitUntil(() => $(el, '.notice'), 'told what is missing');
    expect(text($(el, 'h1'))).to.equal('Find a partner');
    expect(text($(el, '.notice'))).to.contain('You are not listed in the directory yet');
    expect($(el, `.notice a[href="${href(a, 'settings')}"]`)).to.not.equal(null, 'a link to Settings');
    expect($(el, 'a[href*="/propose/"]')).to.equal(null, 'no proposing before listing');
    await expect(el).to.be.accessible();
    el.remove();

    await listInDirectory(a, ['mystery'], 'Radio ghosts.');
    el = await swapsScreen(a, 'directory');
    await waitUntil(() => $(el, '#genre'), 'the genre filter');
    expect($(el, '.notice')).to.equal(null);
    const options = [...$<HTMLSelectElement>(el, '#genre')!.options].map((o) => o.value);
    expect(options).to.include(genre);
    expect(text($(el, 'ul.list'))).to.contain('Cy Other').and.contain('Bea Bright');
    choose($(el, '#genre'), genre);
    await waitUntil(() => $(el, 'ul.list') && !text($(el, 'ul.list')).includes('Cy Other'), 'only this genre');
    expect(text($(el, 'p.muted[role=status]'))).to.equal('1 author found.');
    const card = $(el, 'ul.list > li')!;
    expect(text(card)).to.contain('Bea Bright').and.contain('Lighthouse mysteries with a cat.').and.contain('The Lamp Room');
    expect(text(el.shadowRoot!)).to.not.contain('Ada Author', 'not oneself');
    await expect(el).to.be.accessible();

    card.querySelector<HTMLAnchorElement>(`a[href="${href(a, 'swaps', 'propose', b)}"]`)!.click();
    await waitUntil(() => $(el, '#partner-book'), 'the proposal form');
    expect(text($(el, 'h1'))).to.equal('Propose a swap to Bea Bright');
    expect($<HTMLSelectElement>(el, '#partner-book')!.value).to.equal('lamp-room');
    expect($<HTMLSelectElement>(el, '#my-book')!.value).to.equal('salt-signal');
    await expect(el).to.be.accessible();

    $(el, 'summary')!.click();
    await waitUntil(() => $<HTMLDetailsElement>(el, 'details')!.open, 'more options');
    type($(el, '#weight'), '500');
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await waitUntil(() => $(el, '#weight-problem'), 'the weight is checked');
    expect(el.shadowRoot!.activeElement?.id).to.equal('weight');
    await expect(el).to.be.accessible();
    type($(el, '#weight'), '3');
    $<HTMLFormElement>(el, 'form')!.requestSubmit();

    await waitUntil(() => el.path === '' && $(el, '#sent'), 'back on the swaps, with the proposal');
    expect(status(el)).to.equal('Your proposal is sent to Bea Bright. You will see here when they answer.');
    const card2 = $(el, 'section[aria-labelledby=sent] article')!;
    expect(text(card2)).to.contain('Proposed to Bea Bright').and.contain('The Lamp Room').and.contain('Salt & Signal').and.contain('Weight 3');
    const { swaps } = await get(`/v1/sites/${a}/admin/swaps`);
    expect(swaps).to.have.length(1);
    expect(swaps[0]).to.include({ partner: b, book: 'salt-signal', partnerBook: 'lamp-room', weight: 3, status: 'proposed', proposedBy: a });
    swap = swaps[0].id;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('the partner sees the proposal with the book they would show, and accepts it; each card shows the other’s book', async () => {
    await signIn(bEmail);
    const el = await swapsScreen(b);
    await waitUntil(() => $(el, '#waiting'), 'a proposal waiting');
    expect(text($(el, '#waiting'))).to.equal('A proposal waiting for your answer');
    const card = $(el, `#swap-${swap}`)!;
    expect(text(card)).to.contain('Ada Author proposes a swap');
    expect(text(card.querySelector('dl.books > div:first-child'))).to.contain('Shown on your site').and.contain('Salt & Signal').and.contain('by Ada Author');
    expect(text(card.querySelector('dl.books > div:last-child'))).to.contain('Shown on Ada Author’s site').and.contain('The Lamp Room');
    await expect(el).to.be.accessible();

    button(card, 'Accept').click();
    await waitUntil(() => $(el, `section[aria-labelledby=running] #swap-${swap}`), 'running');
    expect(status(el)).to.contain('You accepted the swap with Ada Author.');
    expect(el.shadowRoot!.activeElement?.id).to.equal(`swap-${swap}`, 'focus follows the swap');
    expect($(el, '#waiting')).to.equal(null);
    expect((await get(`/v1/sites/${b}/admin/swaps`)).swaps[0].status).to.equal('active');
    await expect(el).to.be.accessible();
    el.remove();

    // Below the fold (loaded, not seen): the cards count no impression of their own.
    const cards = await fixture<HTMLElement>(html`<div>
      <div style="height: 150vh"></div>
      <salon-swap-card api=${API} site=${a}></salon-swap-card>
      <salon-swap-card api=${API} site=${b}></salon-swap-card>
    </div>`);
    const [onA, onB] = [...cards.querySelectorAll('salon-swap-card')];
    await waitUntil(() => onA!.shadowRoot?.querySelector('article') && onB!.shadowRoot?.querySelector('article'), 'both cards loaded', { timeout: 5000 });
    expect(text(onA!.shadowRoot!.querySelector('article'))).to.contain('The Lamp Room');
    expect(text(onB!.shadowRoot!.querySelector('article'))).to.contain('Salt & Signal');
    cards.remove();
  });

  it('shows what each side sent and received, in a table and a uPlot chart over 7, 30 or 90 days', async () => {
    // A reader on Ada's site sees Bea's book and clicks it.
    const recommendations = await (await fetch(`${API}/v1/sites/${a}/recommendations`)).json();
    expect(recommendations.items.map((i: { swap: string }) => i.swap)).to.deep.equal([swap]);
    const counted = await fetch(`${API}/v1/swaps/events`, {
      method: 'POST',
      body: JSON.stringify({ token: recommendations.token, events: [{ swap, type: 'impression' }, { swap, type: 'click' }] }),
    });
    expect(counted.status).to.equal(204);

    await signIn(aEmail);
    const el = await swapsScreen(a);
    await waitUntil(() => deep(el, `salon-console-swap-ledger >>> #ledger-${swap}`), 'the ledger');
    const ledger = deep(el, 'salon-console-swap-ledger')!;
    await waitUntil(() => deep(ledger, 'salon-console-ledger-chart >>> .plot canvas'), 'the chart drew');
    /** The figures table: per group (the period, all time), per measure, [sent, received]. */
    const figures = () =>
      Object.fromEntries(
        [...ledger.shadowRoot!.querySelectorAll('table tbody')].map((group) => [
          text(group.querySelector('th[scope=rowgroup]')),
          Object.fromEntries([...group.querySelectorAll('tr:has(td)')].map((tr) => [text(tr.querySelector('th')), [...tr.querySelectorAll('td')].map((td) => text(td))])),
        ]),
      );
    expect(text(ledger.shadowRoot!.querySelector('thead'))).to.equal('Sent Received');
    expect(figures()).to.deep.equal({
      'Last 30 days': { Impressions: ['1', '0'], Clicks: ['1', '0'], Signups: ['0', '0'] },
      'All time': { Impressions: ['1', '0'], Clicks: ['1', '0'], Signups: ['0', '0'] },
    });
    const chart = deep(ledger, 'salon-console-ledger-chart')!;
    const plot = deep(chart, '.plots')!;
    expect(plot.getAttribute('role')).to.equal('img');
    expect(plot.querySelectorAll('.plot canvas')).to.have.length(2, 'impressions; clicks and signups');
    expect(plot.getAttribute('aria-label')).to.equal(
      'Chart of the last 30 days with Bea Bright, day by day. You sent 1 impression, 1 click and 0 signups; you received 0 impressions, 0 clicks and 0 signups.',
    );
    expect(text(chart.shadowRoot!.querySelector('.legend'))).to.contain('Impressions sent').and.contain('Clicks received');
    expect(plot.querySelector('canvas')!.width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    [...ledger.shadowRoot!.querySelectorAll<HTMLLabelElement>('.periods label')].find((l) => text(l) === 'Last 7 days')!.querySelector('input')!.click();
    await waitUntil(() => figures()['Last 7 days'], '7 days');
    await waitUntil(() => plot.getAttribute('aria-label')?.startsWith('Chart of the last 7 days'), 'the chart follows');
    expect(figures()['Last 7 days']!.Clicks).to.deep.equal(['1', '0']);

    const links = [...ledger.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.downloads a')];
    expect(links.map((l) => text(l))).to.deep.equal(['Download the ledger (CSV)', 'Download the signups from swaps (CSV)']);
    const csv = await (await fetch(links[0]!.href)).text();
    expect(csv).to.contain(`${swap},${b},1,1,0,0,0,0`);
    expect((await fetch(links[1]!.href)).headers.get('content-type')).to.contain('text/csv');

    // On a 320 px phone the chart follows its container, and nothing scrolls sideways.
    const wide = plot.querySelector('canvas')!.getBoundingClientRect().width;
    el.style.cssText = 'display: block; width: 320px';
    const card = () => deep(el, `salon-console-swap-ledger >>> #ledger-${swap}`)!.closest('article')!.getBoundingClientRect();
    await waitUntil(() => [...plot.querySelectorAll('canvas')].every((c) => c.getBoundingClientRect().right <= card().right), 'the plots shrank to the card');
    expect(plot.querySelector('canvas')!.getBoundingClientRect().width).to.be.below(wide);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const part of [ledger.shadowRoot!.querySelector('table')!, chart]) {
      expect(part.getBoundingClientRect().right).to.be.at.most(card().right, `${part.localName} fits in its card`);
    }
    el.remove();
  });

  it('refuses to delete a book while its swap runs, with the server’s reason', async () => {
    const el = await swapsScreen(a, 'books');
    await waitUntil(() => $(el, '.list'), 'books');
    expect(text($(el, '.list'))).to.contain('In a swap with Bea Bright');
    button($(el, '.list > li'), 'Delete').click();
    await confirm(el, 'Delete “Salt & Signal”?');
    await waitUntil(() => $(el, '.list [role=alert]'), 'refused');
    expect(text($(el, '.list [role=alert]'))).to.equal('This book is in a swap that has not ended; end the swap first.');
    expect((await get(`/v1/sites/${a}/admin/books`)).books).to.have.length(1);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('ends a running swap, after asking', async () => {
    const el = await swapsScreen(a);
    await waitUntil(() => $(el, `section[aria-labelledby=running] #swap-${swap}`), 'running');
    button($(el, `#swap-${swap}`), 'End this swap').click();
    await confirm(el, 'End the swap with Bea Bright?');
    await waitUntil(() => $(el, `section[aria-labelledby=past] #swap-${swap}`), 'in the past');
    expect(status(el)).to.equal('The swap with Bea Bright has ended.');
    expect(text($(el, `#swap-${swap} .badge`))).to.equal('Ended');
    expect(text($(el, 'section[aria-labelledby=running]'))).to.contain('No swap is running yet.');
    expect((await get(`/v1/sites/${a}/admin/swaps`)).swaps[0].status).to.equal('ended');
    // An ended swap keeps its ledger.
    expect(deep(el, `salon-console-swap-ledger >>> #ledger-${swap}`)).to.not.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('the partner declines another proposal; both see it declined', async () => {
    const proposed = await fetch(`/v1/sites/${a}/admin/swaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ partner: b, book: 'salt-signal', partnerBook: 'lamp-room' }),
    });
    const second = (await proposed.json()).id as string;
    await signIn(bEmail);
    const el = await swapsScreen(b);
    await waitUntil(() => $(el, `section[aria-labelledby=waiting] #swap-${second}`), 'the second proposal');
    button($(el, `#swap-${second}`), 'Decline').click();
    await confirm(el, 'Decline the swap Ada Author proposes?');
    await waitUntil(() => $(el, `section[aria-labelledby=past] #swap-${second}`), 'declined');
    expect(status(el)).to.equal('You declined the swap Ada Author proposed.');
    expect(text($(el, `#swap-${second} .badge`))).to.equal('Declined by you');
    expect((await get(`/v1/sites/${b}/admin/swaps`)).swaps.find((s: { id: string }) => s.id === second).status).to.equal('declined');
    await expect(el).to.be.accessible();
    el.remove();

    await signIn(aEmail);
    const mine = await swapsScreen(a);
    await waitUntil(() => $(mine, `#swap-${second} .badge`), 'the proposer sees it');
    expect(text($(mine, `#swap-${second} .badge`))).to.equal('Declined');
    mine.remove();
  });

  it('speaks the author’s language', async () => {
    const el = await swapsScreen(a);
    await waitUntil(() => deep(el, 'salon-console-swap-ledger >>> salon-console-ledger-chart >>> .plot canvas'), 'the chart');
    for (const [lang, heading, label] of [
      ['es', 'Libros e intercambios', 'Enviaste 1 impresión, 1 clic y 0 suscripciones'],
      ['fr', 'Livres et échanges', 'Vous avez envoyé 1 affichage, 1 clic et 0 inscription'],
      ['de', 'Bücher und Tausch', 'Gesendet: 1 Einblendung, 1 Klick und 0 Anmeldungen'],
    ] as const) {
      setLang(lang);
      await waitUntil(() => text($(el, 'h1')) === heading, `in ${lang}`);
      const plot = deep(el, 'salon-console-swap-ledger >>> salon-console-ledger-chart >>> .plots')!;
      await waitUntil(() => plot.getAttribute('aria-label')?.includes(label), `the chart’s summary in ${lang}`);
      await expect(el).to.be.accessible();
    }
    setLang('en');
    el.remove();
  });

  it('shows a proposal a partner made while the author was on another page of the section, once they are back on the list', async () => {
    await signIn(aEmail);
    const el = await swapsScreen(a);
    await waitUntil(() => $(el, '#running'), 'the list');
    expect($(el, '#waiting')).to.equal(null, 'nothing waiting yet');
    $<HTMLAnchorElement>(el, `section[aria-labelledby=books] a[href="${href(a, 'swaps', 'books')}"]`)!.click();
    await waitUntil(() => text($(el, 'h1')) === 'Your books', 'the books page');

    // Meanwhile, in her own console, Bea proposes a swap to Ada.
    await signIn(bEmail);
    const proposed = await fetch(`/v1/sites/${b}/admin/swaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ partner: a, book: 'lamp-room', partnerBook: 'salt-signal' }),
    });
    expect(proposed.status).to.equal(201);
    const third = (await proposed.json()).id as string;
    await signIn(aEmail);

    $<HTMLAnchorElement>(el, 'a.back')!.click();
    await waitUntil(() => text($(el, 'h1')) === 'Books and swaps' && $(el, `section[aria-labelledby=waiting] #swap-${third}`), 'the proposal, without leaving the section');
    expect(text($(el, `#swap-${third}`))).to.contain('Bea Bright proposes a swap');
    await expect(el).to.be.accessible();
    el.remove();
  });
});
