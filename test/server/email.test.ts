// Double opt-in end to end through a real SMTP conversation: the server's nodemailer transport
// talks to an SMTP server on loopback, and the link in the received message confirms the signup.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { createMailer } from '../../server/mail/mailer.js';
import { call, startServer, type TestServer } from './harness.js';

describe('double opt-in over SMTP', () => {
  const received: Array<{ to: string; data: string }> = [];
  let smtp: SMTPServer;
  let server: TestServer;

  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
          done();
        });
      },
    });
    smtp.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    const { port } = smtp.server.address() as { port: number };
    server = await startServer({
      mailer: createMailer({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, outboxDir: '/nonexistent', from: 'Salon <salon@test>' }),
    });
  });
  after(async () => {
    await server.close();
    smtp.close();
  });

  it('emails a confirmation link that confirms the signup', async () => {
    const { body } = await call(server, 'POST', '/v1/sites/demo/groups/readers/signups', {
      email: 'ivy@example.com',
      name: 'Ivy',
      consentVersion: '2026-11-01',
      elapsedMs: 3000,
    });
    assert.equal(body.status, 'pending_confirmation');
    for (let i = 0; i < 100 && !received.length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(received.length, 1);
    assert.equal(received[0].to, 'ivy@example.com');
    assert.match(received[0].data, /Subject: Please confirm: The Lantern Readers/);
    const link = /http:\/\/salon\.test(\/v1\/confirm\/[\w-]+)/.exec(received[0].data.replace(/=\r?\n/g, ''));
    assert.ok(link, 'the message carries the link');
    assert.equal((await call(server, 'POST', link[1])).status, 200);
    const row = await server.db.selectFrom('signups').select('status').where('email', '=', 'ivy@example.com').executeTakeFirstOrThrow();
    assert.equal(row.status, 'confirmed');
  });
});
