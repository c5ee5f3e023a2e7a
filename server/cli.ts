// `salon-server`: the reference server's command line, for people who run a server for a
// community. It reads the same environment as the server (DATABASE_URL or SALON_DATA_DIR, SMTP_URL,
// PUBLIC_URL) and changes the same database, so a running server sees the change at once.
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { type Config, ConfigError, readConfig } from './config.js';
import { type Db, openDatabase } from './db/open.js';
import { ApiError } from './http/errors.js';
import { createMailer } from './mail/mailer.js';
import { MailQueue } from './mail/queue.js';
import { inviteMail, ownerMail } from './mail/texts.js';
import { Email } from './http/validate.js';
import { siteOf } from './sites/cache.js';
import { Origins } from './sites/origins.js';
import { addOwner, inviteAuthor, listOwners } from './sites/owners.js';
import { createSite, NewSiteInput } from './sites/settings.js';
import { rotateToken } from './sites/tokens.js';

const USAGE = `Usage: salon-server [command]

  start                               run the server (the default)
  create-site <id> --name <name> [--author <name>] [--origin <url>]… [--owner <email>]… [--lang <tag>]
                                      create a site; owners are emailed and sign in with their address
  add-origin <site> <url>             allow the widgets on another website address
  remove-origin <site> <url>          no longer allow that address
  add-owner <site> <email>            let an author manage a site (they are emailed)
  invite <email>                      let an author create sites when SALON_NEW_SITES=invite (they are emailed)
  token <site> [--name <name>]        make an admin API token for a site, printed once; one made
                                      before with the same name is revoked (rotation). Default name: Admin token
  sites                               list the sites, their addresses and owners
  mail [--retry]                      mail waiting and mail that failed every attempt; --retry sends the failed again
  help                                this text

Environment: the same variables as the server (see the README), e.g. DATABASE_URL or SALON_DATA_DIR.`;

/** A command's refusal, said in a sentence; exits with 1. */
class UsageError extends Error {}

const parse = <S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> => {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  throw new UsageError(`${what}${path ? ` (${path})` : ''}: ${issue.message}`);
};

async function site(db: Db, id: string | undefined) {
  if (!id) throw new UsageError('Name the site: its id, as in `salon-server sites`.');
  const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new UsageError(`There is no site "${id}".`);
  return siteOf(row);
}

async function setOrigins(db: Db, id: string, origins: string[]): Promise<string[]> {
  const normalised = parse(Origins, origins, 'Website address');
  await db.updateTable('sites').set({ origins: JSON.stringify(normalised) }).where('id', '=', id).execute();
  return normalised;
}

/** Runs one command; returns what to print. */
export async function run(argv: string[], config: Config, publicUrl: string): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      author: { type: 'string' },
      origin: { type: 'string', multiple: true },
      owner: { type: 'string', multiple: true },
      lang: { type: 'string' },
      retry: { type: 'boolean' },
    },
  });
  const [command, ...args] = positionals;
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  // Through the queue, like the server's mail: a message this command cannot send now, a running server sends later.
  const mailer = new MailQueue(db, createMailer({ smtpUrl: config.smtpUrl, outboxDir: `${config.dataDir}/outbox`, from: config.mailFrom }), {
    postgres: config.databaseUrl !== undefined,
  });
  const consoleUrl = `${publicUrl}/console/`;
  try {
    switch (command) {
      case 'create-site': {
        const owners = (values.owner ?? []).map((email) => parse(Email, email, 'Owner'));
        const input = parse(
          NewSiteInput,
          { id: args[0] ?? '', name: values.name ?? '', authorName: values.author ?? values.name ?? '', origins: values.origin ?? [], lang: values.lang },
          'Site',
        );
        await createSite(db, input, owners, 'operator').catch((error: unknown) => {
          throw error instanceof ApiError ? new UsageError(error.message) : error;
        });
        for (const email of owners) await mailer.send({ to: email, ...ownerMail(input.lang, input.name, 'The operator of this Salon server', consoleUrl) });
        return `Created the site "${input.id}"${owners.length ? `, owned by ${owners.join(', ')} (emailed)` : ''}.${
          input.origins.length ? '' : ' Add its website address with `salon-server add-origin`.'
        }`;
      }
      case 'add-origin':
      case 'remove-origin': {
        const found = await site(db, args[0]);
        if (!args[1]) throw new UsageError('Give the website address, e.g. https://janedoe.com.');
        const [origin] = parse(Origins, [args[1]], 'Website address');
        const origins = command === 'add-origin' ? [...found.origins, origin!] : found.origins.filter((o) => o !== origin);
        if (command === 'remove-origin' && origins.length === found.origins.length) throw new UsageError(`${origin} is not one of "${found.id}"'s addresses.`);
        const saved = await setOrigins(db, found.id, origins);
        return `"${found.id}" allows: ${saved.join(', ') || 'no website yet'}.`;
      }
      case 'add-owner': {
        const found = await site(db, args[0]);
        const email = parse(Email, args[1] ?? '', 'Owner');
        const added = await addOwner(db, found.id, email, 'operator');
        if (added) await mailer.send({ to: email, ...ownerMail(found.lang, found.name, 'The operator of this Salon server', consoleUrl) });
        return added ? `${email} now owns "${found.id}" (emailed).` : `${email} already owns "${found.id}".`;
      }
      case 'invite': {
        const email = parse(Email, args[0] ?? '', 'Email');
        await inviteAuthor(db, email, 'operator');
        await mailer.send({ to: email, ...inviteMail('en', consoleUrl) });
        const note = config.newSites === 'invite' ? '' : ` (SALON_NEW_SITES is ${config.newSites}: the invitation matters only when it is invite)`;
        return `${email} may create sites (emailed)${note}.`;
      }
      case 'token': {
        const found = await site(db, args[0]);
        const name = values.name ?? 'Admin token';
        const { token } = await rotateToken(db, found.id, name, 'operator');
        return `A new token "${name}" for "${found.id}" (shown once; an earlier one with this name is revoked):\n${token}`;
      }
      case 'sites': {
        const rows = await db.selectFrom('sites').selectAll().orderBy('id').execute();
        if (rows.length === 0) return 'No sites yet.';
        const lines = await Promise.all(
          rows.map(async (row) => {
            const owners = (await listOwners(db, row.id)).map((o) => o.email);
            return `${row.id}  "${row.name}"\n  addresses: ${siteOf(row).origins.join(', ') || '—'}\n  owners:    ${owners.join(', ') || '—'}`;
          }),
        );
        return lines.join('\n');
      }
      case 'mail': {
        if (values.retry) {
          const { numUpdatedRows } = await db
            .updateTable('mail_queue')
            .set({ failed_at: null, attempts: 0, next_attempt_at: new Date().toISOString(), last_error: null })
            .where('failed_at', 'is not', null)
            .executeTakeFirst();
          mailer.wake();
          return `${numUpdatedRows} failed message(s) queued again.`;
        }
        const waiting = await db.selectFrom('mail_queue').select(['to_address', 'kind', 'attempts', 'last_error']).where('sent_at', 'is', null).where('failed_at', 'is', null).execute();
        const failed = await db.selectFrom('mail_queue').select(['to_address', 'kind', 'failed_at', 'last_error']).where('failed_at', 'is not', null).orderBy('failed_at').execute();
        return [
          `Waiting: ${waiting.length}${waiting.some((m) => m.attempts > 0) ? ` (${waiting.filter((m) => m.attempts > 0).length} being retried)` : ''}`,
          `Failed every attempt: ${failed.length}${failed.length ? ' (salon-server mail --retry sends them again)' : ''}`,
          ...failed.map((m) => `  ${m.failed_at}  ${m.to_address}  ${m.kind}  ${m.last_error ?? ''}`),
        ].join('\n');
      }
      case 'help':
        return USAGE;
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    await mailer.idle();
    await db.destroy();
  }
}

export async function cli(argv = process.argv.slice(2)): Promise<void> {
  if (argv.length === 0 || argv[0] === 'start') {
    const { main } = await import('./server.js');
    return main();
  }
  try {
    const { config } = readConfig(process.env);
    console.log(await run(argv, config, config.publicUrl ?? `http://localhost:${config.port}`));
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || (error instanceof Error && error.name === 'TypeError' && 'code' in error)) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
