// The console's Groups screen against the real reference server: a group made in the editor and
// stored as the author made it, a reader signing up through <salon-group-signup>, their proof of
// consent on the signups page and in the CSV, a new consent version proposed when the text changes,
// removing a reader who asks to be forgotten, the server's refusals shown where they belong, and
// axe in every state.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { AdminGroup, GroupInput, Signup } from '../../console/api.js';
import { setLang } from '../../console/i18n.js';
import { $route, go, href } from '../../console/router.js';
import type { ConsoleGroups } from '../../console/screens/groups/groups.js';
import '../../console/screens/groups/groups.js';
import { nextVersion, today } from '../../console/screens/groups/group-form.js';
import { refreshSession } from '../../console/session.js';
import type { SalonGroupSignup } from '../../components/group-signup/group-signup.js';
import '../../components/group-signup/group-signup.js';
import { createSite, html, screen, signIn } from '../support/console.js';
import { choose, deep, text, type } from '../support/dom.js';





const API = 'http://127.0.0.1:8789';

let unfollow: (() => void) | undefined;

/** The Groups screen at `#/<site>/groups/<path>`, following the address as the console's shell does. */
async function groupsScreen(site: string, path = ''): Promise<ConsoleGroups> {
  go(href(site, 'groups', ...path.split('/').filter(Boolean)));
  const el = await screen<ConsoleGroups>(html`<salon-console-groups .site=${site} .path=${path}></salon-console-groups>`);
  unfollow?.();
  unfollow = $route.listen((route) => {
    if (route.name === 'site' && route.screen === 'groups') el.path = route.rest.join('/');
  });
  return el;
}

const form = (el: Element) => deep(el, 'salon-console-group-form')!;
const signups = (el: Element) => deep(el, 'salon-console-group-signups')!;
const status = (el: Element) => text(el.shadowRoot!.querySelector('p[role=status]'));

async function stored(site: string): Promise<AdminGroup[]> {
  return (await (await fetch(`/v1/sites/${site}/admin/groups`)).json()).groups;
}

async function storedSignups(site: string): Promise<Signup[]> {
  return (await (await fetch(`/v1/sites/${site}/admin/signups`)).json()).signups;
}

const mastermind: GroupInput = {
  name: 'Spring Mastermind',
  description: 'Six authors, one call a week.',
  kind: 'mastermind',
  fields: [
    {
      name: 'genre',
      label: 'Your genre',
      type: 'select',
      required: true,
      options: [
        { value: 'epic', label: 'Epic fantasy' },
        { value: 'cosy', label: 'Cosy mystery' },
      ],
    },
  ],
  seats: 6,
  consentText: 'I agree that Ada may email me about the mastermind.',
  consentVersion: '2026-01-15',
  doubleOptIn: true,
};

async function putGroup(site: string, id: string, group: GroupInput): Promise<void> {
  const response = await fetch(`/v1/sites/${site}/admin/groups/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(group) });
  if (!response.ok) throw new Error(`group not saved: ${response.status} ${await response.text()}`);
}

/** A reader signs up through the widget, as on the author's website. */
async function readerSignsUp(site: string, group: string, email: string): Promise<void> {
  const widget = await fixture<SalonGroupSignup>(html`<salon-group-signup api=${API} site=${site} group=${group}></salon-group-signup>`);
  await waitUntil(() => widget.shadowRoot!.querySelector('form'), 'the signup form', { timeout: 5000 });
  // The server drops forms filled faster than a person can.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  type(widget.shadowRoot!.querySelector<HTMLInputElement>('#email'), email);
  type(widget.shadowRoot!.querySelector<HTMLInputElement>('#name'), 'Rita Reader');
  choose(widget.shadowRoot!.querySelector('select'), 'epic');
  widget.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
  widget.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
  await waitUntil(() => text(widget.shadowRoot!.querySelector('[role=status]')).includes('check your inbox'), 'signed up', { timeout: 5000 });
  widget.remove();
}

async function confirmDialog(host: Element): Promise<void> {
  const dialog = deep<HTMLDialogElement>(host, 'salon-console-confirm >>> dialog')!;
  await waitUntil(() => dialog.open, 'asked first');
  dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
}

describe('console: groups', () => {
  beforeEach(async () => {
    setLang('en');
    await signIn();
  });
  afterEach(() => {
    unfollow?.();
    unfollow = undefined;
    setLang('en');
  });

  it('explains groups when there are none and offers a newsletter as the easy first one', async () => {
    const site = await createSite();
    const el = await groupsScreen(site);
    await waitUntil(() => el.shadowRoot!.querySelector('.empty'), 'empty state');
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Groups');
    expect(text(el.shadowRoot!.querySelector('.empty'))).to.contain('A group is what readers join from your website').and.contain('A newsletter is the easiest group');
    const create = el.shadowRoot!.querySelector<HTMLAnchorElement>('.empty a')!;
    expect(create.getAttribute('href')).to.equal(`#/${site}/groups/new`);
    await expect(el).to.be.accessible();

    create.click();
    await waitUntil(() => deep(el, 'salon-console-group-form >>> #name'), 'the editor');
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Create a group');
    expect(deep<HTMLSelectElement>(el, 'salon-console-group-form >>> #kind')!.value).to.equal('newsletter');
    expect(deep<HTMLInputElement>(el, 'salon-console-group-form >>> #doubleOptIn')!.checked).to.equal(true);
    expect(deep<HTMLInputElement>(el, 'salon-console-group-form >>> #consentVersion')!.value).to.equal(today());
  });

  it('creates a mastermind with a required choice question and seats, stored as the author made it', async () => {
    const site = await createSite();
    const el = await groupsScreen(site, 'new');
    await waitUntil(() => deep(el, 'salon-console-group-form >>> #name'), 'the editor');
    const f = form(el);
    const $ = <T extends Element = HTMLInputElement>(selector: string) => f.shadowRoot!.querySelector<T>(selector);
    await expect(el).to.be.accessible();

    type($('#name'), 'Spring Mastermind');
    await (f as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect($('#id')!.value).to.equal('spring-mastermind', 'the id follows the name');
    choose($<HTMLSelectElement>('#kind'), 'mastermind');
    type($<HTMLTextAreaElement>('#description'), 'Six authors, one call a week.');
    type($('#seats'), '6');

    $<HTMLButtonElement>('#add-question')!.click();
    await waitUntil(() => $('#q-0-label'), 'a question');
    expect(f.shadowRoot!.activeElement?.id).to.equal('q-0-label', 'focus goes to the new question');
    type($('#q-0-label'), 'Your genre');
    choose($<HTMLSelectElement>('#q-0-type'), 'select');
    await waitUntil(() => $('#q-0-choice-0'), 'a first choice to fill');
    type($('#q-0-choice-0'), 'Epic fantasy');
    $<HTMLButtonElement>('#q-0-add-choice')!.click();
    await waitUntil(() => $('#q-0-choice-1'), 'a second choice');
    type($('#q-0-choice-1'), 'Cosy mystery');
    $('#q-0-required')!.click();

    // A second question, moved above the first and removed again.
    $<HTMLButtonElement>('#add-question')!.click();
    await waitUntil(() => $('#q-1-label'), 'a second question');
    type($('#q-1-label'), 'Website');
    $<HTMLButtonElement>('#q-1-up')!.click();
    await waitUntil(() => $('#q-0-label')!.value === 'Website', 'moved up');
    expect(f.shadowRoot!.activeElement?.id).to.equal('q-0-down', 'focus stays on the moved question');
    expect(text(f.shadowRoot!.querySelector('p[role=status]'))).to.equal('“Website” is now question 1.');
    await expect(el).to.be.accessible();
    [...f.shadowRoot!.querySelectorAll<HTMLButtonElement>('ol.questions > li:first-child button.danger')].at(-1)!.click();
    await waitUntil(() => $('#q-0-label')!.value === 'Your genre', 'removed');

    type($<HTMLTextAreaElement>('#consentText'), 'I agree that Ada may email me about the mastermind.');
    $<HTMLButtonElement>('button[type=submit]')!.click();

    await waitUntil(() => el.path === '' && el.shadowRoot!.querySelector('table.rows'), 'back on the list');
    expect(status(el)).to.contain('“Spring Mastermind” is created');
    const row = text(el.shadowRoot!.querySelector('table.rows tbody tr'));
    expect(row).to.contain('Spring Mastermind').and.contain('Mastermind').and.contain('6 of 6 seats left').and.contain('0 confirmed');
    await expect(el).to.be.accessible();

    const [group] = await stored(site);
    expect(group).to.deep.include({ id: 'spring-mastermind', name: 'Spring Mastermind', kind: 'mastermind', seats: 6, description: 'Six authors, one call a week.', doubleOptIn: true });
    expect(group!.fields).to.deep.equal([
      {
        name: 'your-genre',
        label: 'Your genre',
        type: 'select',
        required: true,
        options: [
          { value: 'epic-fantasy', label: 'Epic fantasy' },
          { value: 'cosy-mystery', label: 'Cosy mystery' },
        ],
      },
    ]);
    expect(group!.consent).to.deep.equal({ text: 'I agree that Ada may email me about the mastermind.', version: today() });
  });

  it('shows a reader’s signup with proof of consent; a new consent text gets a new version; CSV; removing the reader', async function () {
    this.timeout(30000);
    const site = await createSite();
    await putGroup(site, 'spring', mastermind);
    const email = `rita-${Date.now()}@example.com`;
    await readerSignsUp(site, 'spring', email);

    const el = await groupsScreen(site);
    await waitUntil(() => el.shadowRoot!.querySelector('table.rows'), 'the list');
    expect(text(el.shadowRoot!.querySelector('table.rows tbody tr'))).to.contain('1 waiting for confirmation').and.contain('5 of 6 seats left');
    el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="#/${site}/groups/spring"]`)!.click();

    await waitUntil(() => deep(el, 'salon-console-group-signups >>> li.signup'), 'the signups');
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Signups for “Spring Mastermind”');
    const item = deep(el, 'salon-console-group-signups >>> li.signup')!;
    const card = text(item);
    expect(text(item.querySelector('h3'))).to.equal(email);
    const facts = Object.fromEntries([...item.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
    // The answer by its question's label and its choice's label.
    expect(facts).to.include({ Name: 'Rita Reader', Status: 'Waiting for confirmation', 'Your genre': 'Epic fantasy' });
    expect(card).to.contain('Proof of consent').and.contain('I agree that Ada may email me about the mastermind.').and.contain('Version 2026-01-15');
    expect(card).to.contain(location.origin, 'the page the reader signed up on');
    await expect(el).to.be.accessible();

    // The status filter asks the server again.
    choose(deep<HTMLSelectElement>(el, 'salon-console-group-signups >>> #filter'), 'confirmed');
    await waitUntil(() => text(deep(el, 'salon-console-group-signups >>> #readers')) === 'No readers with this status', 'none confirmed');
    choose(deep<HTMLSelectElement>(el, 'salon-console-group-signups >>> #filter'), 'pending_confirmation');
    await waitUntil(() => deep(el, 'salon-console-group-signups >>> li.signup'), 'the pending reader');

    // The CSV is a plain link; the session cookie goes with it.
    const csvLink = deep<HTMLAnchorElement>(el, 'salon-console-group-signups >>> a[download]')!;
    expect(text(csvLink)).to.equal('Download CSV');
    const csv = await fetch(csvLink.href);
    expect(csv.headers.get('content-type')).to.match(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).to.have.length(2);
    expect(lines[1]).to.contain(`spring,${email},Rita Reader,pending_confirmation`).and.contain('2026-01-15');

    // A group with signups is not deleted: the server says why.
    deep<HTMLAnchorElement>(el, 'salon-console-group-signups >>> a[href$="/edit"]')!.click();
    await waitUntil(() => deep(el, 'salon-console-group-form >>> #consentText'), 'the editor');
    const f = form(el);
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Edit “Spring Mastermind”');
    expect(text(f.shadowRoot!.querySelector('section.delete'))).to.contain('This group has a signup');
    f.shadowRoot!.querySelector<HTMLButtonElement>('section.delete button.danger')!.click();
    await confirmDialog(f);
    await waitUntil(() => f.shadowRoot!.querySelector('section.delete [role=alert]'), 'refused');
    expect(text(f.shadowRoot!.querySelector('section.delete [role=alert]'))).to.contain('This group has signups');
    expect(await stored(site)).to.have.length(1);

    // A new consent text: a new version is proposed at once, and earlier readers keep theirs.
    const version = f.shadowRoot!.querySelector<HTMLInputElement>('#consentVersion')!;
    expect(version.value).to.equal('2026-01-15');
    type(f.shadowRoot!.querySelector('#consentText'), 'I agree that Ada may email me about the mastermind and her books.');
    await (f as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(version.value).to.equal(today());
    const notice = text(f.shadowRoot!.querySelector('[role=status] .notice'));
    expect(notice).to.contain(`new version: ${today()}`).and.contain('Readers who signed up earlier keep the consent they agreed to (version 2026-01-15)');
    await expect(el).to.be.accessible();
    f.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => el.path === '' && status(el).includes('is saved'), 'saved');
    const [group] = await stored(site);
    expect(group!.consent).to.deep.equal({ text: 'I agree that Ada may email me about the mastermind and her books.', version: today() });
    expect((await storedSignups(site))[0]!.consent.version).to.equal('2026-01-15', 'the reader keeps the consent they agreed to');

    // The reader asks to be forgotten.
    el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="#/${site}/groups/spring"]`)!.click();
    await waitUntil(() => deep(el, 'salon-console-group-signups >>> li.signup button.danger'), 'the signups');
    const list = signups(el);
    list.shadowRoot!.querySelector<HTMLButtonElement>('li.signup button.danger')!.click();
    const dialog = deep<HTMLDialogElement>(list, 'salon-console-confirm >>> dialog')!;
    await waitUntil(() => dialog.open, 'asked first');
    expect(text(dialog)).to.contain(`Remove ${email} from “Spring Mastermind”?`);
    await expect(deep(list, 'salon-console-confirm')!).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => text(list.shadowRoot!.querySelector('p[role=status]')) === `${email} is removed.`, 'removed');
    await waitUntil(() => text(list.shadowRoot!.querySelector('#readers')) === 'Nobody has signed up yet', 'the empty state');
    expect(list.shadowRoot!.activeElement?.id).to.equal('readers', 'focus goes to the list’s heading');
    expect(await storedSignups(site)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusal on the question it is about and focuses it', async () => {
    const site = await createSite();
    await putGroup(site, 'book-club', { ...mastermind, name: 'Older club' });
    const el = await groupsScreen(site, 'new');
    await waitUntil(() => deep(el, 'salon-console-group-form >>> #name'), 'the editor');
    const f = form(el);
    const $ = <T extends Element = HTMLInputElement>(selector: string) => f.shadowRoot!.querySelector<T>(selector);

    // What the console can tell, it tells before asking: a missing name, an id already taken.
    $<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => $('#name-problem'), 'missing name');
    expect(f.shadowRoot!.activeElement?.id).to.equal('name');
    expect($('#name')!.getAttribute('aria-invalid')).to.equal('true');
    type($('#name'), 'Book club');
    type($<HTMLTextAreaElement>('#consentText'), 'You may email me about the club.');
    $<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => $('#id-problem'), 'id taken');
    expect(text($('#id-problem'))).to.equal('You already have a group with this id; choose another.');
    expect(f.shadowRoot!.activeElement?.id).to.equal('id');

    // A choice question without choices: the server refuses it, and says so on that question.
    type($('#id'), 'book-club-2');
    $<HTMLButtonElement>('#add-question')!.click();
    await waitUntil(() => $('#q-0-label'), 'a question');
    type($('#q-0-label'), 'Favourite books');
    choose($<HTMLSelectElement>('#q-0-type'), 'checkboxes');
    await waitUntil(() => $('#q-0-choice-0'), 'an empty choice');
    $<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => $('#q-0-choice-0-problem'), 'the server’s problem on the question');
    expect(text($('#q-0-choice-0-problem'))).to.equal('Select and checkbox fields need options; other fields take none.');
    expect($('#q-0-choice-0')!.getAttribute('aria-invalid')).to.equal('true');
    expect($('#q-0-choice-0')!.getAttribute('aria-describedby')).to.equal('q-0-choice-0-problem');
    expect(f.shadowRoot!.activeElement?.id).to.equal('q-0-choice-0', 'focus on the invalid field');
    expect((await stored(site)).map((g) => g.id)).to.deep.equal(['book-club']);
    await expect(el).to.be.accessible();

    type($('#q-0-choice-0'), 'Middlemarch');
    $<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => el.path === '' && el.shadowRoot!.querySelector('table.rows'), 'saved');
    const groups = await stored(site);
    expect(groups.map((g) => [g.id, g.name])).to.deep.equal([
      ['book-club', 'Older club'],
      ['book-club-2', 'Book club'],
    ]);
    expect(groups[1]!.fields[0]!.options).to.deep.equal([{ value: 'middlemarch', label: 'Middlemarch' }]);
  });

  it('speaks French', async () => {
    const site = await createSite();
    setLang('fr');
    const el = await groupsScreen(site);
    await waitUntil(() => el.shadowRoot!.querySelector('.empty'), 'empty state');
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Groupes');
    expect(text(el.shadowRoot!.querySelector('.empty h2'))).to.equal('Pas encore de groupe');
    expect(text(el.shadowRoot!.querySelector('.empty a'))).to.equal('Créer votre premier groupe');
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.empty a')!.click();
    await waitUntil(() => deep(el, 'salon-console-group-form >>> #consentText'), 'the editor');
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Créer un groupe');
    expect(text(deep(el, 'salon-console-group-form >>> label[for=consentText]'))).to.equal('Texte de consentement');
    expect(text(deep(el, 'salon-console-group-form >>> button[type=submit]'))).to.equal('Créer le groupe');
    await expect(el).to.be.accessible();
  });

  it('fits a phone: the list and the editor with a question, without sideways scrolling', async () => {
    const site = await createSite();
    await putGroup(site, 'spring', mastermind);
    const frame = document.createElement('div');
    frame.style.cssText = 'width: 320px';
    document.body.append(frame);
    go(href(site, 'groups', 'spring', 'edit'));
    const el = document.createElement('salon-console-groups');
    Object.assign(el, { site, path: 'spring/edit' });
    frame.append(el);
    await waitUntil(() => deep(el, 'salon-console-group-form >>> #q-0-choice-1'), 'the editor');
    expect(el.scrollWidth).to.be.at.most(320);
    el.path = '';
    await waitUntil(() => el.shadowRoot!.querySelector('table.rows'), 'the list');
    expect(el.scrollWidth).to.be.at.most(320);
    frame.remove();
  });
});

describe('consent versions', () => {
  it('proposes today’s date, or a count after it when the version is already today’s', () => {
    expect(nextVersion('2026-01-15', '2026-05-03')).to.equal('2026-05-03');
    expect(nextVersion('v1', '2026-05-03')).to.equal('2026-05-03');
    expect(nextVersion('2026-05-03', '2026-05-03')).to.equal('2026-05-03-2');
    expect(nextVersion('2026-05-03-2', '2026-05-03')).to.equal('2026-05-03-3');
  });
});

after(() => refreshSession());
