// node bench/render/run.mjs — time to render 500 and 2,000 occurrences in a list and a month
// view, and to move to the next month, for <salon-event-calendar> (dist/cdn/salon.iife.js, so run
// `npm run build` first) and FullCalendar 6 (core + daygrid + list from npm, bundled here with the
// same rollup plugins and minifier as Salon's CDN build), side by side in one headless Chromium.
// Each row is the median of RUNS renders after a warm-up, each library in a fresh page.
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';

const RUNS = Number(process.env.RUNS ?? 7);
const file = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
if (!existsSync(file('dist/cdn/salon.iife.js'))) throw new Error('Run `npm run build` first.');

const bundle = await rollup({
  input: file('bench/render/fullcalendar-entry.mjs'),
  plugins: [nodeResolve({ browser: true }), replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } })],
});
const { output } = await bundle.generate({
  format: 'iife',
  plugins: [terser({ ecma: 2022, module: false, compress: { passes: 2 }, format: { comments: false } })],
});
const fullcalendarJs = output[0].code;

const routes = {
  '/': ['text/html', () => readFileSync(file('bench/render/page.html'))],
  '/bench.js': ['text/javascript', () => readFileSync(file('bench/render/bench.js'))],
  '/fullcalendar.js': ['text/javascript', () => fullcalendarJs],
  '/cdn/salon.iife.js': ['text/javascript', () => readFileSync(file('dist/cdn/salon.iife.js'))],
};
const server = createServer((req, res) => {
  const route = routes[new URL(req.url, 'http://x').pathname];
  if (!route) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': route[0] }).end(route[1]());
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const executablePath = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

async function measure(library, view, count) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.emulateTimezone('Europe/Berlin');
  await page.goto(url, { waitUntil: 'load' });
  const result = await page.evaluate((...args) => window.measure(...args), library, view, count, RUNS);
  await page.close();
  return result;
}

const ms = (x) => (x === null ? '—' : x.toFixed(1));
const rows = [];
for (const count of [500, 2000]) {
  for (const view of ['list', 'month']) {
    const salon = await measure('salon', view, count);
    const fc = await measure('fullcalendar', view, count);
    rows.push(`| ${view}, ${count} occurrences: render | ${ms(salon.render)} | ${ms(fc.render)} | ${Math.round((salon.render / fc.render) * 100)} % |`);
    if (view === 'month') {
      rows.push(`| month, ${count} occurrences: next month | ${ms(salon.next)} | ${ms(fc.next)} | ${Math.round((salon.next / fc.next) * 100)} % |`);
    }
  }
}
await browser.close();
server.close();

const gz = (code) => gzipSync(code, { level: 9 }).length;
console.log(`Chromium ${(await import('node:child_process')).execFileSync(executablePath, ['--version']).toString().trim()}, median of ${RUNS} runs after a warm-up, time zone Europe/Berlin, 1000 × 800 viewport\n`);
console.log('| what | Salon (ms) | FullCalendar 6.1.21 (ms) | Salon / FullCalendar |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`\nBytes (min + gzip -9): FullCalendar core + daygrid + list ${gz(fullcalendarJs)}; all of Salon (salon.iife.js) ${gz(readFileSync(file('dist/cdn/salon.iife.js')))}.`);
