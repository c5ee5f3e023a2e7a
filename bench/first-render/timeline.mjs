// node bench/first-render/timeline.mjs — where one calendar's first render goes, as marks on the page's
// clock: the script's arrival, the elements defined, the events request sent and answered, ICU's first
// start (the first Intl.DateTimeFormat), the page's first frames and paint, the answer parsed, and the
// first event in the shadow root. The page is bench/first-render/salon.html against the reference server
// (as run.mjs serves it), cold, three loads after a warm-up; CPU=4 slows the CPU as run.mjs's slow mobile
// does. Run `npm run build && npm run build:server` first.
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, startReferenceServer } from '../reference-server.mjs';

const api = await startReferenceServer({ SALON_RATE_LIMIT: 'off' });
const html = readFileSync(join(root, 'bench/first-render/salon.html'), 'utf8').replaceAll('__API__', api.url);
const js = gzipSync(readFileSync(join(root, 'dist/cdn/salon.iife.js')), { level: 9 });
const site = createServer((req, res) =>
  req.url.startsWith('/cdn/')
    ? res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip' }).end(js)
    : res.writeHead(200, { 'content-type': 'text/html' }).end(html),
).listen(0, '127.0.0.1');
await new Promise((resolve) => site.once('listening', resolve));

/** Runs in the page before its scripts: marks the first call of each thing watched. */
function probe() {
  const mark = (name) => performance.mark(name);
  const once = (name, wrapped) => {
    let first = true;
    return function (...args) {
      if (!first) return new.target ? new wrapped(...args) : wrapped.apply(this, args);
      first = false;
      mark(`${name} start`);
      const result = new.target ? new wrapped(...args) : wrapped.apply(this, args);
      mark(`${name} end`);
      return result;
    };
  };
  const DateTimeFormat = Intl.DateTimeFormat;
  Intl.DateTimeFormat = Object.assign(once('ICU (first Intl.DateTimeFormat)', DateTimeFormat), DateTimeFormat);
  Intl.DateTimeFormat.prototype = DateTimeFormat.prototype;
  const fetch = window.fetch;
  window.fetch = function (...args) {
    mark('events request sent');
    return fetch.apply(this, args);
  };
  const json = Response.prototype.json;
  Response.prototype.json = function () {
    mark('answer read (json)');
    return json.call(this).then((value) => (mark('answer parsed'), value));
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => (name === 'salon-provider' && mark('elements defined'), define(name, ...rest));
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
  const shown = () =>
    document.querySelector('salon-event-calendar')?.shadowRoot?.querySelector('.event') ? mark('first event in the DOM') : setTimeout(shown);
  setTimeout(shown);
  requestAnimationFrame(() => mark('first frame'));
}

const executablePath = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const cpu = Number(process.env.CPU ?? 1);
console.log(`one <salon-event-calendar> from salon.iife.js, cold, loopback${cpu > 1 ? `, CPU ${cpu}× slower` : ''}: ms on the page's clock\n`);
for (let run = 0; run < 4; run++) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  if (cpu > 1) await (await tab.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await tab.evaluateOnNewDocument(probe);
  await tab.goto(`http://127.0.0.1:${site.address().port}/`);
  await tab.waitForFunction(() => performance.getEntriesByName('first event in the DOM').length, { polling: 50 });
  const marks = await tab.evaluate(() => {
    const script = performance.getEntriesByType('resource').find((e) => e.name.includes('salon.iife.js'));
    const events = performance.getEntriesByType('resource').find((e) => e.name.includes('/events?'));
    return [
      ['script arrived', script.responseEnd],
      ['events answer arrived', events.responseEnd],
      ...[...performance.getEntriesByType('mark'), ...performance.getEntriesByType('paint')].map((m) => [m.name, m.startTime]),
    ].sort((a, b) => a[1] - b[1]);
  });
  await tab.close();
  if (run === 0) continue; // warm-up: the servers' first answers
  console.log(marks.map(([name, at]) => `${String(Math.round(at)).padStart(5)}  ${name}`).join('\n'), '\n');
}
await browser.close();
site.close();
api.stop();
