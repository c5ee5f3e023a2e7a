// The whole journey of issue 12, as people would live it, in real Chromium against `npm start` on a
// fresh data directory (SQLite, or PostgreSQL with DATABASE_URL; test/journey/run.mjs runs both):
//   1. Jane signs in to the console with a link from the server's log and creates her site.
//   2. She creates a mastermind group and a weekly event in her own time zone, and imports her
//      calendar feed.
//   3. She copies the embed code into pages on her own website (http://jane.test:PORT, another
//      origin), in French, with the script tag, the loader and the module build: every widget works.
//   4. A reader signs up there and confirms; Jane sees the signup with its proof of consent and
//      downloads the CSV.
//   5. Mara, a second author, finds Jane in the directory by genre and proposes a swap; Jane
//      accepts; each swap card shows the other's book on its own website; a reader's impression,
//      click and signup show in both ledgers, as figures and as a chart.
// No step uses curl, SQL, a code edit or a restart. Author pages must log no error, uncaught
// exception or CSP violation. With JOURNEY_SCREENSHOTS=<folder>, the console's screens are saved
// there (the README's screenshots).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { authorPage, launchBrowser, openPage, type Salon, type Sites, startSalon, startSites, type Watched } from './world.js';

const shots = process.env.JOURNEY_SCREENSHOTS;
const JANE = 'jane@example.com';
const MARA = 'mara@example.com';
const READER = 'reader@example.com';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The text a person sees under an element, shadow roots and slotted nodes included. A string, run
 * in the page: functions written here would be compiled with helpers the page does not have.
 */
const VISIBLE_TEXT = `(root) => {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent || '');
    else if (node instanceof HTMLScriptElement || node instanceof HTMLStyleElement) return;
    else if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    else if (node instanceof HTMLSlotElement && node.assignedNodes().length) node.assignedNodes().forEach(walk);
    else node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\\s+/g, ' ').trim();
}`;

/** The visible text of the first element a (shadow-piercing) selector finds, or ''. */
async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.$(selector);
  if (!handle) return '';
  return handle.evaluate((el, source) => (0, eval)(source)(el) as string, VISIBLE_TEXT);
}

/** Waits until the selector's text matches. */
async function waitText(page: Page, selector: string, pattern: RegExp, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    last = await textOf(page, selector).catch(() => '');
    if (pattern.test(last)) return last;
    await sleep(100);
  }
  throw new Error(`"${selector}" never said ${pattern} (last: "${last.slice(0, 300)}")`);
}

/** Waits until a (shadow-piercing) selector finds something; polls, since changes inside shadow roots are not seen by document-level observers. */
async function waitFor(page: Page, selector: string, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await page.$(selector).catch(() => null)) return;
    await sleep(100);
  }
  throw new Error(`nothing matched "${selector}" within ${timeout} ms`);
}

// Each acts on the page in front: a tab in the background gets no animation frames, which
// puppeteer's locators wait for.
const fill = async (page: Page, selector: string, value: string) => {
  await page.bringToFront();
  await page.locator(selector).fill(value);
};
const click = async (page: Page, selector: string) => {
  await page.bringToFront();
  await page.locator(selector).click();
};

/** Clicks the first button or link under `scope` whose text matches. */
async function press(page: Page, scope: string, pattern: RegExp): Promise<void> {
  await page.bringToFront();
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    for (const handle of await page.$$(`${scope} >>> button, ${scope} >>> a`)) {
      const label = await handle.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      if (pattern.test(label) && (await handle.isVisible())) {
        await handle.click();
        return;
      }
    }
    await sleep(100);
  }
  throw new Error(`no button or link ${pattern} in ${scope}`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await sleep(300);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
}

/** Opens a console screen as an author does: with the navigation. */
async function navigate(page: Page, name: RegExp): Promise<void> {
  await press(page, 'salon-console >>> nav', name);
}

/** Signs in through the console: the email form, the link from the server's log, the button. */
async function signIn(salon: Salon, page: Page, email: string): Promise<void> {
  await page.goto(`${salon.url}/console/`);
  await fill(page, 'salon-console >>> salon-console-sign-in >>> #email', email);
  await click(page, 'salon-console >>> salon-console-sign-in >>> button[type=submit]');
  await waitText(page, 'salon-console >>> salon-console-sign-in >>> [role=status]', /Check your inbox/);
  const link = await salon.link(email);
  assert.match(link, new RegExp(`^${salon.url}/console/\\?sign-in=`));
  await page.goto(link);
  await click(page, 'salon-console >>> salon-console-sign-in >>> button.primary');
  await waitFor(page, 'salon-console >>> .who');
}

/** Creates a site in the console's first-site form. */
async function createSite(page: Page, author: string, name: string, origin: string, lang: string): Promise<void> {
  const form = 'salon-console >>> salon-console-new-site >>> salon-console-site-form';
  await fill(page, `${form} >>> #authorName`, author);
  await fill(page, `${form} >>> #name`, name);
  await fill(page, `${form} >>> #origin-0`, origin);
  await fill(page, `${form} >>> #lang`, lang);
  await click(page, `${form} >>> button[type=submit]`);
  await waitFor(page, 'salon-console >>> salon-console-home >>> ol.steps');
}

/** Lists the site in the directory under these genres, in Settings. */
async function listInDirectory(page: Page, genres: string): Promise<void> {
  await navigate(page, /^Settings$/);
  const form = 'salon-console >>> salon-console-settings >>> salon-console-site-form';
  await waitFor(page, `${form} >>> #listed`);
  await click(page, `${form} >>> #listed`);
  await fill(page, `${form} >>> #genres`, genres);
  await click(page, `${form} >>> button[type=submit]`);
  await waitText(page, 'salon-console >>> salon-console-settings >>> p[role=status]', /Settings saved\./);
}

/** Adds a book in Books and swaps. */
async function addBook(page: Page, title: string, genres: string, retailer: string, url: string): Promise<void> {
  await navigate(page, /^Books and swaps$/);
  const screen = 'salon-console >>> salon-console-swaps';
  await waitFor(page, `${screen} >>> #running`);
  await press(page, screen, /^Add a book$/);
  const form = `${screen} >>> salon-console-book-form`;
  await fill(page, `${form} >>> #title`, title);
  await fill(page, `${form} >>> #genres`, genres);
  await fill(page, `${form} >>> #blurb`, `${title}: a story of maps that redraw themselves.`);
  await fill(page, `${form} >>> #link-0-retailer`, retailer);
  await fill(page, `${form} >>> #link-0-url`, url);
  await click(page, `${form} >>> button[type=submit]`);
  await waitText(page, `${screen} >>> .list`, new RegExp(title));
}

/** The widgets' tags and the loading script from the console's embed code, for each way of loading. */
async function embedCode(page: Page): Promise<{ scripts: Record<'script' | 'loader' | 'module', string>; tags: string[] }> {
  await navigate(page, /^Embed code$/);
  const builder = 'salon-console >>> salon-console-embed >>> salon-embed-builder';
  await waitFor(page, `${builder} >>> pre.script`);
  const code = () => page.$eval(`${builder} >>> pre.script`, (pre) => pre.textContent ?? '');
  const split = async () => (await code()).split('\n\n') as [string, string];
  const scripts = {} as Record<'script' | 'loader' | 'module', string>;
  for (const loading of ['script', 'loader', 'module'] as const) {
    await fill(page, `${builder} >>> #loading`, loading);
    await sleep(200);
    scripts[loading] = (await split())[0];
  }
  const tags: string[] = [];
  for (const widget of ['salon-group-signup', 'salon-event-calendar', 'salon-swap-card']) {
    await fill(page, `${builder} >>> #widget`, widget);
    await sleep(200);
    tags.push((await split())[1]);
  }
  return { scripts, tags };
}

/** Every page opened, and the server, for the failure report. */
const pages: Page[] = [];
let running: Salon | undefined;

async function open(context: BrowserContext): Promise<Watched> {
  const watched = await openPage(context);
  pages.push(watched.page);
  return watched;
}

/**
 * A step of the journey: on failure, every open page is saved as a screenshot (named in the
 * error) and the server's last output is printed, so a red run says what the person saw.
 */
function step(name: string, run: () => Promise<void>): void {
  it(name, async () => {
    try {
      await run();
    } catch (error) {
      const saved: string[] = [];
      for (const [i, page] of pages.entries()) {
        const path = join(tmpdir(), `salon-journey-failure-${Date.now()}-${i}.png`);
        await page.screenshot({ path, fullPage: true }).then(() => saved.push(`${path} (${page.url()})`), () => undefined);
      }
      console.error(`Screenshots: ${saved.join(', ')}\nServer output (end):\n${running?.output().slice(-2000) ?? ''}`);
      throw error;
    }
  });
}

describe(`the journey from nothing to a first signup and a swap (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let salon: Salon;
  let sites: Sites;
  let browser: Browser;
  let janeContext: BrowserContext;
  let jane: Watched;
  let janeOrigin: string;
  let maraOrigin: string;
  const authorPages: Watched[] = [];

  before(async () => {
    sites = await startSites();
    janeOrigin = `http://jane.test:${sites.port}`;
    maraOrigin = `http://mara.test:${sites.port}`;
    running = salon = await startSalon({
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      // The calendar feed Jane imports is served from this machine.
      SALON_ALLOW_PRIVATE_FEEDS: '1',
    });
    browser = await launchBrowser();
    janeContext = await browser.createBrowserContext();
    jane = await open(janeContext);
  });

  after(async () => {
    await browser?.close();
    await salon?.stop();
    await sites?.close();
  });

  step('1. a new author signs in with an emailed link and creates her site', async () => {
    await signIn(salon, jane.page, JANE);
    await waitText(jane.page, 'salon-console >>> salon-console-new-site >>> h1', /^Create your site$/);
    await screenshot(jane.page, 'console-new-site');
    await createSite(jane.page, 'Jane Doe', 'Jane Doe — fantasy author', janeOrigin, 'fr');
    assert.match(await jane.page.evaluate(() => location.hash), /^#\/jane-doe\/home$/);
    assert.match(await textOf(jane.page, 'salon-console >>> salon-console-home >>> #progress'), /^2 of 5 steps done$/);
  });

  step('2. she creates a mastermind and a weekly event in her time zone, and imports her calendar feed', async () => {
    const { page } = jane;
    await navigate(page, /^Groups$/);
    const groups = 'salon-console >>> salon-console-groups';
    await press(page, groups, /^Create (a|your first) group$/);
    await waitFor(page, `${groups} >>> #name`);
    await fill(page, `${groups} >>> #name`, 'Spring Fantasy Mastermind');
    await fill(page, `${groups} >>> #kind`, 'mastermind');
    await fill(page, `${groups} >>> #description`, 'Eight fantasy authors, every Wednesday for twelve weeks.');
    await fill(page, `${groups} >>> #seats`, '8');
    await click(page, `${groups} >>> #add-question`);
    await fill(page, `${groups} >>> #q-0-label`, 'Your genre');
    await fill(page, `${groups} >>> #q-0-type`, 'select');
    await click(page, `${groups} >>> #q-0-required`);
    await waitFor(page, `${groups} >>> #q-0-choice-0`);
    await fill(page, `${groups} >>> #q-0-choice-0`, 'Epic fantasy');
    if (!(await page.$(`${groups} >>> #q-0-choice-1`))) await click(page, `${groups} >>> #q-0-add-choice`);
    await fill(page, `${groups} >>> #q-0-choice-1`, 'Cozy fantasy');
    await fill(page, `${groups} >>> #consentText`, 'I agree that Jane Doe may email me about my application and the mastermind’s meetings.');
    await screenshot(page, 'console-group-editor');
    await click(page, `${groups} >>> form button[type=submit]`);
    await page.waitForFunction(() => /#\/jane-doe\/groups/.test(location.hash) && !location.hash.endsWith('/new'));

    await navigate(page, /^Events$/);
    const events = 'salon-console >>> salon-console-events';
    await press(page, events, /^Add an event$/);
    await waitFor(page, `${events} >>> #title`);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const date = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await fill(page, `${events} >>> #title`, 'Mastermind — weekly call');
    await fill(page, `${events} >>> #date`, date);
    await fill(page, `${events} >>> #time`, '19:00');
    await fill(page, `${events} >>> #duration`, '90');
    assert.equal(await page.$eval(`${events} >>> #time-zone`, (el) => (el as HTMLSelectElement).value), zone, 'her own zone by default');
    await fill(page, `${events} >>> #repeat`, 'weekly');
    await waitText(page, `${events} >>> #repeat-summary`, /^Every week on \w+$/);
    await screenshot(page, 'console-event-editor');
    await click(page, `${events} >>> form button[type=submit]`);
    await page.waitForFunction(() => /#\/jane-doe\/events\/mastermind-weekly-call$/.test(location.hash));

    // Her existing public calendar, as an ICS feed.
    const start = new Date(Date.now() + 10 * 86_400_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
    const feed = sites.put(
      '127.0.0.1',
      '/jane.ics',
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Jane//EN', 'BEGIN:VEVENT', 'UID:signing-1@janedoe', `DTSTAMP:${start}Z`, `DTSTART:${start}Z`, 'DURATION:PT2H', 'SUMMARY:Signing at the Lantern Bookshop', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'),
      'text/calendar',
    );
    await navigate(page, /^Events$/);
    await waitFor(page, `${events} >>> #feed-url`);
    await fill(page, `${events} >>> #feed-url`, feed);
    await click(page, `${events} >>> #feed-url`);
    await page.keyboard.press('Enter');
    await waitText(page, events, /1 imported/);
    await waitText(page, events, /Signing at the Lantern Bookshop/);
    await screenshot(page, 'console-events');
  });

  let code: Awaited<ReturnType<typeof embedCode>>;

  step('3. she pastes the embed code into her own website: the script tag, the loader and the module build all work, in French', async () => {
    code = await embedCode(jane.page);
    await screenshot(jane.page, 'console-embed');
    assert.match(code.scripts.script, new RegExp(`^<link rel="preconnect" href="${salon.url}" crossorigin>\n<script src="${salon.url}/cdn/salon\\.iife\\.js" data-api="${salon.url}/" data-site="jane-doe"></script>$`), 'no data-lang: the widgets follow the page’s language');
    assert.match(code.scripts.loader, /\/cdn\/loader\.js"/);
    assert.match(code.scripts.module, /^<link rel="preconnect" [^>]+>\n<script type="module" src="[^"]+\/cdn\/salon\.js" data-salon /);
    assert.deepEqual(code.tags, [
      '<salon-group-signup group="spring-fantasy-mastermind"></salon-group-signup>',
      '<salon-event-calendar view="list"></salon-event-calendar>',
      '<salon-swap-card placement="sidebar" layout="card"></salon-swap-card>',
    ]);
    for (const loading of ['script', 'loader', 'module'] as const) {
      const url = sites.put('jane.test', `/${loading}.html`, authorPage('Jane Doe', 'fr', code.scripts[loading], code.tags.join('\n')));
      const reader = await open(await browser.createBrowserContext());
      authorPages.push(reader);
      await reader.page.goto(url);
      await waitText(reader.page, 'salon-group-signup >>> form', /Spring Fantasy Mastermind|S’inscrire/);
      assert.match(await textOf(reader.page, 'salon-group-signup >>> button[type=submit]'), /^S’inscrire$/, `${loading}: in French`);
      await waitText(reader.page, 'salon-event-calendar', /Mastermind — weekly call/);
      await waitText(reader.page, 'salon-event-calendar', /Signing at the Lantern Bookshop/);
      await waitText(reader.page, 'salon-swap-card', /Aucune recommandation pour le moment/);
      assert.deepEqual(reader.problems, [], `${loading}: no errors on Jane's page`);
    }
  });

  step('4. a reader signs up there and confirms; Jane sees it with its proof of consent and downloads the CSV', async () => {
    const reader = authorPages[0]!;
    const { page } = reader;
    await page.reload();
    await waitFor(page, 'salon-group-signup >>> #email');
    await fill(page, 'salon-group-signup >>> #email', READER);
    await fill(page, 'salon-group-signup >>> #name', 'Ada Reader');
    await fill(page, 'salon-group-signup >>> select', 'epic-fantasy');
    await click(page, 'salon-group-signup >>> #consent');
    await sleep(1100); // people take longer than the server's one-second bot check
    await click(page, 'salon-group-signup >>> button[type=submit]');
    await waitText(page, 'salon-group-signup >>> [role=status]', /consultez votre boîte de réception/);
    const confirm = await salon.link(READER);
    await page.goto(confirm);
    // Opening the link shows a button (mail scanners open links too); pressing it confirms. In
    // French: the reader signed up on a French page.
    await waitText(page, 'body', /Confirmez votre adresse e-mail pour rejoindre Spring Fantasy Mastermind/);
    await click(page, 'form button');
    await waitText(page, 'body', /Vous êtes inscrit·e !/);
    assert.deepEqual(reader.problems, []);

    await navigate(jane.page, /^Groups$/);
    const groups = 'salon-console >>> salon-console-groups';
    await press(jane.page, groups, /^Signups \(Spring Fantasy Mastermind\)$/);
    const signups = await waitText(jane.page, groups, /reader@example\.com/);
    assert.match(signups, /Ada Reader/);
    assert.match(signups, /I agree that Jane Doe may email me about my application/);
    assert.match(signups, new RegExp(`${janeOrigin.replace(/\./g, '\\.')}/script\\.html`), 'the page the reader signed up on');
    await screenshot(jane.page, 'console-signups');
    const href = await jane.page.$eval(`${groups} >>> a[download]`, (a) => (a as HTMLAnchorElement).href);
    const csv = await jane.page.evaluate(async (url) => (await fetch(url)).text(), href);
    const row = csv.split('\r\n').find((line) => line.includes(READER));
    assert.ok(row, csv);
    assert.match(row, /^spring-fantasy-mastermind,reader@example\.com,Ada Reader,confirmed,/);
    assert.match(row, /I agree that Jane Doe may email me about my application/);
  });

  step('5. a second author finds her in the directory, proposes a swap; she accepts; both cards and both ledgers show it', async () => {
    // Jane lists herself and adds the book she lends.
    await listInDirectory(jane.page, 'fantasy, romantasy');
    await addBook(jane.page, 'The Lantern King', 'fantasy', 'Kobo', 'https://www.kobo.com/lantern-king');

    // Mara, in a browser of her own.
    const mara = await open(await browser.createBrowserContext());
    await signIn(salon, mara.page, MARA);
    await createSite(mara.page, 'Mara Vale', 'Mara Vale — mysteries with magic', maraOrigin, 'en');
    await listInDirectory(mara.page, 'fantasy, mystery');
    await addBook(mara.page, 'The Salt Archive', 'fantasy, mystery', 'Bookshop', 'https://bookshop.org/salt-archive');
    // Her newsletter, for Jane's readers to join through the card; its id comes from its name.
    await navigate(mara.page, /^Groups$/);
    const groups = 'salon-console >>> salon-console-groups';
    await press(mara.page, groups, /^Create (a|your first) group$/);
    await fill(mara.page, `${groups} >>> #name`, 'The Salt Letter');
    await fill(mara.page, `${groups} >>> #kind`, 'newsletter');
    await fill(mara.page, `${groups} >>> #consentText`, 'I agree that Mara Vale may email me her newsletter.');
    await click(mara.page, `${groups} >>> form button[type=submit]`);
    await mara.page.waitForFunction(() => /#\/mara-vale\/groups/.test(location.hash) && !location.hash.endsWith('/new'));

    // The directory, by genre; the proposal.
    await navigate(mara.page, /^Books and swaps$/);
    const swaps = 'salon-console >>> salon-console-swaps';
    await press(mara.page, swaps, /^Open the directory$/);
    await waitFor(mara.page, `${swaps} >>> #genre`);
    await fill(mara.page, `${swaps} >>> #genre`, 'romantasy');
    await waitText(mara.page, `${swaps} >>> ul.list`, /Jane Doe/);
    await screenshot(mara.page, 'console-directory');
    await press(mara.page, `${swaps} >>> ul.list`, /Propose a swap/);
    await waitFor(mara.page, `${swaps} >>> #partner-book`);
    await click(mara.page, `${swaps} >>> form button[type=submit]`);
    await waitText(mara.page, swaps, /Your proposal is sent to Jane Doe/);

    // Jane accepts.
    await navigate(jane.page, /^Getting started$/);
    await waitText(jane.page, 'salon-console >>> salon-console-home', /proposed a list swap to you/);
    await navigate(jane.page, /^Books and swaps$/);
    await waitText(jane.page, `${swaps} >>> #waiting`, /waiting for your answer/);
    await screenshot(jane.page, 'console-proposal');
    await press(jane.page, `${swaps} >>> section[aria-labelledby=waiting]`, /^Accept/);
    await waitText(jane.page, swaps, /You accepted the swap with Mara Vale/);

    // Each author's website shows the other's book.
    const maraPage = sites.put('mara.test', '/index.html', authorPage('Mara Vale', 'en', code.scripts.script.replace('data-site="jane-doe"', 'data-site="mara-vale"'), '<salon-swap-card></salon-swap-card>'));
    const onMara = await open(await browser.createBrowserContext());
    await onMara.page.goto(maraPage);
    await waitText(onMara.page, 'salon-swap-card', /Readers of Mara Vale also like.*The Lantern King/);
    assert.deepEqual(onMara.problems, []);

    // A reader on Jane's website: sees Mara's book (an impression), follows a buy link (a click),
    // and joins Mara's newsletter through the card (a signup).
    const reader = await open(await browser.createBrowserContext());
    const janePage = sites.put('jane.test', '/swap.html', authorPage('Jane Doe', 'fr', code.scripts.script, '<salon-swap-card></salon-swap-card>'));
    await reader.page.goto(janePage);
    await waitText(reader.page, 'salon-swap-card', /Recommandé par Jane Doe.*The Salt Archive/);
    await sleep(1500); // half the card in view for a second counts as seen
    // The shop opens in a new tab; the reader closes it and comes back (a hidden tab gets no frames).
    const shop = new Promise<Page | null>((resolve) => reader.page.once('popup', resolve));
    await click(reader.page, 'salon-swap-card >>> .links a');
    await (await shop)?.close();
    await reader.page.bringToFront();
    await press(reader.page, 'salon-swap-card', /Recevoir la lettre de Mara Vale/);
    await fill(reader.page, 'salon-swap-card >>> input[type=email]', 'fan@example.com');
    await click(reader.page, 'salon-swap-card >>> input[name=consent]');
    await click(reader.page, 'salon-swap-card >>> form button[type=submit]');
    await waitText(reader.page, 'salon-swap-card', /confirmez votre abonnement à la lettre de Mara Vale/);
    await sleep(1500); // counts are sent in a batch after a second
    assert.deepEqual(reader.problems, []);

    // Both ledgers, in figures and as a chart.
    const ledger = () => 'salon-console >>> salon-console-swaps >>> salon-console-swap-ledger';
    for (const [author, page, sent, received] of [
      // Mara's own page showed Jane's book once, too.
      ['Jane', jane.page, ['1', '1', '1'], ['1', '0', '0']],
      ['Mara', mara.page, ['1', '0', '0'], ['1', '1', '1']],
    ] as const) {
      await page.reload();
      await waitFor(page, `${ledger()} >>> table tbody`);
      const figures = await page.$eval(`${ledger()} >>> table tbody`, (group) =>
        [...group.querySelectorAll('tr:has(td)')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
      );
      assert.deepEqual(figures.map((row) => row[0]), [...sent], `${author} sent: impressions, clicks, signups`);
      assert.deepEqual(figures.map((row) => row[1]), [...received], `${author} received`);
      await waitFor(page, `${ledger()} >>> salon-console-ledger-chart >>> .plot canvas`);
      const label = await page.$eval(`${ledger()} >>> salon-console-ledger-chart >>> .plots`, (el) => el.getAttribute('aria-label'));
      assert.match(label!, /^Chart of the last 30 days with (Mara Vale|Jane Doe), day by day\./);
      if (author === 'Jane') await screenshot(page, 'console-ledger');
    }
    if (shots) {
      await navigate(jane.page, /^Getting started$/);
      await waitFor(jane.page, 'salon-console >>> salon-console-home >>> ol.steps');
      await screenshot(jane.page, 'console-home');
      await jane.page.setViewport({ width: 390, height: 844 });
      await screenshot(jane.page, 'console-phone');
    }
    assert.deepEqual(jane.problems, [], 'the console logged no error');
    assert.deepEqual(mara.problems, []);
  });
});
