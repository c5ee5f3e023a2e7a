// node bench/first-render/run.mjs — time from navigation to the widget showing its data, for a page
// with one <salon-event-calendar> against the reference server on loopback (the compiled server,
// seeded, as `npm start` runs it) and for the same page with add-to-calendar-button for one event
// (its npm package, bundled and minified like Salon's CDN build), side by side in one headless
// Chromium, cache disabled, scripts served gzipped: medians of RUNS loads, with the bytes transferred and the requests
// made. Then the cumulative layout shift of the demo page (/) as it loads. Run `npm run build &&
// npm run build:server` first.
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

const RUNS = Number(process.env.RUNS ?? 7);

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

// The author's pages, on an origin of their own, as a real site would be.
const page = (name) => readFileSync(join(root, 'bench/first-render', name), 'utf8').replace('__API__', apiUrl);
const routes = {
  '/salon.html': ['text/html', () => page('salon.html')],
  '/atcb.html': ['text/html', () => page('atcb.html')],
  '/atcb.js': ['text/javascript', () => atcbJs],
  '/cdn/salon.iife.js': ['text/javascript', () => readFileSync(join(root, 'dist/cdn/salon.iife.js'))],
};
// Compressed, as any CDN or host serves scripts.
const site = createServer((req, res) => {
  const route = routes[new URL(req.url, 'http://x').pathname];
  if (!route) return res.writeHead(404).end();
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = route[1]();
  res
    .writeHead(200, { 'content-type': route[0], ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
    .end(gzip ? gzipSync(body, { level: 9 }) : body);
});
await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
const siteUrl = `http://127.0.0.1:${site.address().port}`;

const executablePath = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

/** One cold load: ms from navigation to `shown()` being true (checked every frame), bytes and requests. */
async function load(url, shown) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  await tab.setViewport({ width: 1000, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await tab.goto(url);
  const ms = await (await tab.waitForFunction(shown, { polling: 'raf', timeout: 10_000 })).jsonValue();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await tab.close();
  return { ms, bytes, requests };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, url, shown] of [
  ['salon', `${siteUrl}/salon.html`, () => document.querySelector('salon-event-calendar')?.shadowRoot?.querySelector('.body[aria-busy=false] .event') && performance.now()],
  ['atcb', `${siteUrl}/atcb.html`, () => document.querySelector('add-to-calendar-button')?.shadowRoot?.querySelector('button') && performance.now()],
]) {
  const runs = [];
  for (let i = 0; i <= RUNS; i++) runs.push(await load(url, shown));
  runs.shift(); // warm-up: the servers' first answers
  results[name] = { ms: median(runs.map((r) => r.ms)), bytes: median(runs.map((r) => r.bytes)), requests: median(runs.map((r) => r.requests)) };
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
console.log(`median of ${RUNS} cold loads (cache disabled) after a warm-up, loopback, headless Chromium\n`);
console.log('| page | first render with data (ms) | transferred | requests |');
console.log('|---|---|---|---|');
console.log(`| one \`<salon-event-calendar>\`, a month of events from the reference server | ${results.salon.ms.toFixed(0)} | ${kb(results.salon.bytes)} | ${results.salon.requests} |`);
console.log(`| one \`<add-to-calendar-button>\` 2.15.0, one event in attributes | ${results.atcb.ms.toFixed(0)} | ${kb(results.atcb.bytes)} | ${results.atcb.requests} |`);
console.log(`\nSalon / add-to-calendar-button: time ${Math.round((results.salon.ms / results.atcb.ms) * 100)} %, bytes ${Math.round((results.salon.bytes / results.atcb.bytes) * 100)} %`);
console.log(`Cumulative layout shift of the demo page (/) while it loads: ${cls.toFixed(4)}`);
