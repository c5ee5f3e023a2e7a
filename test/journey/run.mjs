// Runs the journey test on SQLite, then on PostgreSQL when SALON_TEST_POSTGRES_URL is set (a new
// database, made and dropped here).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const run = (label, env) => {
  console.log(`\n# journey on ${label}`);
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', '--test', 'test/journey/journey.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return status === 0;
};

let ok = run('SQLite', { DATABASE_URL: '' });
const postgres = process.env.SALON_TEST_POSTGRES_URL;
if (postgres) {
  const name = `salon_journey_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgres });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(postgres);
  url.pathname = `/${name}`;
  try {
    ok = run('PostgreSQL', { DATABASE_URL: url.toString() }) && ok;
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log('# PostgreSQL: skipped (set SALON_TEST_POSTGRES_URL to run the journey on PostgreSQL too)');
}
process.exit(ok ? 0 : 1);
