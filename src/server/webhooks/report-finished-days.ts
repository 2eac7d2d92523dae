/**
 * The periodic day.report check: once a team's day has ended at its local midnight, each person who tracked anything
 * that day gets a day.report event with the day's figures from the rollups (counts and rates, as the tracking summary
 * reads them). A mark per team and day, written in the same transaction, makes each day report once. Only
 * organizations with an endpoint subscribed to day.report are looked at.
 */
import type { Kysely } from 'kysely';
import { sumRollups } from '../../store/repositories/daily-rollups.ts';
import { listSubscribedOrganizationIds } from '../../store/repositories/webhook-endpoints.ts';
import { markDayReported } from '../../store/repositories/webhook-reports.ts';
import type { Database } from '../../store/tables.ts';
import { localDay } from '../tracking/local-day.ts';
import { computeRates } from '../use-cases/read-tracking-summary.ts';
import { enqueueWebhookEvent } from './enqueue-webhook-event.ts';

/** The calendar day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
}

export async function reportFinishedDays(db: Kysely<Database>, options: { now: string }): Promise<number> {
  const { now } = options;
  let reports = 0;
  for (const organizationId of await listSubscribedOrganizationIds(db, 'day.report')) {
    const teams = await db.selectFrom('teams').select(['id', 'name', 'time_zone']).where('organization_id', '=', organizationId).orderBy('id').execute();
    for (const team of teams) {
      const day = previousDay(localDay(Date.parse(now), team.time_zone));
      reports += await db.transaction().execute(async (trx) => {
        if (!(await markDayReported(trx, { organizationId, teamId: team.id, day }, now))) return 0;
        const perUser = new Map<number, Record<string, number>>();
        for (const sum of await sumRollups(trx, organizationId, { teamId: team.id, from: day, to: day }, 'user')) {
          const totals = perUser.get(sum.group as number) ?? {};
          totals[sum.metric] = sum.value;
          perUser.set(sum.group as number, totals);
        }
        if (perUser.size === 0) return 0;
        const users = await trx.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', [...perUser.keys()]).execute();
        for (const user of users.sort((a, b) => a.id - b.id)) {
          const totals = perUser.get(user.id)!;
          await enqueueWebhookEvent(
            trx,
            {
              organizationId,
              eventType: 'day.report',
              payload: { team: { id: team.id, name: team.name, timeZone: team.time_zone }, day, user: { id: user.id, name: user.name, email: user.email }, totals, rates: computeRates(totals) },
            },
            now,
          );
        }
        return users.length;
      });
    }
  }
  return reports;
}
