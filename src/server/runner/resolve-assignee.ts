/**
 * Who gets a new task: the step's own rule (whoever completed an earlier step, a named person, whoever started the run), else its role's
 * (a named person, round-robin), else the role's pool, where any member of the run's team may claim it. Only members
 * of the run's team who may work (not viewers) are ever chosen; a rule naming nobody eligible falls through.
 */
import type { Kysely } from 'kysely';
import { findLastTurn, recordTurn } from '../../store/repositories/assignment-turns.ts';
import { findRunStarter } from '../../store/repositories/runs.ts';
import { findLastCompleterOf, type TaskAssignment } from '../../store/repositories/tasks.ts';
import { listTeamWorkerIds } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import type { RunnableVersion } from './runnable-version-cache.ts';

export interface ResolvedAssignee {
  userId: number | null;
  assignment: TaskAssignment;
}

const POOL: ResolvedAssignee = { userId: null, assignment: 'pool' };

export async function resolveAssignee(
  db: Kysely<Database>,
  task: { organizationId: number; runId: number; teamId: number; elementId: string; role: string | null },
  version: RunnableVersion,
  now: string,
): Promise<ResolvedAssignee> {
  const { documentation } = version;
  const step = documentation.steps[task.elementId];
  const laneId = version.laneIdOf(task.elementId);
  const roleRule = laneId === undefined ? undefined : documentation.roles.find((role) => role.laneId === laneId)?.assignment;
  // The common case, the role's pool, costs no query.
  if (!step?.assignTo && (!roleRule || roleRule.mode === 'pool')) return POOL;

  const workers = new Set(await listTeamWorkerIds(db, task.teamId));
  if (step?.assignTo?.mode === 'completerOf') {
    const completer = await findLastCompleterOf(db, task.runId, step.assignTo.stepId);
    if (completer !== null && workers.has(completer)) return { userId: completer, assignment: 'completerOf' };
  }
  if (step?.assignTo?.mode === 'person' && workers.has(step.assignTo.userId)) return { userId: step.assignTo.userId, assignment: 'person' };
  if (step?.assignTo?.mode === 'starter') {
    const starter = await findRunStarter(db, task.runId);
    if (starter !== null && workers.has(starter)) return { userId: starter, assignment: 'starter' };
  }

  if (roleRule?.mode === 'person' && workers.has(roleRule.userId)) return { userId: roleRule.userId, assignment: 'person' };
  if (roleRule?.mode === 'roundRobin' && task.role !== null) {
    const candidates = roleRule.userIds.filter((userId, index) => workers.has(userId) && roleRule.userIds.indexOf(userId) === index);
    if (candidates.length > 0) {
      const last = await findLastTurn(db, task.teamId, task.role);
      const next = candidates[(candidates.indexOf(last ?? -1) + 1) % candidates.length]!;
      await recordTurn(db, { organizationId: task.organizationId, teamId: task.teamId, role: task.role, userId: next }, now);
      return { userId: next, assignment: 'roundRobin' };
    }
  }
  return POOL;
}
