import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { MemoryBackend } from '../src/api/memory.js';
import { SalonError } from '../src/api/errors.js';
import { canonicalLocale, formatDate, formatNumber, loadCatalog, translate } from '../src/i18n/i18n.js';
import type { SalonProvider } from '../components/provider/provider.component.js';
import { group, site } from './support/data.js';
import type { TestWidget } from './support/test-widget.js';
import './support/test-widget.js';
import '../components/provider/provider.js';
import fr from '../src/i18n/locales/fr.js';

const backend = new MemoryBackend({ demo: site({ groups: [group({ seatsLeft: 1 })] }) }, { id: 'memory:i18n' });
const text = (widget: TestWidget, selector: string) => widget.shadowRoot!.querySelector(selector)?.textContent;

describe('language', () => {
  it('comes from the element’s lang, else the provider’s, else the nearest ancestor’s, else English', async () => {
    const page = await fixture(html`<div lang="de">
      <salon-test-widget id="own" lang="es" site="demo" .backend=${backend}></salon-test-widget>
      <salon-provider lang="fr"><salon-test-widget id="provider" site="demo" .backend=${backend}></salon-test-widget></salon-provider>
      <salon-test-widget id="ancestor" site="demo" .backend=${backend}></salon-test-widget>
    </div>`);
    const [own, provider, ancestor] = page.querySelectorAll('salon-test-widget');
    expect([own.locale, provider.locale, ancestor.locale]).to.deep.equal(['es', 'fr', 'de']);
    const bare = await fixture<TestWidget>(html`<salon-test-widget></salon-test-widget>`);
    expect(bare.locale).to.equal(document.documentElement.lang || 'en');
  });

  it('crosses shadow roots to find the nearest lang', async () => {
    const host = await fixture(html`<div lang="fr"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<salon-test-widget></salon-test-widget>';
    expect(root.querySelector('salon-test-widget')!.locale).to.equal('fr');
  });

  it('skips a lang that is not a valid language tag', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget lang="en_US!!"></salon-test-widget>`);
    expect(widget.locale).to.equal(document.documentElement.lang || 'en');
    expect(canonicalLocale('pt-br')).to.equal('pt-BR');
    expect(canonicalLocale('')).to.equal(undefined);
  });

  it('loads the Spanish catalog when a widget needs it and re-renders in Spanish', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget lang="es-MX" site="demo" .backend=${backend}></salon-test-widget>`);
    await waitUntil(() => text(widget, '.seats') === 'Queda 1 plaza', `Spanish seats, got ${text(widget, '.seats')}`);
  });

  it('switches language when lang changes, and falls back to English for languages it lacks', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget lang="de" site="demo" .backend=${backend}></salon-test-widget>`);
    await waitUntil(() => text(widget, '.seats') === 'Noch 1 Platz frei', 'German');
    widget.setAttribute('lang', 'fr');
    await waitUntil(() => text(widget, '.seats') === '1 place restante', 'French');
    widget.setAttribute('lang', 'ja');
    await waitUntil(() => text(widget, '.seats') === '1 seat left', 'English fallback');
  });

  it('follows the page’s <html lang> when a language switcher changes it without a reload', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      root.lang = 'de';
      const widget = await fixture<TestWidget>(html`<salon-test-widget site="demo" .backend=${backend}></salon-test-widget>`);
      await waitUntil(() => text(widget, '.seats') === 'Noch 1 Platz frei', 'German');
      root.lang = 'fr';
      await waitUntil(() => text(widget, '.seats') === '1 place restante', `French, got ${text(widget, '.seats')}`);
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.lang = before;
    }
  });

  it('lets the page override any string, with plural forms', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget
      site="demo"
      .backend=${backend}
      .strings=${{ seatsLeft: { one: 'Only {count} chair left!', other: '{count} chairs' } }}
    ></salon-test-widget>`);
    await waitUntil(() => text(widget, '.seats') === 'Only 1 chair left!');
  });

  it('fills placeholders, formats numbers in the reader’s language and leaves unknown ones alone', () => {
    expect(translate('en', 'seatsLeft', { count: 1200 })).to.equal('1,200 seats left');
    expect(translate('pt-BR', 'seatsLeft', { count: 1200 })).to.equal('1.200 seats left');
    expect(translate('en', 'loading', {}, { loading: 'Hold on, {name}: {missing}' as never })).to.equal(
      'Hold on, {name}: {missing}',
    );
    expect(formatNumber('fr', 1234.5)).to.match(/^1\s234,5$/);
    expect(formatDate('en-GB', new Date('2026-03-29T00:30:00Z'), { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })).to.equal('01:30');
  });

  it('keeps markup among the vars (an isolated date) as markup, for Lit to render', () => {
    const day = new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(0);
    const shown = document.createElement('p');
    render(translate('en', 'form.problem', { label: html`<bdi lang="ar" dir="rtl">${day}</bdi>`, problem: 'required' }), shown);
    expect(shown.textContent).to.equal(translate('en', 'form.problem', { label: day, problem: 'required' }));
    expect(shown.querySelector('bdi[lang=ar]')?.textContent).to.equal(day);
  });

  it('translates error kinds into reader-facing messages', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget lang="fr" site="demo" .backend=${{
      getGroup: () => Promise.reject(new SalonError('rate-limited', 'slow down')),
    } as never}></salon-test-widget>`);
    await waitUntil(() => text(widget, '[role=alert]') === 'Trop de tentatives. Patientez un instant puis réessayez.', 'French error');
    await expect(widget).to.be.accessible();
  });

  it('keeps English on screen when a catalog cannot load', async () => {
    loadCatalog('xx');
    expect(translate('xx', 'retry')).to.equal('Try again');
  });
});

describe('<salon-provider>', () => {
  it('renders its children and nothing of its own', async () => {
    const provider = await fixture<SalonProvider>(html`<salon-provider><p>Hello</p></salon-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.shadowRoot!.querySelector('slot')).to.exist;
    await expect(provider).to.be.accessible();
  });

  it('writes French with French typography: a no-break space before : ; ? ! and inside « »', () => {
    const texts = Object.values(fr).flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)));
    for (const message of texts) {
      // A colon followed by a space is punctuation (not a time like 10:30 or a URL).
      expect(message, message).to.not.match(/(?:^|[^\u00a0\u202f])(?:[;?!»]|:(?=\s|$))/);
      expect(message, message).to.not.match(/«[^\u00a0\u202f]/);
    }
  });
});
