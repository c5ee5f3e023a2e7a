// Runs the server tests on SQLite, then on PostgreSQL when SALON_TEST_POSTGRES_URL is set
// (.ci/run starts a PostgreSQL server and sets it).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('test/server').filter((f) => f.endsWith('.test.ts')).map((f) => `test/server/${f}`);

const run = (label, env) => {
  console.log(`\n# server tests on ${label}`);
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return status === 0;
};

const postgres = process.env.SALON_TEST_POSTGRES_URL;
let ok = run('SQLite', { SALON_TEST_POSTGRES_URL: '' });
if (postgres) ok = run('PostgreSQL', {}) && ok;
else console.log('# PostgreSQL: skipped (set SALON_TEST_POSTGRES_URL to run the server tests on PostgreSQL too)');
process.exit(ok ? 0 : 1);
