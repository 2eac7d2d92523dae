/**
 * The periodic alert check: claims the teams not checked for `intervalMs` (at most once per interval per team, however
 * many servers run it), evaluates each team's rules and stores what fired as notifications with their webhook events.
 * A team whose check fails is logged and tried again at its next interval; the others still run.
 */
import type { Kysely } from 'kysely';
import { claimTeamsForAlertCheck } from '../../store/repositories/alert-checks.ts';
import { findTeam } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import { evaluateTeamAlerts } from '../use-cases/read-team-alerts.ts';
import { recordFiredAlerts, type StoredAlert } from './record-fired-alerts.ts';

/** How often a team's rules are evaluated: an alert reaches its readers within about this long of firing. */
export const ALERT_CHECK_INTERVAL_MS = 5 * 60_000;
/** Teams claimed at a time, so several servers share a long list instead of one taking it all. */
const CLAIM_BATCH = 10;

export interface AlertCheckPass {
  teamsChecked: number;
  stored: StoredAlert[];
}

/** Evaluates one team's rules at `now` and stores what fired; the claim is the caller's business. */
export async function checkTeamAlerts(db: Kysely<Database>, organizationId: number, teamId: number, now: Date): Promise<StoredAlert[]> {
  const team = await findTeam(db, organizationId, teamId);
  if (!team) return [];
  return recordFiredAlerts(db, team, await evaluateTeamAlerts(db, team, now), now);
}

export async function runAlertChecks(
  db: Kysely<Database>,
  options: { now: Date; intervalMs?: number; log?: { error(object: Record<string, unknown>, message: string): void } },
): Promise<AlertCheckPass> {
  const { now } = options;
  const checkedBefore = new Date(now.getTime() - (options.intervalMs ?? ALERT_CHECK_INTERVAL_MS)).toISOString();
  const pass: AlertCheckPass = { teamsChecked: 0, stored: [] };
  for (;;) {
    const teams = await claimTeamsForAlertCheck(db, { now: now.toISOString(), checkedBefore, limit: CLAIM_BATCH });
    for (const { organizationId, teamId } of teams) {
      try {
        pass.stored.push(...(await checkTeamAlerts(db, organizationId, teamId, now)));
        pass.teamsChecked += 1;
      } catch (error) {
        if (!options.log) throw error;
        options.log.error({ err: error, teamId }, 'checking the alert rules of a team failed');
      }
    }
    if (teams.length < CLAIM_BATCH) return pass;
  }
}
