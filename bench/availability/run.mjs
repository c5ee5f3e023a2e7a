// node bench/availability/run.mjs — issue #13: what the largest site the limits allow costs
// everyone else. Starts the compiled reference server (SQLite, rate limits off, private feeds
// allowed), fills the demo site up to its limit of events from generated feeds of daily series
// served on loopback (and shows the hostile 13,000-event feed refused), then loads it with
// year-long GET events, each asking another window so no answer comes from the cache, while a
// reader asks for an unrelated group. Prints p50/p99 of both, and of the group alone. Loopback
// only; about a minute (BENCH_SECONDS per phase, 15 by default).
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { startReferenceServer } from '../reference-server.mjs';
import { dailyFeed } from './feed.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const DAY = 86_400_000;
const admin = { authorization: 'Bearer bench', 'content-type': 'application/json' };

if (spawnSync('npm', ['run', 'build:server'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = await startReferenceServer({ SALON_ALLOW_PRIVATE_FEEDS: '1', SALON_RATE_LIMIT: 'off' });
const feeds = new Map();
const feedServer = createServer((request, response) => {
  const text = feeds.get(request.url);
  if (text === undefined) response.writeHead(404).end();
  else response.writeHead(200, { 'content-type': 'text/calendar' }).end(text);
});
await new Promise((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
const feedBase = `http://127.0.0.1:${feedServer.address().port}`;

async function importFeed(path) {
  const started = performance.now();
  const response = await fetch(`${server.url}/v1/sites/demo/admin/events/import`, { method: 'POST', headers: admin, body: JSON.stringify({ url: feedBase + path }) });
  return { status: response.status, body: await response.json(), ms: performance.now() - started };
}

function load(options) {
  return new Promise((resolve, reject) => autocannon({ duration: SECONDS, ...options }, (error, result) => (error ? reject(error) : resolve(result))));
}

try {
  // The attacker's feed (1.8 MB, 13,000 daily series) is refused before any of it is read.
  feeds.set('/attack.ics', dailyFeed(13_000, 'attack'));
  const attack = await importFeed('/attack.ics');
  console.log(`13,000-event feed (${(feeds.get('/attack.ics').length / 1e6).toFixed(1)} MB): ${attack.status} ${attack.body.error?.code} in ${attack.ms.toFixed(0)} ms`);

  // The largest site the limits allow: a feed at the limit (500), and one more filling the site to 1,000.
  const held = (await (await fetch(`${server.url}/v1/sites/demo/admin/events`, { headers: admin })).json()).events.length;
  feeds.set('/a.ics', dailyFeed(500, 'a'));
  feeds.set('/b.ics', dailyFeed(1000 - 500 - held, 'b'));
  for (const path of ['/a.ics', '/b.ics']) {
    const { status, body, ms } = await importFeed(path);
    if (status !== 200) throw new Error(`${path}: ${status} ${JSON.stringify(body)}`);
    console.log(`import ${path}: ${body.imported} events in ${ms.toFixed(0)} ms`);
  }
  feeds.set('/one.ics', dailyFeed(1, 'one'));
  const refused = await importFeed('/one.ics');
  console.log(`site at 1000 events; one more: ${refused.status} ${refused.body.error?.code}`);

  // Each request asks a year from another quarter hour: the attacker's way round the cache.
  const base = Math.floor(Date.now() / DAY) * DAY;
  let n = 0;
  const yearPath = () => {
    const from = base + (n++ % 20_000) * 15 * 60_000;
    return `/v1/sites/demo/events?from=${new Date(from).toISOString()}&to=${new Date(from + 365 * DAY).toISOString()}`;
  };
  const sample = await (await fetch(server.url + yearPath())).json();
  const group = `${server.url}/v1/sites/demo/groups/readers`;
  if ((await fetch(group)).status !== 200) throw new Error('GET groups/readers does not answer 200');

  const alone = await load({ url: group, connections: 2 });
  const [events, beside] = await Promise.all([
    load({ url: server.url, connections: 8, requests: [{ setupRequest: (request) => ({ ...request, path: yearPath() }) }] }),
    load({ url: group, connections: 2 }),
  ]);
  const row = (what, r) => `| ${what} | ${r.requests.total} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.non2xx} |`;
  console.log(`\nGET events for a year answers ${sample.occurrences.length} occurrences (the cap); ${SECONDS} s per phase, loopback\n`);
  console.log('| request | requests | p50 ms | p99 ms | max ms | non-2xx |');
  console.log('|---|---:|---:|---:|---:|---:|');
  console.log(row('GET groups/readers, alone (2 connections)', alone));
  console.log(row('GET events, a year, a new window each time (8 connections)', events));
  console.log(row('GET groups/readers meanwhile (2 connections)', beside));
} finally {
  server.stop();
  feedServer.close();
}
