import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The link the reader must follow, logged when mail goes to the outbox folder. */
  link?: string;
  /** The queue's id for it: names its outbox file, so no message ever replaces another. */
  id?: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * SMTP through nodemailer when `smtpUrl` is set (e.g. `smtp://user:pass@mail.example.com:587`);
 * otherwise each message is written as an .eml file to `outboxDir` and its link is logged, so a
 * local setup works without a mail server.
 */
export function createMailer({ smtpUrl, outboxDir, from }: { smtpUrl?: string; outboxDir: string; from: string }): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      async send({ to, subject, text }) {
        await transport.sendMail({ from, to, subject, text });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send({ to, subject, text, link, id = randomUUID() }) {
      const { message } = (await transport.sendMail({ from, to, subject, text })) as { message: Buffer };
      mkdirSync(outboxDir, { recursive: true });
      const file = join(outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}-${to.replace(/[^\w.@-]/g, '_')}.eml`);
      // 'wx': a name taken already is an error, never an overwrite.
      writeFileSync(file, message, { flag: 'wx' });
      console.log(`Email to ${to} written to ${file}${link ? `\n  link: ${link}` : ''}`);
    },
  };
}
