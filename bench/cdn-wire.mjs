// What a reader's browser downloads from the reference server's /cdn/ on an author's page: each
// entry file as a browser asks for it from another origin (Accept-Encoding: gzip, deflate, br),
// the bytes on the wire, the encoding, whether the page may load it (CORS) and how long it may be
// cached. Needs `npm run build && npm run build:server`. Results in BENCHMARKS.md.
import { request } from 'node:http';
import { startReferenceServer } from './reference-server.mjs';

const files = ['salon.iife.js', 'salon.js', 'loader.js', 'elements/group-signup.js', 'elements/event-calendar.js', 'locales/fr.js'];

/** One GET as sent (fetch would decompress): status, headers and the bytes that crossed the wire. */
const get = (url, headers) =>
  new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });

const server = await startReferenceServer();
try {
  const rows = [];
  for (const file of files) {
    const url = `${server.url}/cdn/${file}`;
    const plain = await get(url, { origin: 'http://jane.test', 'accept-encoding': 'identity' });
    const gzip = await get(url, { origin: 'http://jane.test', 'accept-encoding': 'gzip' });
    const browser = await get(url, { origin: 'http://jane.test', 'accept-encoding': 'gzip, deflate, br' });
    const again = await get(url, { origin: 'http://jane.test', 'accept-encoding': 'gzip, deflate, br', 'if-none-match': browser.headers.etag });
    rows.push({
      file,
      identity: plain.bytes,
      gzip: gzip.bytes,
      wire: browser.bytes,
      encoding: browser.headers['content-encoding'] ?? 'none',
      cors: browser.headers['access-control-allow-origin'] ?? '—',
      cache: browser.headers['cache-control'],
      revalidated: again.status,
    });
  }
  const width = Math.max(...rows.map((r) => r.file.length));
  console.log(`${'file'.padEnd(width)}  ${'identity'.padStart(8)}  ${'gzip'.padStart(6)}  ${'browser'.padStart(7)}  enc  cors  revalidated  cache-control`);
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(width)}  ${String(r.identity).padStart(8)}  ${String(r.gzip).padStart(6)}  ${String(r.wire).padStart(7)}  ${r.encoding.padEnd(3)}  ${r.cors.padEnd(4)}  ${String(r.revalidated).padEnd(11)}  ${r.cache}`,
    );
  }
} finally {
  server.stop();
}
