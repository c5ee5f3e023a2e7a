// node bench/first-render/intl-cold.mjs — what the first Intl call costs in a fresh page, beside
// reading the same local date through Date: the part of Salon's first render that is ICU starting
// up (any widget that formats dates or times with Intl pays it once per page; a page that already
// used Intl has paid it). Medians of RUNS fresh tabs in headless Chromium.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.RUNS ?? 9);
const executablePath = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const runs = [];
for (let i = 0; i < RUNS; i++) {
  const tab = await browser.newPage();
  await tab.goto('data:text/html,<p>Intl</p>');
  runs.push(
    await tab.evaluate(() => {
      const t0 = performance.now();
      const today = new Date();
      [today.getFullYear(), today.getMonth(), today.getDate(), today.getTimezoneOffset()];
      const t1 = performance.now();
      new Intl.DateTimeFormat('en', { timeZone: 'America/New_York', weekday: 'long', hour: 'numeric' }).format(0);
      const t2 = performance.now();
      new Intl.DateTimeFormat('de', { timeZone: 'Asia/Kolkata', month: 'long', day: 'numeric' }).format(0);
      const t3 = performance.now();
      return { date: t1 - t0, firstIntl: t2 - t1, nextIntl: t3 - t2 };
    }),
  );
  await tab.close();
}
await browser.close();
const median = (key) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)].toFixed(1);
console.log(`median of ${RUNS} fresh tabs, headless Chromium`);
console.log(`local date through Date:              ${median('date')} ms`);
console.log(`first Intl.DateTimeFormat on the page: ${median('firstIntl')} ms`);
console.log(`a second one (other locale and zone):  ${median('nextIntl')} ms`);
