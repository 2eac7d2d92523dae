/**
 * The alert rules of src/kpi evaluated now on a team's daily rollups and open tasks, each with its why: a VA behind
 * the day target's pace (counter KPIs with a target, the VA's own where set), voicemails logged as talk-to's (the last 7 days against the rest
 * of the team), a list burning out (its last 30 days), a VA silent during the shift (their last dial, one index seek
 * each) and lead follow-ups past their due time (a range on the open tasks' due-time index). Teams have no shift
 * settings yet, so the rules assume Monday to Friday, 09:00-17:00 in the team's zone, pace checked from 11:00. A va
 * sees the alerts about themselves, the lists and the team.
 */
import type { Kysely } from 'kysely';
import type { Alert, AlertList } from '../../api/schemas/dashboards.ts';
import {
  addDays,
  checkBehindPace,
  checkLeadFollowUpsOverdue,
  checkListBurningOut,
  checkSilentDuringShift,
  checkVoicemailsAsTalkTos,
  currentLocalDate,
  readMetric,
  resolvePeriod,
  targetForPeriod,
  type AlertResult,
  type IsoWeekday,
} from '../../kpi/index.ts';
import { findLastDialTimes, listRollupCells } from '../../store/repositories/dashboard-rollups.ts';
import { listOverdueLeadFollowUps } from '../../store/repositories/lead-follow-ups.ts';
import { listMembers } from '../../store/repositories/memberships.ts';
import { listPersonTargets } from '../../store/repositories/person-targets.ts';
import type { Team } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { personTargetsOf } from './apply-person-targets.ts';
import { chooseDashboardProcess } from './choose-dashboard-process.ts';
import { findVisibleTeam } from './find-visible-team.ts';

export const ALERT_SCHEDULE = { workingDays: [1, 2, 3, 4, 5] as IsoWeekday[], hours: { start: '09:00', end: '17:00' } };
const CHECK_PACE_FROM = '11:00';
const VOICEMAIL_DAYS = 7;
const LIST_DAYS = 30;
/** The Prospecting dialing template's follow-up step: its tasks count as lead follow-ups even in runs no saved lead started. */
export const LEAD_FOLLOW_UP_STEP = 'FollowUpLead';

export async function readTeamAlerts(db: Kysely<Database>, principal: Principal, teamId: number, now = new Date()): Promise<AlertList> {
  const team = await findVisibleTeam(db, principal, teamId);
  const alerts = await evaluateTeamAlerts(db, team, now);
  const visible = principal.role === 'va' ? alerts.filter((alert) => alert.userId === principal.userId || alert.userId === null) : alerts;
  visible.sort((a, b) => Number(b.fired) - Number(a.fired));
  return { team: { id: team.id, name: team.name, timeZone: team.timeZone }, checkedAt: now.toISOString(), schedule: ALERT_SCHEDULE, alerts: visible };
}

/** Every rule of the team evaluated at `now`, fired or not, rule by rule; no visibility applied (the periodic check and readTeamAlerts narrow it). */
export async function evaluateTeamAlerts(db: Kysely<Database>, team: Pick<Team, 'id' | 'organizationId' | 'name' | 'timeZone'>, now: Date): Promise<Alert[]> {
  const { organizationId } = team;
  const nowMs = now.getTime();
  const today = currentLocalDate(nowMs, team.timeZone);
  const members = await listMembers(db, organizationId);
  const vas = members.filter((member) => member.role === 'va' && member.teamIds.includes(team.id));
  const alerts: Alert[] = [];
  const push = (result: AlertResult, subject: string, userId: number | null, list: string | null, taskId: number | null = null) =>
    alerts.push({ rule: result.rule, fired: result.fired, why: result.why, subject, userId, list, taskId });

  // Behind pace today, on each counter KPI with a target, of the team's busiest process this month.
  const window = { teamIds: [team.id], from: addDays(today, -(LIST_DAYS - 1)), to: today };
  const dialsByProcess = await listRollupCells(db, organizationId, { ...window, metrics: ['dials'] }, ['process']);
  const process = await chooseDashboardProcess(db, organizationId, team.id, undefined, dialsByProcess.sort((a, b) => b.value - a.value)[0]?.processId);
  const counterMetrics = (process?.kpis ?? []).filter((kpi) => kpi.denominator === null).map((kpi) => kpi.numerator);
  const recent = await listRollupCells(db, organizationId, { ...window, metrics: [...new Set(['dials', 'talkTo', 'callSeconds', ...counterMetrics])] }, ['day', 'user', 'process', 'list']);
  const day = resolvePeriod({ kind: 'day', date: today }, team.timeZone);
  const personTargets = await listPersonTargets(db, organizationId, team.id);
  for (const kpi of process?.kpis ?? []) {
    if (kpi.denominator !== null) continue;
    for (const va of vas) {
      // The VA's own day target where a team lead set one, else the documented per-VA one.
      const dayTarget = targetForPeriod(personTargetsOf(kpi, personTargets, va.userId), day, false, ALERT_SCHEDULE);
      if (dayTarget === null) continue;
      const counts: Record<string, number> = {};
      for (const cell of recent) if (cell.day === today && cell.userId === va.userId && cell.processId === process!.id) counts[cell.metric] = (counts[cell.metric] ?? 0) + cell.value;
      const result = checkBehindPace({ subject: va.name, counterLabel: kpi.label.toLowerCase(), actual: readMetric(counts, kpi.numerator), dayTarget, nowMs, timeZone: team.timeZone, schedule: ALERT_SCHEDULE, checkFrom: CHECK_PACE_FROM });
      push(result, va.name, va.userId, null);
    }
  }

  // Voicemails logged as talk-to's: each VA's last 7 days against the rest of the team.
  const since = addDays(today, -(VOICEMAIL_DAYS - 1));
  const calls = new Map<number, { dials: number; talkTo: number; talkToSeconds: number }>();
  for (const cell of recent) {
    if (cell.day! < since) continue;
    const tally = calls.get(cell.userId!) ?? { dials: 0, talkTo: 0, talkToSeconds: 0 };
    if (cell.metric === 'dials') tally.dials += cell.value;
    if (cell.metric === 'talkTo') tally.talkTo += cell.value;
    // The rollups keep the seconds of all calls; per talk-to that is compared like with like across VAs.
    if (cell.metric === 'callSeconds') tally.talkToSeconds += cell.value;
    calls.set(cell.userId!, tally);
  }
  for (const va of vas) {
    const own = calls.get(va.userId) ?? { dials: 0, talkTo: 0, talkToSeconds: 0 };
    const rest = { dials: 0, talkTo: 0, talkToSeconds: 0 };
    for (const [userId, tally] of calls) {
      if (userId === va.userId) continue;
      rest.dials += tally.dials;
      rest.talkTo += tally.talkTo;
      rest.talkToSeconds += tally.talkToSeconds;
    }
    push(checkVoicemailsAsTalkTos({ subject: va.name, va: own, team: rest }), va.name, va.userId, null);
  }

  // Lists burning out over their last 30 days.
  const lists = new Map<string, Map<string, { dials: number; talkTo: number }>>();
  for (const cell of recent) {
    if (cell.list === null || cell.list === undefined || (cell.metric !== 'dials' && cell.metric !== 'talkTo')) continue;
    const days = lists.get(cell.list) ?? new Map();
    lists.set(cell.list, days);
    const tally = days.get(cell.day!) ?? { dials: 0, talkTo: 0 };
    tally[cell.metric] += cell.value;
    days.set(cell.day!, tally);
  }
  for (const [list, days] of [...lists].sort((a, b) => a[0].localeCompare(b[0]))) {
    push(checkListBurningOut({ list, days: [...days].map(([date, tally]) => ({ date, ...tally })) }), list, null, list);
  }

  // Silent during the shift.
  const lastDials = await findLastDialTimes(db, organizationId, team.id, vas.map((va) => va.userId));
  for (const va of vas) {
    const last = lastDials.get(va.userId);
    push(checkSilentDuringShift({ subject: va.name, shift: ALERT_SCHEDULE, timeZone: team.timeZone, nowMs, lastDialMs: last ? Date.parse(last) : null }), va.name, va.userId, null);
  }

  // Lead follow-ups past their due time; the alert links the oldest.
  const followUps = await listOverdueLeadFollowUps(db, organizationId, team.id, { now: now.toISOString(), followUpElementId: LEAD_FOLLOW_UP_STEP });
  const overdue = checkLeadFollowUpsOverdue({
    subject: team.name,
    nowMs,
    followUps: followUps.map((followUp) => ({ task: followUp.task, lead: followUp.lead?.name ?? null, dueAtMs: Date.parse(followUp.dueAt), holder: followUp.holder?.name ?? null, role: followUp.role })),
  });
  push(overdue, team.name, null, null, followUps[0]?.taskId ?? null);
  return alerts;
}
