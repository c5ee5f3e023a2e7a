// node bench/first-render/run.mjs — time from navigation to the first event title on screen, for
// a page with one <salon-event-calendar> (salon.iife.js, and the per-element loader) against the
// reference server (the compiled server, seeded, as `npm start` runs it), for the floor (a page
// whose ~1 KB inline script makes the calendar's first request and prints the titles and
// Intl-formatted dates into a shadow root: what any calendar fed by the API must pay) and for
// add-to-calendar-button for one event (its npm package, bundled and minified like Salon's CDN
// build). One headless Chromium, cache disabled, scripts served gzipped, the pages interleaved
// (a, b, c, d, a, b, …) so the machine's noise hits them alike; in two conditions: loopback, and
// a slow mobile (150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU 4× slower) applied to every page.
// Medians of RUNS loads after one warm-up round, with the spread, the bytes and requests, and when
// the script arrived and the events request went out and came back. Then the cumulative layout
// shift of the demo page (/) as it loads. Run `npm run build && npm run build:server` first.
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { root, startReferenceServer } from '../reference-server.mjs';

const RUNS = Number(process.env.RUNS ?? 9);

// add-to-calendar-button bundled like Salon's CDN build.
const id = '\0atcb';
const bundle = await rollup({
  input: id,
  plugins: [
    { name: 'entry', resolveId: (i) => (i === id ? id : null), load: (i) => (i === id ? "import 'add-to-calendar-button';" : null) },
    nodeResolve({ browser: true }),
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
  ],
  onwarn: () => {},
});
const { output } = await bundle.generate({
  format: 'es',
  inlineDynamicImports: true,
  plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
});
const atcbJs = output[0].code;

// The reference server: API, demo and CDN build.
const api = await startReferenceServer({ SALON_RATE_LIMIT: 'off' });
const apiUrl = api.url;

// The author's pages, on an origin of their own, as a real site would be. BEFORE=<a dist/cdn folder>
// adds the calendar page on that build, without the preconnect, to the rounds (served at /before/).
const cdnDir = join(root, 'dist/cdn');
const before = process.env.BEFORE;
const page = (name) => readFileSync(join(root, 'bench/first-render', name), 'utf8').replaceAll('__API__', apiUrl);
const pages = ['salon.html', 'floor.html', 'atcb.html'];
const types = { html: 'text/html', js: 'text/javascript' };
// Compressed, as any CDN or host serves scripts; /cdn/ is the build (salon.iife.js, loader.js, elements/).
const site = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  let body;
  if (pages.includes(path.slice(1))) body = page(path.slice(1));
  // The calendar page with the per-element loader instead of the whole bundle.
  else if (path === '/loader.html') body = page('salon.html').replace('/cdn/salon.iife.js', '/cdn/loader.js');
  else if (path === '/before.html') body = page('salon.html').replace(/^\s*<link rel="preconnect".*\n/m, '').replace('/cdn/', '/before/');
  else if (before && /^\/before\/[\w.-]+\.js$/.test(path)) body = readFileSync(join(before, path.slice(8)));
  else if (path === '/atcb.js') body = atcbJs;
  else if (/^\/cdn\/[\w/.-]+\.js$/.test(path) && !path.includes('..') && existsSync(join(cdnDir, path.slice(5)))) body = readFileSync(join(cdnDir, path.slice(5)));
  else return res.writeHead(404).end();
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res
    .writeHead(200, { 'content-type': types[path.split('.').pop()], ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
    .end(gzip ? gzipSync(body, { level: 9 }) : body);
});
await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
const siteUrl = `http://127.0.0.1:${site.address().port}`;

const executablePath = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await puppeteer.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-extensions', '--disable-component-update', '--disable-domain-reliability', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});

const conditions = {
  loopback: null,
  'slow mobile': { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, cpu: 4 },
};

const calendarShown = () => document.querySelector('salon-event-calendar')?.shadowRoot?.querySelector('.body[aria-busy=false] .event') && performance.now();
const subjects = [
  { name: 'salon', label: 'one `<salon-event-calendar>`, salon.iife.js', path: '/salon.html', shown: calendarShown },
  ...(before ? [{ name: 'before', label: `the same, salon.iife.js from ${before}, no preconnect`, path: '/before.html', shown: calendarShown }] : []),
  { name: 'loader', label: 'the same through loader.js + elements/', path: '/loader.html', shown: calendarShown },
  { name: 'floor', label: 'the floor: ~1 KB inline script, same request, titles + Intl dates', path: '/floor.html', shown: () => document.querySelector('event-floor')?.shadowRoot?.querySelector('.event') && performance.now() },
  { name: 'atcb', label: 'one `<add-to-calendar-button>` 2.15.0, one event in attributes', path: '/atcb.html', shown: () => document.querySelector('add-to-calendar-button')?.shadowRoot?.querySelector('button') && performance.now() },
];

/**
 * One cold load under a condition: ms from navigation to `shown()` being true (checked every
 * frame), bytes, requests, and when the page's script arrived and the events request was made
 * and answered (resource timing; the floor's script is inline).
 */
async function load(url, shown, condition) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  await tab.setViewport({ width: 1000, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  if (condition) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: condition.latency,
      downloadThroughput: condition.download,
      uploadThroughput: condition.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  }
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  // Checked every frame from the page's start, so a page that shows its data before `load` is timed right.
  await tab.evaluateOnNewDocument(`(() => {
    const shown = ${shown};
    const check = () => (window.__shown = shown()) || requestAnimationFrame(check);
    requestAnimationFrame(check);
  })()`);
  await tab.goto(url);
  const ms = await (await tab.waitForFunction(() => window.__shown, { timeout: 30_000 })).jsonValue();
  const times = await tab.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const script = entries.filter((e) => e.initiatorType === 'script' && /\.js$/.test(e.name)).map((e) => e.responseEnd);
    const events = entries.find((e) => e.name.includes('/events?'));
    return { script: script.length ? Math.max(...script) : undefined, sent: events?.startTime, answered: events?.responseEnd };
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await tab.close();
  return { ms, bytes, requests, ...times };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [condition, settings] of Object.entries(conditions)) {
  const runs = Object.fromEntries(subjects.map((s) => [s.name, []]));
  // Round 0 is the warm-up (the servers' first answers); then a, b, c, d, a, b, c, d, …
  for (let round = 0; round <= RUNS; round++) {
    for (const { name, path, shown } of subjects) {
      const run = await load(siteUrl + path, shown, settings);
      if (round) runs[name].push(run);
    }
  }
  results[condition] = Object.fromEntries(
    subjects.map(({ name }) => {
      const of = (key) => runs[name].map((r) => r[key]).filter((x) => x !== undefined);
      const ms = of('ms');
      return [name, { ms: median(ms), min: Math.min(...ms), max: Math.max(...ms), bytes: median(of('bytes')), requests: median(of('requests')), script: median(of('script')), sent: median(of('sent')), answered: median(of('answered')) }];
    }),
  );
}

// Cumulative layout shift of the demo page while it loads and its widgets fill in.
const demo = await browser.newPage();
await demo.setViewport({ width: 1200, height: 900 });
await demo.evaluateOnNewDocument(() => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
});
await demo.goto(`${apiUrl}/`, { waitUntil: 'networkidle0' });
await new Promise((resolve) => setTimeout(resolve, 1500));
const cls = await demo.evaluate(() => window.__cls);
await browser.close();
site.close();
api.stop();

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const at = (x) => (x === undefined ? '–' : x.toFixed(0));
console.log(`medians of ${RUNS} cold loads per page (cache disabled), pages interleaved, after a warm-up round; headless Chromium\n`);
for (const [condition, r] of Object.entries(results)) {
  const settings = conditions[condition];
  console.log(`${condition}${settings ? ` (${settings.latency} ms RTT, ${(settings.download * 8) / 1e6} Mbps down, ${(settings.upload * 8) / 1e3} kbps up, CPU ${settings.cpu}× slower)` : ''}\n`);
  console.log('| page | first event title (ms) | spread | transferred | requests | script arrived | events request sent | answered |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { name, label } of subjects) {
    const x = r[name];
    console.log(`| ${label} | ${at(x.ms)} | ${at(x.min)}–${at(x.max)} | ${kb(x.bytes)} | ${x.requests} | ${at(x.script)} | ${at(x.sent)} | ${at(x.answered)} |`);
  }
  const ratio = (a, b) => (r[a].ms / r[b].ms).toFixed(2);
  console.log(`\ncalendar / floor: ${ratio('salon', 'floor')}${before ? ` (before: ${ratio('before', 'floor')})` : ''} (through the loader: ${ratio('loader', 'floor')}); floor / add-to-calendar-button: ${ratio('floor', 'atcb')}\n`);
}
console.log(`Cumulative layout shift of the demo page (/) while it loads: ${cls.toFixed(4)}`);
