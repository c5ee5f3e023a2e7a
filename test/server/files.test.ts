// The files beside the API: the CDN build any author's page loads from another origin (CORS,
// types, precompressed brotli and gzip, caching by kind), the console (its own origin only, never
// framed) and the demo pages. Needs `npm run build` first (npm test builds before these run).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { root } from '../../server/paths.js';
import { startServer, type TestServer } from './harness.js';

/** A request whose answer is read as sent (fetch would decompress it and ask for compression itself). */
function raw(server: TestServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Headers; body: Buffer; text(): Promise<string> }>((resolve, reject) => {
    const request = httpRequest(server.url + path, { method, headers: { 'accept-encoding': 'identity', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const all = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') all.set(name, value);
        resolve({ status: response.statusCode!, headers: all, body, text: async () => body.toString('utf8') });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('files beside the API', () => {
  let server: TestServer;
  before(async () => {
    assert.ok(existsSync(join(root, 'dist/cdn/salon.iife.js')), 'run `npm run build` first');
    server = await startServer({ files: root });
  });
  after(() => server.close());

  it('serves the CDN files to any origin, as JavaScript, brotli or gzip as the browser takes them', async () => {
    const file = readFileSync(join(root, 'dist/cdn/salon.iife.js'));
    const br = await raw(server, '/cdn/salon.iife.js', { 'accept-encoding': 'gzip, deflate, br', origin: 'https://janedoe.example' });
    assert.equal(br.status, 200);
    assert.equal(br.headers.get('access-control-allow-origin'), '*');
    assert.equal(br.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.equal(br.headers.get('vary'), 'Accept-Encoding');
    assert.equal(br.headers.get('x-content-type-options'), 'nosniff');
    const { body } = br;
    assert.ok(body.length < file.length / 3, `${body.length} bytes on the wire for ${file.length}`);
    assert.deepEqual(brotliDecompressSync(body), file);

    const gz = await raw(server, '/cdn/salon.iife.js', { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(gunzipSync(gz.body), file);

    const plain = await raw(server, '/cdn/salon.iife.js', { 'accept-encoding': 'identity' });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.deepEqual(plain.body, file);
    const refused = await raw(server, '/cdn/salon.iife.js', { 'accept-encoding': 'br;q=0, gzip' });
    assert.equal(refused.headers.get('content-encoding'), 'gzip', 'q=0 means no');
  });

  it('lets the module build, the loader, its elements and the locale chunks load from another origin', async () => {
    const chunks = readdirSync(join(root, 'dist/cdn/elements/chunks')).filter((f) => f.endsWith('.js'));
    for (const path of ['/cdn/salon.js', '/cdn/loader.js', '/cdn/locales/fr.js', '/cdn/elements/event-calendar.js', `/cdn/elements/chunks/${chunks[0]}`]) {
      const response = await raw(server, path, { origin: 'http://jane.test:5000' });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
      assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8', path);
    }
  });

  it('caches hashed chunks for good and revalidates entry files, answering 304 to a matching ETag', async () => {
    const chunk = readdirSync(join(root, 'dist/cdn/elements/chunks')).find((f) => f.endsWith('.js'))!;
    assert.equal((await raw(server, `/cdn/elements/chunks/${chunk}`)).headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const entry = await raw(server, '/cdn/loader.js', { 'accept-encoding': 'br' });
    assert.equal(entry.headers.get('cache-control'), 'public, max-age=300, must-revalidate');
    const tag = entry.headers.get('etag')!;
    assert.match(tag, /^"[\w-]+-br"$/);
    const again = await raw(server, '/cdn/loader.js', { 'accept-encoding': 'br', 'if-none-match': tag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    const otherEncoding = await raw(server, '/cdn/loader.js', { 'accept-encoding': 'gzip', 'if-none-match': tag });
    assert.equal(otherEncoding.status, 200, 'a gzip copy is another representation');
    const head = await raw(server, '/cdn/loader.js', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(readFileSync(join(root, 'dist/cdn/loader.js')).length));
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/cdn/../package.json', '/cdn/%2e%2e/package.json', '/cdn/..%2fpackage.json', '/cdn/elements/..%5c..%5cpackage.json', '/cdn/%00']) {
      const response = await raw(server, path);
      assert.notEqual(response.status, 200, path);
      assert.equal((await response.text()).includes('"salon-widgets"'), false, path);
    }
  });

  it('serves the console with a strict CSP, never in a frame', async () => {
    assert.equal((await raw(server, '/console')).headers.get('location'), '/console/');
    const page = await raw(server, '/console/');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(page.headers.get('content-security-policy')!, /default-src 'self'.*frame-ancestors 'none'/);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    assert.match(await page.text(), /<salon-console>/);
    assert.equal((await raw(server, '/console/console.js')).status, 200);
    assert.equal((await raw(server, '/console/console.js', { origin: 'https://evil.example' })).headers.get('access-control-allow-origin'), null);
  });

  it('serves the demo pages and the builder', async () => {
    assert.match(await (await raw(server, '/')).text(), /data-site="demo"/);
    assert.equal((await raw(server, '/builder')).status, 301);
    assert.match(await (await raw(server, '/builder/')).text(), /salon-embed-builder/);
    assert.equal((await raw(server, '/demo/builder.js')).status, 200);
    assert.equal((await raw(server, '/nothing-here.js')).status, 404);
  });
});
