// node bench/abuse/run.mjs — the reference server as a hostile internet treats it, on loopback
// only and bounded (about a minute), after `npm run build:server`. Results in BENCHMARKS.md.
//   1. Fuzz: FUZZ_REQUESTS malformed, oversized, wrongly typed, control-character and unregistered-
//      origin requests against every public route, from many client addresses (X-Forwarded-For
//      behind TRUST_PROXY=1), while a reader on an address of their own reads a group every 50 ms.
//      Reports the requests tried, the 5xx seen (goal 0) and the reader's p50/p99.
//   2. Kill: KILLS rounds of 50 concurrent clients signing readers up while the process is killed
//      with SIGKILL at a random moment, then restarted on the same data. Reports the signups
//      acknowledged, those missing from the database (goal 0), and those whose confirmation email
//      never went out once the last process drained its queue (goal 0).
// DATABASE_URL=postgres://… runs both on PostgreSQL (the database must exist and be empty).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FUZZ = Number(process.env.FUZZ_REQUESTS ?? 2000);
const KILLS = Number(process.env.KILLS ?? 10);
const CLIENTS = 50;
const dataDir = mkdtempSync(join(tmpdir(), 'salon-abuse-'));
const env = {
  ...process.env,
  PORT: '0',
  SALON_DATA_DIR: dataDir,
  SALON_ADMIN_TOKEN: 'abuse-bench-token',
  TRUST_PROXY: '1',
  DATABASE_URL: process.env.DATABASE_URL ?? '',
};

/** The compiled server as a process; resolves to its base URL once it listens. */
function start() {
  const child = spawn(process.execPath, [join(root, 'dist/server-build/server/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const started = /Salon: http:\/\/localhost:(\d+)\//.exec(out);
      if (started) resolve({ child, url: `http://127.0.0.1:${started[1]}`, output: () => out });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out.slice(-2000)}`)));
  });
}

const stop = (server, signal = 'SIGTERM') =>
  new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode) return resolve();
    server.child.once('exit', resolve);
    server.child.kill(signal);
  });

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

// —— 1. Fuzz ————————————————————————————————————————————————————————————————
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const junk = () =>
  pick([
    '',
    'x'.repeat(20_000),
    '\u0000',
    'a\u202Eb',
    '%00',
    '../../etc/passwd',
    '🙂'.repeat(500),
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '{"__proto__":{"admin":true}}',
    String(Math.random()),
    '2026-02-30T25:61:00Z',
    'http://169.254.169.254/latest/meta-data',
  ]);
const value = () => pick([junk(), 12, -1, 1e309, null, true, [], {}, [junk()], { x: junk() }]);
const bodies = [
  () => JSON.stringify({ email: `fuzz${Math.random()}@example.com`, consentVersion: '2026-11-01', elapsedMs: 3000, name: value(), answers: { genre: value() } }),
  () => JSON.stringify({ email: value(), consentVersion: value(), elapsedMs: value(), honeypot: value() }),
  () => JSON.stringify({ start: value(), name: value(), email: value() }),
  () => JSON.stringify({ token: value(), events: [{ type: value(), swap: value() }] }),
  () => JSON.stringify({ token: junk(), email: 'a@b.example', consentVersion: '1' }),
  () => junk(),
  () => '{"unterminated": ',
  () => JSON.stringify(Array.from({ length: 5000 }, () => 'x')),
];
const paths = () =>
  pick([
    `/v1/sites/demo/groups/${pick(['readers', 'spring-mastermind', junk(), '%00'])}`,
    `/v1/sites/demo/groups/readers/signups`,
    `/v1/sites/${pick(['demo', 'nope', '%E0%A4%A', 'de%00mo'])}/events?from=${encodeURIComponent(value())}&to=${encodeURIComponent(value())}`,
    `/v1/sites/demo/events?from=${new Date().toISOString()}&to=${new Date(Date.now() + 366 * 86400_000).toISOString()}`,
    `/v1/sites/demo/events/mastermind-weekly/rsvps`,
    `/v1/sites/demo/events/${encodeURIComponent(junk())}.ics`,
    `/v1/sites/demo/recommendations?limit=${encodeURIComponent(value())}&genre=${encodeURIComponent(junk())}`,
    `/v1/swaps/events`,
    `/v1/swaps/${encodeURIComponent(junk())}/signups`,
    `/v1/confirm/${encodeURIComponent(junk())}`,
    `/v1/sites/demo/admin/groups`,
    `/v1/auth/sign-in/magic-link`,
    `/cdn/${pick(['../package.json', '%2e%2e/package.json', 'salon.iife.js', 'elements/chunks/..%5c..%5cpackage.json'])}`,
  ]);

async function fuzz(url) {
  const statuses = new Map();
  const fivexx = [];
  let done = 0;
  const one = async () => {
    const method = pick(['GET', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD']);
    const path = paths();
    const headers = {
      'x-forwarded-for': `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      'content-type': pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']),
      origin: pick(['https://evil.example', 'http://localhost:3000', 'null', junk().slice(0, 50)]),
      'idempotency-key': pick(['', randomBytes(8).toString('hex'), 'k'.repeat(300), 'same-key']),
    };
    for (const [name, content] of Object.entries(headers)) if (!content || /[^\t\x20-\x7e]/.test(content)) delete headers[name];
    const body = method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? undefined : pick(bodies)();
    try {
      const response = await fetch(url + path, { method, headers, body, redirect: 'manual' });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500) fivexx.push(`${method} ${path.slice(0, 120)} → ${response.status}`);
    } catch (error) {
      statuses.set('failed', (statuses.get('failed') ?? 0) + 1);
      fivexx.push(`${method} ${path.slice(0, 120)} → ${error.message}`);
    }
    done++;
  };
  // The reader, on an address of their own, reading a group every 50 ms meanwhile.
  const latencies = [];
  let reading = true;
  const reader = (async () => {
    while (reading) {
      const started = performance.now();
      const response = await fetch(`${url}/v1/sites/demo/groups/readers`, { headers: { 'x-forwarded-for': '192.0.2.7' } });
      await response.arrayBuffer();
      if (response.ok) latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const workers = Array.from({ length: 20 }, async () => {
    while (done < FUZZ) await one();
  });
  await Promise.all(workers);
  reading = false;
  await reader;
  return { tried: done, statuses, fivexx, p50: percentile(latencies, 50), p99: percentile(latencies, 99), reads: latencies.length };
}

// —— 2. Kill ————————————————————————————————————————————————————————————————
async function killRounds() {
  const acknowledged = new Set();
  let n = 0;
  for (let round = 0; round < KILLS; round++) {
    const server = await start();
    let running = true;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      while (running) {
        const email = `kill-${round}-${client}-${n++}@bench.example`;
        try {
          const response = await fetch(`${server.url}/v1/sites/demo/groups/newsletter/signups`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${client}` },
            body: JSON.stringify({ email, consentVersion: '2026-11-01', elapsedMs: 3000 }),
          });
          if (response.status === 201) acknowledged.add(email);
        } catch {
          // The process died under this request: not acknowledged, not counted.
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1200));
    await stop(server, 'SIGKILL');
    running = false;
    await Promise.all(clients);
  }
  // A last process, left to drain the queue (a killed process's lock runs out after a minute).
  const last = await start();
  const db = await openDb();
  const deadline = Date.now() + 90_000;
  let unsent = Infinity;
  while (Date.now() < deadline) {
    unsent = Number((await db.query(`select count(*) as n from mail_queue where sent_at is null and failed_at is null`)).rows[0].n);
    if (unsent === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const stored = new Set((await db.query(`select email from signups where email like 'kill-%'`)).rows.map((r) => r.email));
  const mailed = new Set((await db.query(`select to_address from mail_queue where sent_at is not null and to_address like 'kill-%'`)).rows.map((r) => r.to_address));
  await db.end();
  await stop(last);
  const lostRows = [...acknowledged].filter((email) => !stored.has(email)).length;
  const lostMails = [...acknowledged].filter((email) => !mailed.has(email)).length;
  return { rounds: KILLS, acknowledged: acknowledged.size, lostRows, lostMails, unsent };
}

/** A plain query interface over whichever database the server used. */
async function openDb() {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    return { query: (sql) => client.query(sql), end: () => client.end() };
  }
  const { default: Sqlite } = await import('better-sqlite3');
  const sqlite = new Sqlite(join(dataDir, 'salon.sqlite'), { readonly: true });
  return { query: async (sql) => ({ rows: sqlite.prepare(sql).all() }), end: async () => sqlite.close() };
}

try {
  const server = await start();
  const f = await fuzz(server.url);
  await stop(server);
  console.log(`Fuzz (${env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}): ${f.tried} requests tried; statuses ${[...f.statuses].sort().map(([s, c]) => `${s}×${c}`).join(' ')}`);
  console.log(`  5xx or dropped: ${f.fivexx.length}${f.fivexx.length ? `\n    ${f.fivexx.slice(0, 10).join('\n    ')}` : ''}`);
  console.log(`  a reader's GET of a group meanwhile (${f.reads} reads): p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms`);
  const k = await killRounds();
  console.log(`Kill -9: ${k.rounds} rounds of ${CLIENTS} concurrent clients; ${k.acknowledged} signups acknowledged`);
  console.log(`  rows lost: ${k.lostRows}; confirmation emails never sent: ${k.lostMails} (queue left unsent: ${k.unsent})`);
  process.exitCode = f.fivexx.length || k.lostRows || k.lostMails ? 1 : 0;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
