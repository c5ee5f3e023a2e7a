// The demo's /examples/ page as `npm start` serves it (passed through from the reference server,
// test/support/reference-server.mjs): React 19 and Vue 3 from an import map, no build step, with
// the app's own backend object (demo/examples/backend.js). A reader uses each framework's widgets;
// the test checks what the app heard through Salon's events and what its backend received.
import { expect, waitUntil } from '@open-wc/testing';
import { text, type } from '../support/dom.js';

type ExamplesPage = Window & typeof globalThis & { __problems: string[] };

/** Opens the page in a same-origin frame and records uncaught errors and console errors from then on. */
async function open(): Promise<{ frame: HTMLIFrameElement; page: ExamplesPage; doc: Document }> {
  const frame = document.createElement('iframe');
  // One column, as on a tablet: React's widgets first, Vue's below them.
  frame.style.cssText = 'width: 780px; height: 560px; border: 0';
  frame.src = '/examples/';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as ExamplesPage;
  page.__problems = [];
  page.addEventListener('error', (e) => page.__problems.push(`error: ${e.message}`));
  page.addEventListener('unhandledrejection', (e) => page.__problems.push(`unhandled rejection: ${e.reason}`));
  const consoleError = page.console.error;
  page.console.error = (...args: unknown[]) => {
    page.__problems.push(`console.error: ${args.join(' ')}`);
    consoleError.apply(page.console, args);
  };
  return { frame, page, doc: frame.contentDocument! };
}

describe('/examples/: React and Vue through an import map, with a backend of the app’s own', () => {
  afterEach(() => document.querySelector('iframe')?.remove());

  beforeEach(() => {
    // Nobody remembered from other tests: the swap card would offer a one-tap signup instead of the form.
    for (const key of Object.keys(localStorage)) if (key.startsWith('salon:')) localStorage.removeItem(key);
  });

  it('React: the app’s backend feeds the widgets, React hears the signup, the event opened and the RSVP', async () => {
    const { page, doc } = await open();
    const react = doc.querySelector('#react')!;
    const heard = () => text(react.querySelector('.heard'));
    const received = () => [...react.querySelectorAll('.writes li')].map(text);

    // React set `backend` and `days` as properties: the calendar lists six weeks of the club's Sundays.
    await waitUntil(() => react.querySelector('salon-event-calendar'), 'React rendered');
    const calendar = react.querySelector('salon-event-calendar')!;
    expect(calendar.backend).to.have.property('id', 'examples:react');
    await waitUntil(() => calendar.shadowRoot!.querySelectorAll('.body .event').length === 6, 'six Sunday sprints', { timeout: 5000 });
    expect(text(calendar.shadowRoot!.querySelector('.body .event'))).to.contain('Sunday writing sprint');

    const signup = react.querySelector('salon-group-signup')!.shadowRoot!;
    await waitUntil(() => signup.querySelector('form'), 'group form', { timeout: 5000 });
    expect(text(signup.querySelector('h2, h3'))).to.equal('Sunday sprint club');
    type(signup.querySelector<HTMLInputElement>('#email')!, 'react-reader@example.com');
    type(signup.querySelector<HTMLInputElement>('#q0')!, 'A novel about salt');
    signup.querySelector<HTMLInputElement>('#consent')!.click();
    signup.querySelector('form')!.requestSubmit();
    await waitUntil(() => heard() === 'You joined: confirmed.', 'React heard salon-signup-success', { timeout: 5000 });
    expect(received()).to.deep.equal(['signup · react-reader@example.com · A novel about salt']);

    calendar.shadowRoot!.querySelector<HTMLElement>('.body .event')!.click();
    await waitUntil(() => heard() === 'You opened “Sunday writing sprint”.', 'React heard salon-event-open');
    const dialog = calendar.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open && dialog.querySelector('form'), 'RSVP form in the details');
    type(dialog.querySelector<HTMLInputElement>('input[name=name]')!, 'Ada');
    type(dialog.querySelector<HTMLInputElement>('input[name=email]')!, 'react-reader@example.com');
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => heard() === 'You RSVPed: going.', 'React heard salon-rsvp-success', { timeout: 5000 });
    const first = await calendar.backend!.listEvents(
      { site: 'club', from: new Date(0).toISOString(), to: new Date(Date.now() + 8 * 86_400_000).toISOString() },
      {},
    );
    expect(received()[1]).to.equal(`rsvp · react-reader@example.com · ${first.occurrences[0]!.start}`);
    // The join link the app's backend answered with is shown after the RSVP.
    await waitUntil(() => dialog.querySelector('a[href="https://meet.example.com/sunday-sprint"]'), 'join link');
    expect(page.__problems).to.deep.equal([]);
  });

  it('Vue: the swap card from the app’s backend, its impression and newsletter signup heard by Vue', async () => {
    const { page, doc } = await open();
    const vue = doc.querySelector('#vue')!;
    const received = () => [...vue.querySelectorAll('.writes li')].map(text);

    // Vue handed the backend object to <salon-provider> as a property; the card inside uses it
    // once the reader scrolls down to it.
    await waitUntil(() => vue.querySelector('salon-swap-card'), 'Vue rendered');
    const card = vue.querySelector('salon-swap-card')!;
    // The reader scrolls to the card (and keeps it in view while React's calendar above grows).
    const scrolledTo = (ready: () => unknown) => () => (card.scrollIntoView({ block: 'center' }), ready());
    await waitUntil(scrolledTo(() => card.shadowRoot!.querySelector('article')), 'the recommended book', { timeout: 5000 });
    expect(text(card.shadowRoot!.querySelector('h2'))).to.equal('Readers of Jane Doe also like');
    expect(text(card.shadowRoot!.querySelector('article h3'))).to.equal('The Salt Archive');
    // Half the card in view for a second counts one impression.
    await waitUntil(scrolledTo(() => received().includes('impression · swap-rivers')), 'impression recorded', { timeout: 5000 });

    [...card.shadowRoot!.querySelectorAll('button')].find((b) => text(b).startsWith('Get Sam Rivers'))!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('form'), 'newsletter form');
    type(card.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!, 'vue-reader@example.com');
    card.shadowRoot!.querySelector<HTMLInputElement>('input[name=consent]')!.click();
    card.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(
      () => text(vue.querySelector('.heard')) === 'You signed up for Sam Rivers’s newsletter: pending_confirmation.',
      'Vue heard salon-swap-signup',
      { timeout: 5000 },
    );
    expect(received()).to.include('swapSignup · vue-reader@example.com · swap-rivers');
    expect(text(card.shadowRoot!.querySelector('[role=status]'))).to.contain('check your inbox');
    expect(page.__problems).to.deep.equal([]);
  });
});
