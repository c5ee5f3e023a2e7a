import { Hono } from 'hono';
import type { Group } from '../../src/api/schemas.js';
import type { GroupsTable } from '../db/schema.js';
import type { Deps, Env } from '../deps.js';
import { ApiError, notFound } from '../http/errors.js';
import { jsonList } from '../db/json.js';
import { check, Email, json } from '../http/validate.js';
import { SignupBody } from '../requests.js';
import { join, seatsTaken } from '../signups.js';

export function groupJson(row: GroupsTable, seatsTaken: number): Group {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    fields: jsonList(row.fields) as Group['fields'],
    seats: row.seats,
    seatsLeft: row.seats === null ? null : Math.max(0, row.seats - seatsTaken),
    consent: { text: row.consent_text, version: row.consent_version },
    doubleOptIn: Boolean(row.double_opt_in),
  };
}

/** Checks answers against the group's fields: required ones present, choices among the options. */
function checkAnswers(group: GroupsTable, answers: Record<string, string | string[]>): Record<string, string | string[]> {
  const fields = jsonList(group.fields) as Group['fields'];
  const kept: Record<string, string | string[]> = {};
  for (const field of fields) {
    const answer = answers[field.name];
    const empty = answer === undefined || answer.length === 0;
    if (empty) {
      if (field.required) throw new ApiError(422, 'required', `${field.label} is required.`, field.name);
      continue;
    }
    const values = Array.isArray(answer) ? answer : [answer];
    if ((field.type === 'checkboxes') !== Array.isArray(answer)) {
      throw new ApiError(422, 'invalid', `${field.label}: choose from the list.`, field.name);
    }
    if ((field.type === 'select' || field.type === 'checkboxes') && !values.every((x) => field.options.some((o) => o.value === x))) {
      throw new ApiError(422, 'invalid', `${field.label}: choose from the list.`, field.name);
    }
    if (field.type === 'email') check(Email, answer, field.name);
    kept[field.name] = answer;
  }
  return kept;
}

export function groupRoutes(deps: Deps): Hono<Env> {
  const { db } = deps;
  const app = new Hono<Env>();

  const findGroup = async (site: string, group: string): Promise<GroupsTable> => {
    const row = await db.selectFrom('groups').selectAll().where('site_id', '=', site).where('id', '=', group).executeTakeFirst();
    if (!row) throw notFound('Group');
    return row;
  };

  app.get('/sites/:site/groups/:group', async (c) => {
    const { site, group } = c.req.param();
    const row = await findGroup(site, group);
    c.header('cache-control', 'public, max-age=30, stale-while-revalidate=300');
    return c.json(groupJson(row, await seatsTaken(db, site, group)));
  });

  app.post('/sites/:site/groups/:group/signups', json(SignupBody), async (c) => {
    const { site, group } = c.req.param();
    const input = c.req.valid('json');
    const row = await findGroup(site, group);
    const quietly = { status: row.double_opt_in ? 'pending_confirmation' : 'confirmed' } as const;
    // Bots fill the invisible honeypot or submit faster than a person can: answer as if all went well, store nothing.
    if (input.honeypot || input.elapsedMs < deps.minFillMs) return c.json(quietly, 201);
    if (input.consentVersion !== row.consent_version) {
      throw new ApiError(409, 'consent_outdated', 'The consent text has changed; please read it again.', 'consent');
    }
    const answers = checkAnswers(row, input.answers);
    const author = (await deps.sites.get(site))!.author_name;
    const { status } = await join(deps, { site, group: row, author, email: input.email, name: input.name, answers, source: input.source, lang: input.lang });
    return c.json({ status }, 201);
  });

  return app;
}
