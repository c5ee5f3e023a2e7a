import puppeteer from 'puppeteer-core';
const [url, out, width = '1100', tz = 'Europe/Berlin', action = ''] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const page = await browser.newPage();
await page.emulateTimezone(tz);
await page.setViewport({ width: Number(width), height: 900 });
page.on('console', (m) => console.log('console', m.type(), m.text(), m.location()?.url));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 800));
if (action) { await page.evaluate(action); await new Promise((r) => setTimeout(r, 800)); }
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
