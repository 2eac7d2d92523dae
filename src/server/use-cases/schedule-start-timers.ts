/**
 * Schedules the timer start events of a team process's newly published version, in the publishing transaction:
 * the previous version's scheduled starts are replaced, and each timer start event gets its first due time in the
 * team's time zone. A library process (no team) never starts on its own.
 */
import type { Kysely } from 'kysely';
import { compileProcess } from '../../bpmn/compile-process.ts';
import type { CompiledProcess } from '../../bpmn/compiled-process.ts';
import { readBpmn } from '../../bpmn/read-bpmn.ts';
import { replaceStartTimers, type PlannedStartTimer } from '../../store/repositories/start-timers.ts';
import { findTeam } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import { computeFirstStart } from '../runner/compute-next-start.ts';

export interface PublishedTeamVersion {
  organizationId: number;
  teamId: number | null;
  processId: number;
  processVersionId: number;
  xml: string;
}

export async function scheduleStartTimers(trx: Kysely<Database>, version: PublishedTeamVersion, now: string): Promise<void> {
  if (version.teamId === null) return;
  const team = await findTeam(trx, version.organizationId, version.teamId);
  if (!team) return;
  const { definitions } = await readBpmn(version.xml);
  const { process } = compileProcess(definitions);
  const owner = { organizationId: version.organizationId, teamId: version.teamId, processId: version.processId, processVersionId: version.processVersionId };
  await replaceStartTimers(trx, owner, planStartTimers(process, team.timeZone, now), now);
}

/** Each timer start event of the process's top level with its first due time. */
export function planStartTimers(process: CompiledProcess, timeZone: string, now: string): PlannedStartTimer[] {
  const nowMs = Date.parse(now);
  const planned: PlannedStartTimer[] = [];
  for (const elementId of process.scopes[process.id]!.startEventIds) {
    const trigger = process.elements[elementId]!.trigger;
    if (trigger?.kind !== 'timer') continue;
    planned.push({ elementId, schedule: trigger.timer.value, ...computeFirstStart(trigger.timer, nowMs, timeZone) });
  }
  return planned;
}
