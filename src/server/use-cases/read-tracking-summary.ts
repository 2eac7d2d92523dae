/** Counters and rates of a team (or one member, process, script version or list) over team-local days, read from the daily rollups only. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { DIALS_METRIC, MAX_SUMMARY_DAYS, PHONE_SECONDS_METRIC, type TrackingRates, type TrackingSummary, type TrackingSummaryFilter } from '../../api/schemas/tracking.ts';
import { sumRollups } from '../../store/repositories/daily-rollups.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { localDay } from '../tracking/local-day.ts';
import { findVisibleTeam } from './find-visible-team.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function ratio(numerator: number | undefined, denominator: number | undefined): number | null {
  return denominator ? (numerator ?? 0) / denominator : null;
}

export function computeRates(totals: Record<string, number>): TrackingRates {
  const phoneSeconds = totals[PHONE_SECONDS_METRIC];
  return {
    talkToRate: ratio(totals.talkTo, totals[DIALS_METRIC]),
    leadRate: ratio(totals.lead, totals.talkTo),
    appointmentRate: ratio(totals.appointmentSet, totals.lead),
    dialsPerPhoneHour: phoneSeconds ? ((totals[DIALS_METRIC] ?? 0) * 3600) / phoneSeconds : null,
  };
}

/** A va reads only their own figures; everyone else who sees the team reads any member's or the whole team's. */
export async function readTrackingSummary(db: Kysely<Database>, principal: Principal, filter: TrackingSummaryFilter, now = new Date()): Promise<TrackingSummary> {
  const team = await findVisibleTeam(db, principal, filter.teamId);
  let userId = filter.userId;
  if (principal.role === 'va') {
    if (userId !== undefined && userId !== principal.userId) throw appError('FORBIDDEN', { field: 'userId', message: 'A virtual professional reads only their own figures.' });
    userId = principal.userId;
  }
  const today = localDay(now, team.timeZone);
  const from = filter.from ?? filter.to ?? today;
  const to = filter.to ?? (filter.from ? today : from);
  if (from > to) throw appError('VALIDATION_FAILED', { field: 'to', message: 'to must not be before from' });
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_SUMMARY_DAYS) {
    throw appError('VALIDATION_FAILED', { field: 'to', message: `to must be at most ${MAX_SUMMARY_DAYS} days after from` });
  }
  const rollupFilter = { teamId: team.id, from, to, userId, processId: filter.processId, scriptVersionId: filter.scriptVersionId, list: filter.list };
  const totals: Record<string, number> = {};
  for (const sum of await sumRollups(db, principal.organizationId, rollupFilter)) totals[sum.metric] = sum.value;
  const grouped = new Map<string | number | null, Record<string, number>>();
  for (const sum of await sumRollups(db, principal.organizationId, rollupFilter, filter.groupBy)) {
    const metrics = grouped.get(sum.group) ?? {};
    metrics[sum.metric] = sum.value;
    grouped.set(sum.group, metrics);
  }
  return {
    teamId: team.id,
    timeZone: team.timeZone,
    userId: userId ?? null,
    from,
    to,
    groupBy: filter.groupBy,
    totals,
    rates: computeRates(totals),
    groups: [...grouped].map(([key, metrics]) => ({ key, totals: metrics, rates: computeRates(metrics) })),
  };
}
