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
});
