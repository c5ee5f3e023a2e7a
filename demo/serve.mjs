// npm start, for now: serves the demo page and the CDN build, and answers the REST contract's
// group routes from Salon's in-memory backend (dist/src/api/memory.js). The reference server
// (server/, issue #3) replaces this file.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { MemoryBackend } from '../dist/src/api/memory.js';
import { demoSite } from './data.mjs';

const port = Number(process.env.PORT ?? 8787);
const root = new URL('..', import.meta.url).pathname;
const backend = new MemoryBackend({ demo: demoSite });
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const statusOf = { validation: 422, 'not-found': 404, 'rate-limited': 429 };

const json = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

async function api(req, res, path) {
  const group = /^\/v1\/sites\/([^/]+)\/groups\/([^/]+)(\/signups)?$/.exec(path);
  if (!group) return json(res, 404, { error: { code: 'not_found', message: 'No such route.' } });
  const params = { site: decodeURIComponent(group[1]), group: decodeURIComponent(group[2]) };
  try {
    if (req.method === 'GET' && !group[3]) return json(res, 200, await backend.getGroup(params));
    if (req.method === 'POST' && group[3]) {
      let body = '';
      for await (const chunk of req) body += chunk;
      const answer = await backend.signup({ ...JSON.parse(body), ...params }, { idempotencyKey: req.headers['idempotency-key'] });
      return json(res, 201, answer);
    }
    json(res, 405, { error: { code: 'method_not_allowed', message: 'Method not allowed.' } });
  } catch (error) {
    const [field] = Object.keys(error.fields ?? {});
    json(res, statusOf[error.kind] ?? 400, { error: { code: error.code ?? error.kind, message: error.message, field } });
  }
}

createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  if (path.startsWith('/v1/')) return void api(req, res, path);
  const file = path.startsWith('/cdn/')
    ? join(root, 'dist', normalize(path))
    : join(root, 'demo', normalize(path === '/' ? '/index.html' : path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return void res.end('Not found');
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, () => console.log(`Salon demo: http://localhost:${port}/`));
