// One browser test run at a time on this machine: the runner's port (the reference server's
// PUBLIC_URL) and the reference server's port are fixed, so a second run waits for the first
// instead of failing to bind them. The lock is a file holding the owner's pid; a dead owner's
// lock is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join(tmpdir(), 'salon-browser-tests.lock');

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function acquireRunLock({ timeoutMs = 15 * 60_000 } = {}) {
  const until = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(LOCK, 'utf8') === String(process.pid)) unlinkSync(LOCK);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', release);
      for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (release(), process.exit(1)));
      return;
    } catch {
      const owner = Number(readFileSync(LOCK, 'utf8').trim() || 0);
      if (!owner || !alive(owner)) {
        try {
          unlinkSync(LOCK);
        } catch {
          // Another waiter took it over first.
        }
        continue;
      }
      if (Date.now() > until) throw new Error(`Another browser test run (pid ${owner}) still holds ${LOCK}.`);
      if (!told) console.log(`Waiting for another browser test run (pid ${owner}) to finish…`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
