// The floor: a bare node:http server answering a fixed JSON body (bench/server/run.mjs).
import { createServer } from 'node:http';

const body = JSON.stringify({ occurrences: [{ event: 'x', start: '2026-01-01T00:00:00.000Z', title: 'Fixed' }] });
createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('Salon: http bare server ready'));
