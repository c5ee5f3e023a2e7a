import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { SalonBackend, SignupParams } from '../src/api/backend.js';
import { SalonError } from '../src/api/errors.js';
import { MemoryBackend } from '../src/api/memory.js';
import type { Group } from '../src/api/schemas.js';
import { $reader, rememberReader } from '../src/stores/profile.js';
import type { SalonGroupSignup } from '../components/group-signup/group-signup.js';
import '../components/group-signup/group-signup.js';
import { group, mockApi, requests, site } from './support/data.js';
import { $, $$, type as typeInto } from './support/dom.js';

const backendWith = (overrides: Partial<Group> = {}, id = `memory:signup:${Math.random()}`): MemoryBackend =>
  new MemoryBackend({ demo: site({ groups: [group(overrides)] }) }, { id });

/** A signup widget on a memory backend, once its form (or its error) is on screen. */
async function signup(
  backend: SalonBackend = backendWith(),
  template = (b: SalonBackend): TemplateResult =>
    html`<salon-group-signup site="demo" group="spring-mastermind" .backend=${b}></salon-group-signup>`,
): Promise<SalonGroupSignup> {
  const el = await fixture<SalonGroupSignup>(template(backend));
  await waitUntil(() => el.shadowRoot!.querySelector('form, [role=alert]'), 'form or error shown');
  return el;
}

const labelled = (el: SalonGroupSignup, text: string): HTMLInputElement => {
  const label = $$(el, 'label').find((l) => l.textContent!.trim().startsWith(text)) as HTMLLabelElement;
  return label.control as HTMLInputElement;
};

/** Types as a keyboard user does: focus, input events, then on to the next field. */
function type(input: HTMLInputElement, value: string): void {
  typeInto(input, value);
  input.blur();
}

function tick(input: HTMLInputElement): void {
  input.focus();
  input.click();
}

function fill(el: SalonGroupSignup, { email = 'ada@example.com', name = 'Ada', genre = 'Fantasy' } = {}): void {
  type(labelled(el, 'Email'), email);
  type(labelled(el, 'Your genre'), genre);
  if (!el.compact) {
    type(labelled(el, 'Name'), name);
    tick(labelled(el, 'Craft'));
  }
  tick(labelled(el, 'I agree'));
}

const submit = async (el: SalonGroupSignup): Promise<void> => {
  $<HTMLFormElement>(el, 'form').requestSubmit();
  await el.updateComplete;
};

const statusText = (el: SalonGroupSignup): string => $(el, '[role=status]').textContent!.trim();

const finished = async (el: SalonGroupSignup, text: RegExp): Promise<void> => {
  // Some backends here answer after a second on purpose; a loaded machine adds to that.
  await waitUntil(() => text.test(statusText(el)), `status says ${text}`, { timeout: 5000 });
};

describe('<salon-group-signup>', () => {
  // Other test files run in other windows on the same localStorage: clear only what this file writes.
  const ours = (key: string): boolean =>
    key === 'salon:reader' ||
    (key.startsWith('salon:outbox:') && (localStorage.getItem(key) ?? '').includes('"target":"memory:signup:'));
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (ours(key)) localStorage.removeItem(key);
    $reader.set(undefined);
  });

  it('renders the group and the fields the backend defines, with autofill-ready email and name', async () => {
    const el = await signup(
      backendWith({
        fields: [
          ...group().fields,
          { name: 'about', label: 'About you', type: 'textarea', required: false, options: [] },
          {
            name: 'level',
            label: 'Level',
            type: 'select',
            required: true,
            options: [{ value: 'pro', label: 'Professional' }],
          },
          { name: 'site', label: 'Your site', type: 'email', required: false, options: [] },
        ],
      }),
    );
    expect($(el, 'h2').textContent).to.equal('Spring Mastermind');
    expect($(el, '.description').textContent).to.equal('Eight fantasy authors, one call a week.');
    expect($(el, '.seats').textContent!.trim()).to.equal('3 seats left');
    const email = labelled(el, 'Email');
    expect([email.type, email.name, email.autocomplete, email.required]).to.deep.equal(['email', 'email', 'email', true]);
    expect(labelled(el, 'Name').autocomplete).to.equal('name');
    expect(labelled(el, 'Your genre').required).to.equal(true);
    expect(labelled(el, 'About you').localName).to.equal('textarea');
    expect(labelled(el, 'Level').localName).to.equal('select');
    // No field takes more than the contract does (src/api/limits.ts).
    expect(['Email', 'Name', 'Your genre', 'About you', 'Your site'].map((label) => labelled(el, label).maxLength)).to.deep.equal([254, 200, 4000, 4000, 254]);
    // Optional fields say so; required ones carry no mark to explain (GOV.UK's way).
    expect($(el, 'fieldset legend').textContent).to.equal('What you bring (optional)');
    expect(labelled(el, 'Name').labels![0].textContent).to.equal('Name (optional)');
    expect(labelled(el, 'Your genre').labels![0].textContent).to.equal('Your genre');
    expect(labelled(el, 'Craft').type).to.equal('checkbox');
    expect(labelled(el, 'I agree to be emailed about this group.').required).to.equal(true);
    expect(labelled(el, 'Remember me on this site').checked).to.equal(false);
    expect($<HTMLFormElement>(el, 'form').noValidate).to.equal(true);
    expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Sign up');
    await expect(el).to.be.accessible();
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const el = await signup();
    const trap = $<HTMLInputElement>(el, 'input[name=website]');
    expect(trap.closest('[aria-hidden=true]')).to.not.equal(null);
    expect([trap.tabIndex, trap.autocomplete]).to.deep.equal([-1, 'off']);
    // Clipped to nothing where it stands (moved off screen, it would widen right-to-left pages).
    const box = trap.closest<HTMLElement>('.trap')!;
    expect(getComputedStyle(box).clipPath).to.equal('inset(50%)');
    expect(box.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('says when a group is full and offers the waitlist', async () => {
    const el = await signup(backendWith({ seatsLeft: 0 }));
    expect($(el, '.seats').textContent).to.contain('This group is full');
    expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Join the waitlist');
    fill(el);
    await submit(el);
    await finished(el, /on the waitlist/);
    await expect(el).to.be.accessible();
  });

  it('validates on submit: marks every invalid field, describes it and sums the problems up above the form', async () => {
    const backend = backendWith();
    const el = await signup(backend);
    await submit(el);
    const email = labelled(el, 'Email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    // A form with questions is long: as GOV.UK does, focus goes to a summary of what to fix, each a link to its field.
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('summary'), 'the error summary has focus');
    const summary = $(el, '.summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect($(el, '.summary h3').textContent).to.equal('There are 3 problems');
    expect($$(el, '.summary a').map((a) => a.textContent!.trim())).to.deep.equal([
      'Email: Please fill in this field.',
      'Your genre: Please fill in this field.',
      'Please tick this box to sign up.',
    ]);
    $$(el, '.summary a')[1].click();
    expect(el.shadowRoot!.activeElement === labelled(el, 'Your genre'), 'the link focuses its field').to.equal(true);
    const message = el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!;
    expect(message.textContent).to.equal('Please fill in this field.');
    expect(labelled(el, 'Your genre').getAttribute('aria-invalid')).to.equal('true');
    expect(labelled(el, 'I agree').getAttribute('aria-invalid')).to.equal('true');
    expect(labelled(el, 'Name').getAttribute('aria-invalid')).to.equal('false');
    expect(backend.writes).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('validates a field when the reader leaves it, and clears the message as they fix it', async () => {
    const el = await signup();
    const email = labelled(el, 'Email');
    email.focus();
    email.blur();
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false', 'untouched fields are not judged');
    type(email, 'ada@');
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '.problem').textContent).to.contain('valid email address');
    email.value = 'ada@example.com';
    email.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    expect(email.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('is completed with real key presses alone: Tab, typing, Space and Enter', async () => {
    const backend = backendWith();
    const el = await signup(backend);
    labelled(el, 'Email').focus();
    await sendKeys({ type: 'kai@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Kai' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Fantasy' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Craft
    await sendKeys({ press: 'Tab' }); // Marketing, left unticked
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // consent
    await sendKeys({ press: 'Tab' }); // remember me, left unticked
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await finished(el, /You’re in!/);
    expect(backend.writes).to.have.length(1);
    const params = backend.writes[0].params as SignupParams;
    expect(params).to.include({ email: 'kai@example.com', name: 'Kai' });
    expect(params.answers).to.deep.equal({ genre: 'Fantasy', bring: ['craft'] });
  });

  it('sends the signup once with what the reader entered, and moves focus to the result', async () => {
    const backend = backendWith();
    const el = await signup(backend);
    fill(el);
    const success = oneEvent(el, 'salon-signup-success');
    // Enter in a text field submits the form (implicit submission).
    labelled(el, 'Email').focus();
    await submit(el);
    expect((await success).detail).to.deep.equal({ status: 'confirmed' });
    await finished(el, /You’re in! Welcome to Spring Mastermind\./);
    expect($(el, 'form')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[role=status]'));
    expect(backend.writes).to.have.length(1);
    const params = backend.writes[0].params as SignupParams;
    expect(params).to.include({
      site: 'demo',
      group: 'spring-mastermind',
      email: 'ada@example.com',
      name: 'Ada',
      consentVersion: 'v1',
      honeypot: '',
      source: location.href,
      // The reader's emails come in the widget's language.
      lang: 'en',
    });
    expect(params.answers).to.deep.equal({ genre: 'Fantasy', bring: ['craft'] });
    expect(params.elapsedMs).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('shows progress while sending and ignores a second submit', async () => {
    const backend = backendWith();
    const answer = backend.signup.bind(backend);
    backend.signup = async (params, options) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return answer(params, options);
    };
    const el = await signup(backend);
    fill(el);
    await submit(el);
    const button = $<HTMLButtonElement>(el, 'button[type=submit]');
    expect([button.disabled, button.getAttribute('aria-busy'), button.textContent!.trim()]).to.deep.equal([
      true,
      'true',
      'Sending…',
    ]);
    await submit(el);
    await expect(el).to.be.accessible();
    await finished(el, /You’re in/);
    expect(backend.writes).to.have.length(1);
  });

  it('asks double opt-in readers to check their inbox, and shows the success slot', async () => {
    const el = await signup(backendWith({ doubleOptIn: true }), (b) => html`<salon-group-signup site="demo" group="spring-mastermind" .backend=${b}>
        <p slot="success">See you soon</p>
      </salon-group-signup>`);
    fill(el);
    await submit(el);
    await finished(el, /check your inbox to confirm/);
    expect($<HTMLSlotElement>(el, 'slot[name=success]').assignedElements()[0].textContent).to.equal('See you soon');
  });

  it('replaces the confirmed text with success-message', async () => {
    const el = await signup(
      backendWith(),
      (b) => html`<salon-group-signup site="demo" group="spring-mastermind" success-message="Welcome aboard!" .backend=${b}></salon-group-signup>`,
    );
    fill(el);
    await submit(el);
    await finished(el, /^Welcome aboard!$/);
  });

  it('shows the backend’s field errors on the fields, and others as a general message', async () => {
    const backend = backendWith();
    const refusals = [
      new SalonError('validation', 'Refused', { fields: { email: 'This address bounces.', consent: 'Read it again.' } }),
      new SalonError('validation', 'Refused', { fields: { referrer: 'Who sent you?' } }),
    ];
    backend.signup = () => Promise.reject(refusals.shift());
    const el = await signup(backend);
    fill(el);
    const error = oneEvent(el, 'salon-signup-error');
    await submit(el);
    expect((await error).detail.error.kind).to.equal('validation');
    await waitUntil(() => labelled(el, 'Email').getAttribute('aria-invalid') === 'true', 'email marked');
    expect($(el, '#email-message').textContent).to.equal('This address bounces.');
    expect($(el, '#consent-message').textContent).to.equal('Read it again.');
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('summary'), 'the error summary has focus');
    expect($$(el, '.summary a').map((a) => a.textContent!.trim())).to.deep.equal(['Email: This address bounces.', 'Read it again.']);
    await expect(el).to.be.accessible();
    await submit(el);
    await waitUntil(() => $(el, '[role=alert]'), 'general message');
    expect($(el, '[role=alert] p').textContent).to.equal('Who sent you?');
    expect($(el, '[role=alert] button'), 'a refusal is not retried as it is').to.equal(null);
  });

  it('words the backend’s field codes it knows in the reader’s language, and shows the backend’s own words for others', async () => {
    const backend = backendWith();
    const refusals = [
      new SalonError('validation', 'name: Invalid length', { code: 'too_long', fields: { name: 'Invalid length' } }),
      new SalonError('validation', 'email: Control characters', { code: 'invalid_characters', fields: { email: 'Control characters' } }),
      new SalonError('validation', 'name: Pen names only.', { code: 'pen_name', fields: { name: 'Pen names only.' } }),
    ];
    backend.signup = () => Promise.reject(refusals.shift());
    const el = await signup(backend);
    fill(el);
    el.lang = 'fr';
    await waitUntil(() => $(el, 'button[type=submit]').textContent!.trim() === 'S’inscrire', 'French catalog loaded');
    for (const [id, said] of [
      ['name', 'Veuillez raccourcir ce texte.'],
      ['email', 'Veuillez ressaisir ce texte\u00a0: il contient des caractères invisibles.'],
      ['name', 'Pen names only.'],
    ]) {
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector(`#${id}-message`), `${id} refused`);
      expect($(el, `#${id}-message`).textContent).to.equal(said);
      expect($$(el, '.summary a').map((a) => a.textContent!.trim())).to.deep.equal([`${id === 'name' ? 'Nom' : 'E-mail'}\u00a0: ${said}`]);
      await expect(el).to.be.accessible();
    }
  });

  it('offers a retry when the backend fails, and the retry sends the form again', async () => {
    const backend = backendWith();
    const signupOnce = backend.signup.bind(backend);
    let calls = 0;
    backend.signup = (params, options) =>
      ++calls === 1 ? Promise.reject(new SalonError('server', 'boom', { status: 500 })) : signupOnce(params, options);
    const el = await signup(backend);
    fill(el);
    await submit(el);
    await waitUntil(() => $(el, '[role=alert]'), 'error shown');
    expect($(el, '[role=alert]').textContent).to.contain('Something went wrong on our side');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[role=alert] button').click();
    await finished(el, /You’re in/);
    expect(backend.writes).to.have.length(1);
  });

  it('sends nothing when the submit event is cancelled', async () => {
    const backend = backendWith();
    const el = await signup(backend);
    fill(el);
    el.addEventListener('salon-signup-submit', (event) => {
      expect(event.detail).to.include({ email: 'ada@example.com' }).and.not.have.property('honeypot');
      expect(event.cancelable).to.equal(true);
      event.preventDefault();
    });
    await submit(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.writes).to.have.length(0);
    expect($(el, 'form')).to.not.equal(null);
  });

  it('saves a signup made offline and delivers it once the reader is back online', async () => {
    const backend = backendWith();
    const el = await signup(backend);
    backend.offline = true;
    fill(el);
    await submit(el);
    await finished(el, /Saved — we’ll send it when you’re back online/);
    await expect(el).to.be.accessible();
    const success = oneEvent(el, 'salon-signup-success');
    backend.offline = false;
    window.dispatchEvent(new Event('online'));
    expect((await success).detail.status).to.equal('confirmed');
    await finished(el, /You’re in/);
    expect(backend.writes).to.have.length(1);
  });

  it('remembers the reader only when asked, and forgets them on “Not you?”', async () => {
    const first = await signup();
    fill(first);
    tick(labelled(first, 'Remember me on this site'));
    await submit(first);
    await finished(first, /You’re in/);
    expect($reader.get()).to.deep.equal({ name: 'Ada', email: 'ada@example.com' });

    const el = await signup();
    expect(labelled(el, 'Email').value).to.equal('ada@example.com');
    expect(labelled(el, 'Name').value).to.equal('Ada');
    expect($(el, '.reader').textContent).to.contain('Welcome back, Ada.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.reader button').click();
    await el.updateComplete;
    expect($reader.get()).to.equal(undefined);
    expect(labelled(el, 'Email').value).to.equal('');
    expect(labelled(el, 'Name').value).to.equal('');
    expect($(el, '.reader')).to.equal(null);
  });

  it('does not remember a reader who did not ask', async () => {
    const el = await signup();
    fill(el);
    await submit(el);
    await finished(el, /You’re in/);
    expect($reader.get()).to.equal(undefined);
  });

  it('prefills a remembered reader', async () => {
    rememberReader({ name: '', email: 'grace@example.com' });
    const el = await signup();
    expect($(el, '.reader').textContent).to.contain('Welcome back, grace@example.com.');
  });

  it('renders the backend’s texts as text, never as markup', async () => {
    const xss = '<img src=x onerror="window.__xss = 1">';
    const el = await signup(
      backendWith({
        name: xss,
        description: xss,
        consent: { text: xss, version: 'v1' },
        fields: [{ name: 'q', label: xss, type: 'select', required: false, options: [{ value: xss, label: xss }] }],
      }),
    );
    expect($(el, 'h2').textContent).to.equal(xss);
    expect($(el, '.description').textContent).to.equal(xss);
    expect($$(el, 'img')).to.have.length(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('shows an error with a retry button for a malformed group, and recovers', async () => {
    const good = backendWith();
    let malformed = true;
    const backend: SalonBackend = Object.assign(Object.create(good) as MemoryBackend, {
      getGroup: async () => (malformed ? { id: 'spring-mastermind', name: 42 } : good.getGroup({ site: 'demo', group: 'spring-mastermind' })),
    });
    const el = await signup(backend);
    expect($(el, '[role=alert]').textContent).to.contain('Something went wrong on our side');
    await expect(el).to.be.accessible();
    malformed = false;
    $<HTMLButtonElement>(el, '[role=alert] button').click();
    await waitUntil(() => $(el, 'form'), 'form after retry');
  });

  it('says it is not set up when it has no backend', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<SalonGroupSignup>(html`<salon-group-signup group="x"></salon-group-signup>`);
      // Quietly: the reader can do nothing about it (the author hears which setting is missing).
      await waitUntil(() => $(el, 'p[part=message]')?.textContent === 'This signup isn’t set up yet.', 'not set up');
      expect($$(el, '[role=alert], button')).to.have.length(0);
    } finally {
      console.warn = warn;
    }
  });

  it('on a page whose origin the site has not registered: not set up, no retry, not even when back online', async () => {
    const message = 'http://jane.test is not one of the website addresses registered for the site "demo". Add it in the Salon console.';
    const { api, ns } = await mockApi({ 'GET v1/sites/demo/groups/spring-mastermind': [{ status: 403, body: { error: { code: 'origin_not_allowed', message } } }] });
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<SalonGroupSignup>(html`<salon-group-signup api=${api} site="demo" group="spring-mastermind"></salon-group-signup>`);
      await waitUntil(() => $(el, 'p[part=message]'), 'refusal shown');
      expect($(el, 'p[part=message]').textContent).to.equal('This signup isn’t set up yet.');
      expect($$(el, '[role=alert], button')).to.have.length(0);
      await expect(el).to.be.accessible();
      window.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await requests(ns)).to.have.length(1);
      expect(warnings).to.deep.equal([`Salon: ${message}`]);
    } finally {
      console.warn = warn;
    }
  });

  it('has a compact layout with email, consent, the button and only the questions a reader must answer', async () => {
    const compact = (b: SalonBackend) => html`<salon-group-signup compact site="demo" group="spring-mastermind" .backend=${b}></salon-group-signup>`;
    const names = (el: SalonGroupSignup) =>
      $$(el, 'input, select, textarea, button')
        .filter((c) => !c.closest('[aria-hidden=true]'))
        .map((c) => c.getAttribute('name') ?? c.getAttribute('type'));
    const backend = backendWith();
    const el = await signup(backend, compact);
    expect(el.hasAttribute('compact')).to.equal(true);
    // The genre is required: hiding it would leave the reader a form the server refuses.
    expect(names(el)).to.deep.equal(['email', 'answers.genre', 'consent', 'submit']);
    expect($(el, '.description')).to.equal(null);
    await expect(el).to.be.accessible();
    fill(el);
    await submit(el);
    await finished(el, /You’re in/);
    expect((backend.writes[0].params as SignupParams).answers).to.deep.equal({ genre: 'Fantasy' });
    const newsletter = await signup(backendWith({ fields: [group().fields[1]] }), compact);
    expect(names(newsletter)).to.deep.equal(['email', 'consent', 'submit']);
  });

  it('never submits the host page’s form around it', async () => {
    let hostSubmits = 0;
    const page = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => (e.preventDefault(), hostSubmits++)}>
      <salon-group-signup site="demo" group="spring-mastermind" .backend=${backendWith()}></salon-group-signup>
      <button>Host submit</button>
    </form>`);
    const el = page.querySelector('salon-group-signup')!;
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'form');
    await submit(el);
    fill(el);
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await finished(el, /You’re in/);
    expect(hostSubmits).to.equal(0);
  });

  it('speaks French with lang="fr"', async () => {
    const el = await signup(backendWith(), (b) => html`<salon-group-signup lang="fr" site="demo" group="spring-mastermind" .backend=${b}></salon-group-signup>`);
    await waitUntil(() => $(el, 'button[type=submit]').textContent!.trim() === 'S’inscrire', 'French catalog loaded');
    expect($(el, '.seats').textContent!.trim()).to.equal('3 places restantes');
    expect(labelled(el, 'E-mail').type).to.equal('email');
    await submit(el);
    expect($(el, '#email-message').textContent).to.equal('Veuillez remplir ce champ.');
  });
});
