// node bench/screenshots.mjs — the README's screenshots, from headless Chromium: the demo site as
// `npm start` serves it (the compiled reference server, seeded, on a free port, in a throwaway
// data folder), on a desktop and on a phone, the embed-code builder and the React and Vue examples. Run `npm run build && npm run build:server` first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = join(root, 'dist/server-build/server/main.js');
if (!existsSync(main) || !existsSync(join(root, 'dist/cdn/salon.iife.js'))) {
  throw new Error('Run `npm run build && npm run build:server` first.');
}
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'salon-shots-'));
const server = spawn(process.execPath, [main], {
  cwd: root,
  env: { ...process.env, PORT: '0', SALON_DATA_DIR: dataDir, SALON_ADMIN_TOKEN: 'screenshots' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
// The server picks a free port and names it when it starts.
const port = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const started = /Salon: http:\/\/localhost:(\d+)\//.exec(out);
    if (started) resolve(started[1]);
  });
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

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
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle0' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
