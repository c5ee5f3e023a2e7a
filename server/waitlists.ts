// The waitlists' clock. A reader's seat hold runs out with no request to notice it, so each
// instance looks once a minute for holds that ran out and gives their seats to whoever waits
// (`fillSeats`, `fillSeatsAt`). Instances may look at the same moment: each group or date is
// filled under its row's lock, so a seat is given once.
import { NoResultError } from 'kysely';
import type { Deps } from './deps.js';
import { now } from './deps.js';
import { fillOccurrence } from './rsvps.js';
import { fillGroup } from './signups.js';

export type WaitlistDeps = Pick<Deps, 'db' | 'publicUrl' | 'postgres' | 'mailer'>;

/** How often each instance looks. */
export const SWEEP_MS = 60_000;

/** One look: fills every group and date where a hold ran out. Returns how many emails it queued. */
export async function sweepWaitlists({ db, publicUrl, postgres, mailer }: WaitlistDeps): Promise<number> {
  const at = now();
  const groups = await db
    .selectFrom('signups')
    .select(['site_id', 'group_id'])
    .distinct()
    .where('status', '=', 'pending_confirmation')
    .where('hold_until', '<=', at)
    .execute();
  const dates = await db
    .selectFrom('rsvps')
    .select(['site_id', 'event_id', 'occurrence_start'])
    .distinct()
    .where('status', '=', 'pending_confirmation')
    .where('hold_until', '<=', at)
    .execute();
  let queued = 0;
  for (const { site_id: site, group_id: group } of groups) {
    queued += await gone(
      db.transaction().execute(async (trx) => {
        const { told: sent } = await fillGroup(trx, publicUrl, site, group, postgres);
        // Let go of the holds that ran out, so the next look does not find them again.
        await trx.updateTable('signups').set({ hold_until: null }).where('site_id', '=', site).where('group_id', '=', group).where('status', '=', 'pending_confirmation').where('hold_until', '<=', at).execute();
        return sent;
      }),
    );
  }
  for (const { site_id: site, event_id: event, occurrence_start: start } of dates) {
    queued += await gone(
      db.transaction().execute(async (trx) => {
        const { told: sent } = await fillOccurrence(trx, publicUrl, site, event, start, postgres);
        await trx
          .updateTable('rsvps')
          .set({ hold_until: null })
          .where('site_id', '=', site)
          .where('event_id', '=', event)
          .where('occurrence_start', '=', start)
          .where('status', '=', 'pending_confirmation')
          .where('hold_until', '<=', at)
          .execute();
        return sent;
      }),
    );
  }
  if (queued) mailer.wake();
  return queued;
}

/** An event removed since the look began has no seats to give (its RSVPs went with it). */
const gone = (filling: Promise<number>): Promise<number> =>
  filling.catch((error: unknown) => {
    if (error instanceof NoResultError) return 0;
    throw error;
  });

/** Looks every `SWEEP_MS` until stopped; a failed look is logged and the next one tries again. */
export function startSweeping(deps: WaitlistDeps): () => void {
  const timer = setInterval(() => void sweepWaitlists(deps).catch(console.error), SWEEP_MS);
  timer.unref();
  return () => clearInterval(timer);
}
