// node bench/server/run.mjs — requests per second and p99 latency of the reference server as
// `npm start` runs it (compiled with tsc; SQLite, rate limits off) for GET events and POST signups, side by side with a bare node:http
// server answering a fixed JSON body — the same bytes as the events answer — the floor on this
// machine. Load comes from autocannon in this process, on loopback only, for a bounded time.
// The range is the 31 days from the start of today (UTC), as a list view asks for it. A bare Hono
// app on the same adapter shows how much of the gap is Hono's Node adapter itself. On Linux, each
// row also gives the server's own CPU time per request (from /proc), which other load on the
// machine disturbs far less than the rates do.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

function start(args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('Salon: http') && resolve(child));
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
}

/** CPU time (user + system) a process has used, in µs; undefined where /proc is not. */
function cpuTime(pid) {
  if (!existsSync(`/proc/${pid}/stat`)) return undefined;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: DURATION, connections: CONNECTIONS, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

if (spawnSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const dataDir = mkdtempSync(join(tmpdir(), 'salon-bench-'));
const salon = await start(['dist/server-build/server/main.js'], {
  PORT: '8801',
  SALON_DATA_DIR: dataDir,
  SALON_RATE_LIMIT: 'off',
  SALON_ADMIN_TOKEN: 'bench',
});
const today = Math.floor(Date.now() / 86400_000) * 86400_000;
const from = new Date(today).toISOString();
const to = new Date(today + 31 * 86400_000).toISOString();
const eventsUrl = `http://127.0.0.1:8801/v1/sites/demo/events?from=${from}&to=${to}`;
const sample = await (await fetch(eventsUrl)).text();
const bare = await start(['bench/server/bare.mjs'], { PORT: '8802', BARE_BODY: sample });
const hono = await start(['bench/server/bare-hono.mjs'], { PORT: '8803', BARE_BODY: sample });
let n = 0;
const runs = [
  [`bare node:http, fixed JSON (${sample.length} bytes)`, bare, { url: 'http://127.0.0.1:8802/' }],
  ['bare Hono on @hono/node-server, same body', hono, { url: 'http://127.0.0.1:8803/' }],
  ['GET events (31 days, recurrences expanded)', salon, { url: eventsUrl }],
  [
    'POST signups (new reader each time)',
    salon,
    {
      url: 'http://127.0.0.1:8801/v1/sites/demo/groups/spring-mastermind/signups',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest(request) {
            request.body = JSON.stringify({
              email: `reader${n++}@bench.example`,
              answers: { genre: 'epic', bring: ['craft'] },
              consentVersion: '2026-11-01',
              elapsedMs: 5000,
            });
            return request;
          },
        },
      ],
    },
  ],
];

const rows = [];
try {
  for (const [name, server, options] of runs) {
    const before = cpuTime(server.pid);
    const result = await load(options);
    const cpu = before === undefined ? undefined : Math.round((cpuTime(server.pid) - before) / result.requests.total);
    const errors = result.errors + result.non2xx;
    rows.push({ name, rps: Math.round(result.requests.average), p99: result.latency.p99, cpu, errors });
  }
} finally {
  salon.kill('SIGTERM');
  bare.kill('SIGTERM');
  hono.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

const floor = rows[0].rps;
console.log(`${DURATION} s each, ${CONNECTIONS} connections, Node ${process.version}\n`);
console.log('| what | requests/s | p99 latency (ms) | vs bare | server CPU per request (µs) | errors |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.rps} | ${r.p99} | ${Math.round((100 * r.rps) / floor)} % | ${r.cpu ?? '–'} | ${r.errors} |`);
}
