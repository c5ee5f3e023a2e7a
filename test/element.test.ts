import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryBackend } from '../src/api/memory.js';
import { SalonEvent } from '../src/events/salon-event.js';
import { define } from '../src/internal/define.js';
import { $reader, forgetReader, rememberReader } from '../src/stores/profile.js';
import { VERSION } from '../src/version.js';
import { site } from './support/data.js';
import { TestWidget } from './support/test-widget.js';

describe('define()', () => {
  it('skips a second definition of the same version quietly', () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      define('salon-test-widget', class extends TestWidget {});
      expect(warnings).to.deep.equal([]);
      expect(customElements.get('salon-test-widget')).to.equal(TestWidget);
    } finally {
      console.warn = warn;
    }
  });

  it('skips a definition of another version with a warning that names both', () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      define('salon-test-widget', class extends TestWidget {
        static override readonly version = '9.9.9';
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`version ${VERSION}`).and.contain('version 9.9.9');
    } finally {
      console.warn = warn;
    }
  });
});

describe('SalonEvent', () => {
  it('bubbles out of shadow roots and can be cancelable', async () => {
    const outer = await fixture(html`<div></div>`);
    const inner = outer.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    setTimeout(() => inner.dispatchEvent(new SalonEvent('salon-test', { n: 1 }, { cancelable: true })));
    const event = (await oneEvent(outer, 'salon-test')) as SalonEvent<{ n: number }>;
    expect([event.detail.n, event.bubbles, event.composed, event.cancelable]).to.deep.equal([1, true, true, true]);
  });
});

describe('theme', () => {
  it('inherits the page’s font and colour by default and takes tokens', async () => {
    const page = await fixture(html`<div style="font-family: Georgia; color: rgb(10, 20, 30)">
      <salon-test-widget site="demo" .backend=${new MemoryBackend({ demo: site() })}></salon-test-widget>
    </div>`);
    const widget = page.querySelector('salon-test-widget')!;
    expect(getComputedStyle(widget).fontFamily).to.equal('Georgia');
    expect(getComputedStyle(widget).color).to.equal('rgb(10, 20, 30)');
    widget.style.setProperty('--salon-font', 'monospace');
    expect(getComputedStyle(widget).fontFamily).to.equal('monospace');
  });

  it('sets explicit colours for theme="dark" and theme="light"', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget theme="dark"></salon-test-widget>`);
    expect(getComputedStyle(widget).backgroundColor).to.equal('rgb(28, 28, 32)');
    widget.theme = 'light';
    await widget.updateComplete;
    expect(widget.getAttribute('theme')).to.equal('light');
    expect(getComputedStyle(widget).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('reader preferences', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('theme="auto" follows prefers-color-scheme', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget theme="auto"></salon-test-widget>`);
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(widget).backgroundColor).to.equal('rgb(28, 28, 32)');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(widget).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('stops transitions and animations under prefers-reduced-motion', async () => {
    const widget = await fixture<TestWidget>(html`<salon-test-widget></salon-test-widget>`);
    const moving = widget.shadowRoot!.appendChild(document.createElement('span'));
    moving.style.transition = 'opacity 2s';
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(moving).transitionDuration).to.equal('1e-05s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(moving).transitionDuration).to.equal('2s');
  });
});

describe('remembered reader', () => {
  afterEach(() => forgetReader());

  it('is remembered in localStorage only when asked, and forgotten on request', () => {
    expect($reader.get()).to.equal(undefined);
    rememberReader({ name: ' Ada ', email: 'ada@example.com ' });
    expect(JSON.parse(localStorage.getItem('salon:reader')!)).to.deep.equal({ name: 'Ada', email: 'ada@example.com' });
    forgetReader();
    expect(localStorage.getItem('salon:reader')).to.equal(null);
    expect($reader.get()).to.equal(undefined);
  });

  it('ignores stored data that is corrupt or of the wrong shape', () => {
    for (const junk of ['{oops', '{"name": 3}', '"text"']) {
      localStorage.setItem('salon:reader', junk);
      window.dispatchEvent(new StorageEvent('storage', { key: 'salon:reader', newValue: junk }));
      expect($reader.get()).to.equal(undefined);
    }
  });

  it('takes what another tab stores while it is in use', () => {
    const stop = $reader.listen(() => undefined);
    try {
      const other = JSON.stringify({ name: 'Cy', email: 'cy@example.com' });
      localStorage.setItem('salon:reader', other);
      window.dispatchEvent(new StorageEvent('storage', { key: 'salon:reader', newValue: other }));
      expect($reader.get()).to.deep.equal({ name: 'Cy', email: 'cy@example.com' });
      localStorage.removeItem('salon:reader');
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      expect($reader.get()).to.equal(undefined);
    } finally {
      stop();
    }
  });

  it('keeps working in memory when storage refuses writes', () => {
    const stop = $reader.listen(() => undefined);
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    const refuse = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      value: new Proxy(localStorage, {
        set: refuse,
        get: (storage, key) => (key === 'setItem' ? refuse : (Reflect.get(storage, key) as () => unknown).bind?.(storage) ?? Reflect.get(storage, key)),
      }),
    });
    try {
      rememberReader({ name: 'Bo', email: 'bo@example.com' });
      expect($reader.get()).to.deep.equal({ name: 'Bo', email: 'bo@example.com' });
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
      stop();
    }
    expect(localStorage.getItem('salon:reader')).to.equal(null);
  });
});
