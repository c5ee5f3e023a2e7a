import { randomUUID } from 'node:crypto';
import { sha256 } from './crypto.js';
import type { Db } from './db/open.js';
import { createToken } from './sites/tokens.js';

const LOCAL_ORIGINS = JSON.stringify(['http://localhost:*', 'http://127.0.0.1:*']);

/** `YYYY-MM-DD` of a day `offset` days from today (UTC). */
const day = (offset: number): string => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

const newsletter = (site: string, author: string, at: string) => ({
  site_id: site,
  id: 'newsletter',
  name: `${author}'s newsletter`,
  description: `New releases and behind-the-scenes notes from ${author}, twice a month.`,
  kind: 'newsletter' as const,
  fields: '[]',
  seats: null,
  consent_text: `I agree that ${author} may email me their newsletter. I can unsubscribe at any time.`,
  consent_version: '2026-11-01',
  double_opt_in: 1,
  created_at: at,
});

/**
 * The demo author ("Jane Doe", site `demo`) with a mastermind (8 seats, application questions), a
 * readers' group, a newsletter, a dozen events and two swap partners, made on first start only:
 * once the demo site exists nothing here touches it again, so what an author changed stays. Safe
 * when several instances start at once (the site row is claimed first).
 *
 * `adminToken` (SALON_ADMIN_TOKEN) is the demo's token named "SALON_ADMIN_TOKEN", applied on
 * every start, so changing the variable changes the token. Without it, a token is made on first
 * start and returned to be shown once.
 */
export async function seedDemo(db: Db, { adminToken }: { adminToken?: string } = {}): Promise<{ generatedToken?: string }> {
  const seeded = await seedDemoData(db);
  if (adminToken) {
    await applyAdminToken(db, adminToken);
    return {};
  }
  return seeded ? { generatedToken: (await createToken(db, 'demo', 'Admin token', 'operator')).token } : {};
}

/**
 * SALON_ADMIN_TOKEN as the demo's one live token of that name, in two statements that leave the
 * same rows whichever instance runs them, and however many at once: the token's row unless it
 * exists (live again if it was revoked), then any other of that name revoked.
 */
async function applyAdminToken(db: Db, token: string): Promise<void> {
  const hash = sha256(token);
  const at = new Date().toISOString();
  await db
    .insertInto('api_tokens')
    .values({ id: randomUUID(), site_id: 'demo', name: 'SALON_ADMIN_TOKEN', token_hash: hash, created_by: 'operator', created_at: at, last_used_at: null, revoked_at: null })
    .onConflict((oc) => oc.column('token_hash').doUpdateSet({ revoked_at: null }).where('api_tokens.site_id', '=', 'demo').where('api_tokens.name', '=', 'SALON_ADMIN_TOKEN'))
    .execute();
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('site_id', '=', 'demo')
    .where('name', '=', 'SALON_ADMIN_TOKEN')
    .where('token_hash', '!=', hash)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The demo's rows; says whether this call made them. */
async function seedDemoData(db: Db): Promise<boolean> {
  const at = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const partners = [
      { id: 'mara-quill', name: 'Mara Quill', book: 'The Salt Archive', genres: ['fantasy', 'mystery'] },
      { id: 'theo-lark', name: 'Theo Lark', book: 'Ember and Ink', genres: ['fantasy', 'romantasy'] },
    ];
    const claimed = await trx
      .insertInto('sites')
      .values({
        id: 'demo',
        name: 'Jane Doe — fantasy author',
        author_name: 'Jane Doe',
        origins: LOCAL_ORIGINS,
        genres: JSON.stringify(['fantasy']),
        about: 'Epic and cozy fantasy; host of the Spring Fantasy Mastermind.',
        created_at: at,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    await trx
      .insertInto('sites')
      .values(
        partners.map((p) => ({ id: p.id, name: p.name, author_name: p.name, origins: LOCAL_ORIGINS, genres: JSON.stringify(p.genres), created_at: at })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();

    await trx
      .insertInto('groups')
      .values([
        {
          site_id: 'demo',
          id: 'spring-mastermind',
          name: 'Spring Fantasy Mastermind',
          description: 'Eight fantasy authors meet online every Wednesday for twelve weeks to trade craft notes, launch plans and list swaps.',
          kind: 'mastermind',
          fields: JSON.stringify([
            { name: 'genre', label: 'Your genre', type: 'select', required: true, options: [
              { value: 'epic', label: 'Epic fantasy' },
              { value: 'urban', label: 'Urban fantasy' },
              { value: 'romantasy', label: 'Romantasy' },
              { value: 'cozy', label: 'Cozy fantasy' },
            ] },
            { name: 'bring', label: 'What you bring', type: 'checkboxes', required: true, options: [
              { value: 'craft', label: 'Craft' },
              { value: 'marketing', label: 'Marketing' },
              { value: 'publishing', label: 'Publishing' },
            ] },
            { name: 'goals', label: 'Your goals for the next twelve weeks', type: 'textarea', required: false, options: [] },
          ]),
          seats: 8,
          consent_text: 'I agree that Jane Doe may email me about my application and the mastermind’s meetings.',
          consent_version: '2026-11-01',
          double_opt_in: 1,
          created_at: at,
        },
        {
          site_id: 'demo',
          id: 'readers',
          name: 'The Lantern Readers',
          description: 'Early chapters, cover votes and a monthly live Q&A with Jane.',
          kind: 'readers',
          fields: JSON.stringify([{ name: 'favorite', label: 'Your favourite Jane Doe book', type: 'text', required: false, options: [] }]),
          seats: null,
          consent_text: 'I agree that Jane Doe may email me about the readers’ group. I can leave at any time.',
          consent_version: '2026-11-01',
          double_opt_in: 1,
          created_at: at,
        },
        newsletter('demo', 'Jane Doe', at),
        ...partners.map((p) => newsletter(p.id, p.name, at)),
      ])
      .execute();

    const online = (id: string, title: string, offset: number, time: string, extra: Partial<{ rrule: string; tags: string[]; seats: number; minutes: number; zone: string; description: string }> = {}) => ({
      site_id: 'demo',
      id,
      title,
      description: extra.description ?? '',
      kind: 'online' as const,
      venue: null,
      tags: JSON.stringify(extra.tags ?? []),
      time_zone: extra.zone ?? 'America/New_York',
      start_local: `${day(offset)}T${time}`,
      duration_minutes: extra.minutes ?? 60,
      rrule: extra.rrule ?? null,
      seats: extra.seats ?? null,
      join_url: `https://meet.example.com/jane-doe-${id}`,
      source: 'admin',
      uid: null,
      created_at: at,
    });
    const inPerson = (id: string, title: string, offset: number, time: string, zone: string, venue: object, tags: string[], seats: number | null) => ({
      site_id: 'demo',
      id,
      title,
      description: `Come and say hello: ${title.toLowerCase()}.`,
      kind: 'in_person' as const,
      venue: JSON.stringify(venue),
      tags: JSON.stringify(tags),
      time_zone: zone,
      start_local: `${day(offset)}T${time}`,
      duration_minutes: 120,
      rrule: null,
      seats,
      join_url: null,
      source: 'admin',
      uid: null,
      created_at: at,
    });
    await trx
      .insertInto('events')
      .values([
        online('mastermind-weekly', 'Spring Mastermind — weekly call', 1, '19:00', {
          rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=12',
          tags: ['mastermind'],
          seats: 8,
          minutes: 90,
          description: 'Hot seats, accountability and one craft topic a week. For accepted members.',
        }),
        online('qa-live', 'Live Q&A: writing magic systems', 6, '18:00', { tags: ['readers'], description: 'Bring your questions about rules, costs and wonder.' }),
        online('cover-reveal', 'Cover reveal party', 13, '20:00', { tags: ['readers'] }),
        online('readalong', 'Monthly read-along', 4, '19:30', { rrule: 'FREQ=MONTHLY;BYDAY=1TH;COUNT=6', tags: ['readers'] }),
        online('swap-clinic', 'List-swap clinic for authors', 9, '12:00', { zone: 'Europe/London', tags: ['authors'], seats: 20 }),
        online('launch-workshop', 'Launch planning workshop', 16, '17:00', { zone: 'America/Los_Angeles', tags: ['authors'], seats: 30, minutes: 120 }),
        online('sprint', 'Writing sprint', 2, '07:00', { zone: 'Europe/Berlin', rrule: 'FREQ=WEEKLY;BYDAY=SA', tags: ['authors'] }),
        inPerson('berlin-signing', 'Signing at Buchhandlung Lesezeichen', 20, '18:00', 'Europe/Berlin',
          { name: 'Buchhandlung Lesezeichen', address: 'Oranienstraße 12', city: 'Berlin', country: 'DE' }, ['readers'], 40),
        inPerson('paris-salon', 'Fantasy salon at Le Chat Noir', 27, '19:00', 'Europe/Paris',
          { name: 'Librairie Le Chat Noir', address: '5 rue des Écoles', city: 'Paris', country: 'FR' }, ['readers'], 25),
        inPerson('nyc-con', 'Panel: indie fantasy at BookCon', 34, '14:00', 'America/New_York',
          { name: 'Javits Center, Room 1E', address: '429 11th Ave', city: 'New York', country: 'US' }, ['authors'], null),
        { ...inPerson('hybrid-launch', 'Launch night: The Lantern King', 41, '19:00', 'America/New_York',
          { name: 'Greenlight Bookstore', address: '686 Fulton St', city: 'Brooklyn', country: 'US' }, ['readers'], 60),
          kind: 'hybrid' as const, join_url: 'https://meet.example.com/jane-doe-launch' },
        online('office-hours', 'Office hours for new authors', 8, '10:00', { zone: 'Australia/Sydney', tags: ['authors'], seats: 6 }),
      ])
      .execute();

    await trx
      .insertInto('books')
      .values([
        {
          site_id: 'demo',
          id: 'lantern-king',
          title: 'The Lantern King',
          cover_url: null,
          blurb: 'A librarian who can read the dead’s last pages must choose which story the city remembers.',
          genres: JSON.stringify(['fantasy']),
          links: JSON.stringify([{ retailer: 'Kobo', url: 'https://www.kobo.com/' }, { retailer: 'Bookshop', url: 'https://bookshop.org/' }]),
          created_at: at,
        },
        ...partners.map((p) => ({
          site_id: p.id,
          id: p.book.toLowerCase().replace(/\W+/g, '-'),
          title: p.book,
          cover_url: null,
          blurb: `${p.name}'s bestselling ${p.genres.join(' and ')} novel.`,
          genres: JSON.stringify(p.genres),
          links: JSON.stringify([
            { retailer: 'Amazon', url: 'https://www.amazon.com/' },
            { retailer: 'Kobo', url: 'https://www.kobo.com/' },
            { retailer: 'Apple Books', url: 'https://books.apple.com/' },
          ]),
          created_at: at,
        })),
      ])
      .execute();

    await trx
      .insertInto('swaps')
      .values(
        partners.map((p, i) => ({
          id: `demo-${p.id}`,
          site_a: 'demo',
          book_a: 'lantern-king',
          site_b: p.id,
          book_b: p.book.toLowerCase().replace(/\W+/g, '-'),
          weight: i === 0 ? 2 : 1,
          placements: '[]',
          active: 1,
          created_at: at,
          accepted_at: at,
        })),
      )
      .execute();
    return true;
  });
}
