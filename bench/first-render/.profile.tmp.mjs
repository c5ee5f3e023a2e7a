// Temporary: where the calendar's time goes (not committed).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { root, startReferenceServer } from '../reference-server.mjs';
const api = await startReferenceServer({ SALON_RATE_LIMIT: 'off' });
const file = process.env.PAGE ?? 'salon.html';
const site = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  let body = path === '/p.html' ? readFileSync(join(root, 'bench/first-render', file), 'utf8').replaceAll('__API__', api.url) : existsSync(join(root, 'dist', path)) ? readFileSync(join(root, 'dist', path)) : null;
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html' : 'text/javascript', 'content-encoding': 'gzip' }).end(gzipSync(body));
});
await new Promise((r) => site.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const slow = !!process.env.SLOW;
const rows = [];
for (let i = 0; i < Number(process.env.N ?? 5); i++) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  const cdp = await tab.createCDPSession();
  if (slow) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await tab.evaluateOnNewDocument(() => {
    const t = (window.__t = {});
    const f = window.fetch;
    window.fetch = function (...a) { t.fetch ??= performance.now(); return f.apply(this, a).then((r) => { (function __answerMarker() { const e = performance.now() + 2; while (performance.now() < e); })(); return r; }); };
    const D = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(D, { construct(T, args) { const s = performance.now(); const r = new T(...args); if (!t.icu) t.icu = [s, performance.now(), new Error().stack.split('\n').slice(2, 5).join(' / ')]; return r; }, apply(T, th, args) { const s = performance.now(); const r = T(...args); if (!t.icu) t.icu = [s, performance.now(), 'call']; return r; } });
    const def = customElements.define;
    customElements.define = function (...a) { t.define ??= performance.now(); return def.apply(this, a); };
    addEventListener('DOMContentLoaded', () => (t.dcl = performance.now()));
    const check = () => { const el = document.querySelector('salon-event-calendar'); if (el?.shadowRoot?.querySelector('h2') && !t.firstRender) t.firstRender = performance.now(); if (el?.shadowRoot?.querySelector('.body[aria-busy=false] .event')) t.shown = performance.now(); else requestAnimationFrame(check); };
    requestAnimationFrame(check);
  });
  if (process.env.PROF) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
  await tab.goto(`http://127.0.0.1:${site.address().port}/p.html`);
  await tab.waitForFunction(() => window.__t.shown, { timeout: 30000 });
  const r = await tab.evaluate(() => {
    const e = performance.getEntriesByType('resource');
    const s = e.find((x) => x.name.endsWith('.js'));
    const ev = e.find((x) => x.name.includes('/events?'));
    return { ...window.__t, scriptEnd: s?.responseEnd, sent: ev?.startTime, answered: ev?.responseEnd };
  });
  rows.push(r);
  if (process.env.PROF) {
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // sample times relative to profile start; align with navigation via the last sample ~ now
    let t = profile.startTime; const self = new Map(); const from = Number(process.env.FROM ?? 0), to = Number(process.env.TO ?? 1e9);
    const nav = profile.startTime; // µs
    const origin = await tab.evaluate(() => performance.timeOrigin);
    profile.samples.forEach((id, i) => { t += profile.timeDeltas[i]; const ms = (t / 1000) - 0; self.set(i, [id, t]); });
    const agg = new Map();
    // map profile clock to page clock: profile uses monotonic µs; page timeOrigin is epoch ms. Use relative: first sample = profile.startTime.
    const phase = process.env.PHASE; // 'pre' (before fetch) or 'post' (after answered)
    let on = !process.env.POST;
    for (const [, [id, tt]] of self) {
      if (byId.get(id).callFrame.functionName === '__answerMarker') on = true;
      if (!on) continue;
      const n = byId.get(id); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      agg.set(key, (agg.get(key) ?? 0) + 1);
    }
    console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 10).toFixed(1)}ms ${k}`).join('\n'));
  }
  await tab.close();
}
for (const r of rows) console.log(['scriptEnd', 'define', 'dcl', 'fetch', 'sent', 'firstRender', 'answered', 'shown'].map((k) => `${k} ${r[k]?.toFixed(0)}`).join('  '), ' icu', r.icu?.slice(0, 2).map((x) => x.toFixed(0)).join('-'), r.icu?.[2]);
await browser.close(); site.close(); api.stop();
