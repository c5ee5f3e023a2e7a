// node bench/screenshots.mjs — the README's screenshots, from headless Chromium: the demo site as
// `npm start` serves it (bench/reference-server.mjs), on a desktop and on a phone, the embed-code
// builder and the React and Vue examples. Run `npm run build && npm run build:server` first.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { root, startReferenceServer } from './reference-server.mjs';

const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await startReferenceServer();

const executablePath = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, path, width, height, mobile] of [
    ['demo-desktop', '/', 1200, 1500, false],
    ['demo-phone', '/', 390, 1600, true],
    ['builder', '/builder/', 1200, 2100, false],
    ['examples', '/examples/', 1200, 1400, false],
  ]) {
    const page = await browser.newPage();
    await page.emulateTimezone('America/Los_Angeles');
    await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: mobile, hasTouch: mobile });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
