// Without SMTP_URL, email goes to the outbox folder as .eml files and its link is logged, so a
// local setup can confirm signups without a mail server.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it, mock } from 'node:test';
import { createMailer } from '../../server/mail/mailer.js';

describe('mail without SMTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salon-outbox-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the message to the outbox folder and logs its link', async () => {
    const log = mock.method(console, 'log', () => undefined);
    const mailer = createMailer({ outboxDir: join(dir, 'outbox'), from: 'Salon <salon@test>' });
    await mailer.send({ to: 'ann@example.com', subject: 'Please confirm: Readers', text: 'Follow http://x/v1/confirm/abc', link: 'http://x/v1/confirm/abc' });
    const [file] = readdirSync(join(dir, 'outbox'));
    assert.match(file!, /ann@example\.com\.eml$/);
    const message = readFileSync(join(dir, 'outbox', file!), 'utf8');
    assert.match(message, /^To: ann@example\.com$/m);
    assert.match(message, /^Subject: Please confirm: Readers$/m);
    assert.match(message, /http:\/\/x\/v1\/confirm\/abc/);
    assert.match(String(log.mock.calls[0]!.arguments[0]), /link: http:\/\/x\/v1\/confirm\/abc/);
    log.mock.restore();
  });

  it('never lets one message replace another, even two to one address in the same millisecond', async () => {
    const log = mock.method(console, 'log', () => undefined);
    const outbox = join(dir, 'same-ms');
    const mailer = createMailer({ outboxDir: outbox, from: 'Salon <salon@test>' });
    const now = mock.method(Date.prototype, 'toISOString', () => '2026-11-27T12:00:00.000Z');
    try {
      await Promise.all([1, 2, 3].map((n) => mailer.send({ to: 'bo@example.com', subject: `Message ${n}`, text: `Number ${n}` })));
    } finally {
      now.mock.restore();
      log.mock.restore();
    }
    const subjects = readdirSync(outbox).map((file) => /^Subject: (.*)$/m.exec(readFileSync(join(outbox, file), 'utf8'))![1]);
    assert.deepEqual(subjects.sort(), ['Message 1', 'Message 2', 'Message 3']);
  });
});
