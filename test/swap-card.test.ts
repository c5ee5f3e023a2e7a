import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RecommendationsParams, SalonBackend, SwapSignupParams } from '../src/api/backend.js';
import { SalonError } from '../src/api/errors.js';
import { MemoryBackend, type MemorySite } from '../src/api/memory.js';
import { $reader, rememberReader } from '../src/stores/profile.js';
import { $shop, flushSwapEvents } from '../src/stores/swaps.js';
import type { SalonSwapCard } from '../components/swap-card/swap-card.js';
import '../components/swap-card/swap-card.js';
import { recommendation } from './support/data.js';
import { $, $$, text } from './support/dom.js';

const theo = () =>
  recommendation({
    swap: 'swap-theo',
    author: { name: 'Theo Lark' },
    title: 'Ember and Ink',
    coverUrl: null,
    genres: ['romantasy'],
    links: [{ retailer: 'Kobo', url: 'https://kobo.example/ember' }],
    newsletter: { consent: { text: 'Theo Lark may email me his newsletter.', version: 'tl-7' } },
  });

const memory = (site: MemorySite = { author: 'Jane Doe', recommendations: [recommendation(), theo()] }) =>
  new MemoryBackend({ demo: site }, { id: `memory:swap:${Math.random()}` });

async function card(
  backend: SalonBackend = memory(),
  template = (b: SalonBackend): TemplateResult => html`<salon-swap-card site="demo" .backend=${b}></salon-swap-card>`,
): Promise<SalonSwapCard> {
  const el = await fixture<SalonSwapCard>(template(backend));
  await waitUntil(() => el.shadowRoot!.querySelector('article, [role=alert], p[part=message]'), 'card shown');
  return el;
}

const retailers = (el: SalonSwapCard): string[] => $$(el, '.links a').map(text);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows links without leaving the test page (the card's own click handler runs first). */
const stayHere = (el: SalonSwapCard) => el.addEventListener('click', (e) => e.preventDefault());

describe('<salon-swap-card>', () => {
  afterEach(() => {
    $reader.set(undefined);
    $shop.set('');
  });

  it('shows the partner’s book: cover, title, author, blurb, genres and buy links', async () => {
    const el = await card();
    expect(text($(el, 'h2'))).to.equal('Readers of Jane Doe also like');
    expect($$(el, 'article')).to.have.length(1);
    const img = $<HTMLImageElement>(el, 'img.cover');
    expect(img.alt).to.equal('The Salt Archive by Mara Quill, cover');
    expect(img.loading).to.equal('lazy');
    // The cover's box is known before the image arrives: nothing jumps.
    expect(getComputedStyle(img).aspectRatio).to.equal('2 / 3');
    expect(text($(el, 'h3'))).to.equal('The Salt Archive');
    expect($<HTMLAnchorElement>(el, '.author a').href).to.equal('https://maraquill.example/');
    expect(text($(el, '.blurb'))).to.contain('A drowned library');
    expect($$(el, '.genres li').map(text)).to.deep.equal(['fantasy', 'mystery']);
    expect(retailers(el)).to.deep.equal(['Amazon', 'Kobo']);
    await expect(el).to.be.accessible();
  });

  it('stacks several books with layout="stack", and rotates them with "Show another" in a card', async () => {
    const stack = await card(memory(), (b) => html`<salon-swap-card site="demo" layout="stack" limit="2" .backend=${b}></salon-swap-card>`);
    expect($$(stack, 'h3').map(text)).to.deep.equal(['The Salt Archive', 'Ember and Ink']);
    // A book without a cover gets a placeholder of the same shape, hidden from screen readers.
    expect($(stack, 'div.cover').getAttribute('aria-hidden')).to.equal('true');
    await expect(stack).to.be.accessible();

    const one = await card();
    const another = $$<HTMLButtonElement>(one, 'button').find((b) => text(b) === 'Show another')!;
    another.click();
    await one.updateComplete;
    expect(text($(one, 'h3'))).to.equal('Ember and Ink');
    another.click();
    await one.updateComplete;
    expect(text($(one, 'h3'))).to.equal('The Salt Archive');
  });

  it('asks for its placement, genre and limit', async () => {
    const calls: RecommendationsParams[] = [];
    const backend = memory();
    const get = backend.getRecommendations.bind(backend);
    backend.getRecommendations = (params, options) => (calls.push(params), get(params, options));
    await card(backend, (b) => html`<salon-swap-card site="demo" placement="sidebar" genre="fantasy" limit="2" .backend=${b}></salon-swap-card>`);
    expect(calls).to.deep.equal([{ site: 'demo', limit: 2, placement: 'sidebar', genre: 'fantasy' }]);
  });

  it('stays safe and tidy whatever the backend sends', async () => {
    const hostile = recommendation({
      author: { name: '<b>Mara</b>', url: 'javascript:alert(1)' },
      title: '<img src=x onerror="window.__pwned=1">',
      coverUrl: 'javascript:alert(1)',
      blurb: `<script>window.__pwned=1</script>${'A very long blurb. '.repeat(280_000)}`,
      links: [
        { retailer: 'Evil', url: 'javascript:alert(1)' },
        { retailer: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
        { retailer: 'Relative', url: '/buy' },
        { retailer: 'Kobo', url: 'https://kobo.example/salt' },
      ],
    });
    expect(hostile.blurb.length).to.be.above(5_000_000);
    const el = await card(memory({ recommendations: [hostile] }));
    expect(retailers(el)).to.deep.equal(['Kobo']);
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['https://kobo.example/salt']);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(text($(el, 'h3'))).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(text($(el, '.author'))).to.equal('by <b>Mara</b>');
    const blurb = $(el, '.blurb');
    expect(blurb.textContent!.length).to.be.at.most(1201);
    expect(blurb.textContent).to.match(/^<script>/);
    // Clamped to a few lines until the reader asks for more.
    expect(blurb.offsetHeight).to.be.below(150);
    expect(el.offsetHeight).to.be.below(900);
    const more = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === 'Read more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(blurb.offsetHeight).to.be.above(150);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(text($(el, 'h2'))).to.equal('Readers also like');
    await expect(el).to.be.accessible();
  });

  it('loads nothing until it comes near the viewport', async () => {
    const calls: RecommendationsParams[] = [];
    const backend = memory();
    const get = backend.getRecommendations.bind(backend);
    backend.getRecommendations = (params, options) => (calls.push(params), get(params, options));
    const page = await fixture<HTMLElement>(
      html`<div><div style="height: 5000px"></div><salon-swap-card site="demo" .backend=${backend}></salon-swap-card></div>`,
    );
    const el = page.querySelector('salon-swap-card')!;
    await sleep(300);
    expect(calls).to.have.length(0);
    // It keeps its place meanwhile, so the page does not jump when it loads.
    expect(el.offsetHeight).to.be.above(100);
    el.scrollIntoView();
    await waitUntil(() => el.shadowRoot!.querySelector('article'), 'loaded once near');
    expect(calls).to.have.length(1);
    window.scrollTo(0, 0);
  });

  describe('attribution', () => {
    it('counts an impression once half the card has been in view for a second, once per page view', async () => {
      const backend = memory();
      const seen: string[] = [];
      const el = await card(backend);
      el.addEventListener('salon-swap-impression', (e) => seen.push(e.detail.swap));
      await sleep(700);
      expect(seen).to.deep.equal([]);
      await waitUntil(() => seen.length === 1, 'impression after a second', { timeout: 3000 });
      expect(seen).to.deep.equal(['swap-mara']);
      flushSwapEvents();
      await waitUntil(() => backend.swapEvents.length === 1, 'count sent');
      expect(backend.swapEvents).to.deep.equal([{ type: 'impression', swap: 'swap-mara' }]);
      // Scrolled away and back: the same book on the same page is not counted again.
      el.style.display = 'none';
      await sleep(100);
      el.style.display = '';
      await sleep(1300);
      expect(seen).to.have.length(1);
    });

    it('does not count a card scrolled past quickly', async () => {
      const backend = memory();
      const page = await fixture<HTMLElement>(
        html`<div><div style="height: 3000px"></div><salon-swap-card site="demo" .backend=${backend}></salon-swap-card><div style="height: 3000px"></div></div>`,
      );
      const el = page.querySelector('salon-swap-card')!;
      const seen: string[] = [];
      el.addEventListener('salon-swap-impression', (e) => seen.push(e.detail.swap));
      el.scrollIntoView();
      await waitUntil(() => el.shadowRoot!.querySelector('article'), 'loaded');
      await sleep(400);
      window.scrollTo(0, 0);
      await sleep(1500);
      flushSwapEvents();
      expect(seen).to.deep.equal([]);
      expect(backend.swapEvents).to.deep.equal([]);
    });

    it('counts clicks on buy and author links, with the events for the host’s analytics', async () => {
      const backend = memory();
      const el = await card(backend);
      stayHere(el);
      const clicks: unknown[] = [];
      el.addEventListener('salon-swap-click', (e) => clicks.push(e.detail));
      $$(el, '.links a')[1]!.click();
      $(el, '.author a').click();
      expect(clicks).to.deep.equal([
        { swap: 'swap-mara', title: 'The Salt Archive', author: 'Mara Quill', url: 'https://kobo.example/salt', retailer: 'Kobo' },
        { swap: 'swap-mara', title: 'The Salt Archive', author: 'Mara Quill', url: 'https://maraquill.example/' },
      ]);
      flushSwapEvents();
      await waitUntil(() => backend.swapEvents.filter((e) => e.type === 'click').length === 2, 'clicks sent in one batch');
    });

    it('puts the reader’s store first, on this card and the next', async () => {
      const el = await card();
      const select = $<HTMLSelectElement>(el, '.shop select');
      expect(text($(el, '.shop'))).to.match(/^I shop at/);
      select.value = 'Kobo';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(retailers(el)).to.deep.equal(['Kobo', 'Amazon']);
      expect(JSON.parse(localStorage.getItem('salon:shop')!)).to.equal('Kobo');
      const next = await card();
      expect(retailers(next)).to.deep.equal(['Kobo', 'Amazon']);
    });
  });

  describe('the partner’s newsletter', () => {
    const join = async (el: SalonSwapCard) => {
      $$<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith('Get Mara Quill'))!.click();
      await el.updateComplete;
    };

    it('signs up with that author’s own consent, credited to the swap', async () => {
      const backend = memory();
      const el = await card(backend);
      await join(el);
      expect(text($(el, 'form label.check'))).to.equal('Send me Mara Quill’s newsletter. I can unsubscribe at any time.');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'form input[type=email]'));
      // The live region is there, empty, before there is anything to announce.
      const status = $(el, '.newsletter [role=status]');
      expect(text(status)).to.equal('');
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      expect($(el, 'input[type=email]').getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '.problem'))).to.equal('Please fill in this field.');
      const email = $<HTMLInputElement>(el, 'input[type=email]');
      email.value = 'ada@example.com';
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      expect(text($(el, '.problem'))).to.equal('Please tick this box to sign up.');
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, 'input[name=consent]').click();
      const signed = oneEvent(el, 'salon-swap-signup');
      $<HTMLFormElement>(el, 'form').requestSubmit();
      expect((await signed).detail).to.deep.equal({ swap: 'swap-mara', author: 'Mara Quill', status: 'pending_confirmation' });
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'status', 'focus on the result, not lost to the page');
      expect(el.shadowRoot!.activeElement === status, 'the same live region, now speaking').to.equal(true);
      expect(text(status)).to.equal('Almost done: check your inbox to confirm your subscription to Mara Quill’s newsletter.');
      const { idempotencyKey: _key, ...write } = backend.writes.at(-1)!;
      expect(write).to.deep.equal({
        method: 'swapSignup',
        params: { swap: 'swap-mara', token: 'memory', email: 'ada@example.com', consentVersion: 'mq-1', source: location.href, lang: 'en' } satisfies SwapSignupParams,
        status: 'pending_confirmation',
      });
      await expect(el).to.be.accessible();
    });

    it('lets a remembered reader subscribe with one tap, after the consent text', async () => {
      const backend = memory();
      const el = await card(backend);
      rememberReader({ name: 'Ada', email: 'ada@example.com' });
      await join(el);
      expect(text($(el, 'form .consent'))).to.equal('Send me Mara Quill’s newsletter. I can unsubscribe at any time.');
      const button = $<HTMLButtonElement>(el, 'form button[type=submit]');
      expect(text(button)).to.equal('Subscribe as ada@example.com');
      button.click();
      await waitUntil(() => backend.writes.length === 1, 'subscribed');
      expect(backend.writes[0]!.params).to.deep.include({ email: 'ada@example.com', name: 'Ada', consentVersion: 'mq-1' });
    });

    it('offers one author at a time', async () => {
      const el = await card(memory(), (b) => html`<salon-swap-card site="demo" layout="stack" .backend=${b}></salon-swap-card>`);
      await join(el);
      expect($$(el, 'form')).to.have.length(1);
      $$<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith('Get Theo Lark'))!.click();
      await el.updateComplete;
      expect($$(el, 'form')).to.have.length(1);
      expect(text($(el, 'form label.check'))).to.equal('Theo Lark may email me his newsletter.');
    });

    it('tells the page and the reader when the backend refuses or fails, and focuses what to read', async () => {
      const backend = memory();
      const refusals = [
        new SalonError('validation', 'Refused', { fields: { email: 'This address bounces.' } }),
        new SalonError('server', 'boom', { status: 500 }),
      ];
      backend.swapSignup = () => Promise.reject(refusals.shift());
      const el = await card(backend);
      await join(el);
      $<HTMLInputElement>(el, 'input[type=email]').value = 'bo@example.com';
      $<HTMLInputElement>(el, 'input[name=consent]').click();
      let failed = oneEvent(el, 'salon-swap-signup-error');
      $<HTMLFormElement>(el, 'form').requestSubmit();
      const { detail } = await failed;
      expect([detail.swap, detail.author, detail.error.kind]).to.deep.equal(['swap-mara', 'Mara Quill', 'validation']);
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'input[type=email]'), 'the field to fix has focus');
      expect(text($(el, '.problem'))).to.equal('This address bounces.');
      failed = oneEvent(el, 'salon-swap-signup-error');
      $<HTMLFormElement>(el, 'form').requestSubmit();
      expect((await failed).detail.error.kind).to.equal('server');
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'alert', 'the message has focus');
      expect(text($(el, '[role=alert] p'))).to.equal('Something went wrong on our side. Please try again later.');
      // "Try again" sends the same form again, as in every Salon form.
      backend.swapSignup = MemoryBackend.prototype.swapSignup.bind(backend);
      $<HTMLButtonElement>(el, '[role=alert] button').click();
      await waitUntil(() => text($(el, '.newsletter [role=status]')).startsWith('Almost done'), 'sent again');
      await expect(el).to.be.accessible();
    });

    it('saves a signup made offline and says so', async () => {
      const backend = memory();
      const el = await card(backend);
      await join(el);
      backend.offline = true;
      $<HTMLInputElement>(el, 'input[type=email]').value = 'bo@example.com';
      $<HTMLInputElement>(el, 'input[name=consent]').click();
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await waitUntil(() => text($(el, '[role=status]')).startsWith('Saved'), 'saved offline');
      backend.offline = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => text($(el, '[role=status]')).startsWith('Almost done'), 'sent when back');
      expect(backend.writes).to.have.length(1);
    });
  });

  it('writes schema.org Book data, unless told not to', async () => {
    const el = await card();
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as Array<Record<string, unknown>>;
    expect(data[0]).to.deep.include({ '@type': 'Book', name: 'The Salt Archive', genre: ['fantasy', 'mystery'] });
    expect(data[0]!.author).to.deep.equal({ '@type': 'Person', name: 'Mara Quill' });
    const quiet = await card(memory(), (b) => html`<salon-swap-card site="demo" no-structured-data .backend=${b}></salon-swap-card>`);
    expect(quiet.querySelector('script')).to.equal(null);
  });

  it('shows an error with a retry, and an empty state', async () => {
    const backend = memory();
    backend.getRecommendations = async () => ({ token: 't', items: [{ title: 1 }] }) as never;
    const el = await card(backend);
    expect(text($(el, '[role=alert] p'))).to.equal('Something went wrong on our side. Please try again later.');
    await expect(el).to.be.accessible();
    const empty = await card(memory({ recommendations: [] }));
    expect(text($(empty, 'p[part=message]'))).to.equal('No recommendations right now.');
    await expect(empty).to.be.accessible();
  });
});
