// The floor: a bare node:http server answering a fixed JSON body (bench/server/run.mjs). The body
// is given in BARE_BODY, so the floor writes as many bytes per answer as the route it is compared with.
import { createServer } from 'node:http';

const body = process.env.BARE_BODY ?? '{"ok":true}';
createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('Salon: http bare server ready'));
