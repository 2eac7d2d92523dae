/** Carries out what a command's `advance` calls asked for, as rows in the command's transaction: tasks, timers, incidents and history. Returns the tasks it created. */
import type { Kysely } from 'kysely';
import { addIsoDuration } from '../../engine/add-iso-duration.ts';
import type { Effect, RunState } from '../../engine/index.ts';
import { insertIncident, resolveOpenIncidentsOfRun } from '../../store/repositories/incidents.ts';
import { insertHistory, type NewHistoryEntry } from '../../store/repositories/run-history.ts';
import { insertTask, markTaskCancelled } from '../../store/repositories/tasks.ts';
import { insertTimer, markTimerCancelled } from '../../store/repositories/timers.ts';
import type { Database } from '../../store/tables.ts';
import { enqueueRunCompleted } from '../webhooks/enqueue-run-completed.ts';
import { resolveAssignee } from './resolve-assignee.ts';
import type { RunnableVersion } from './runnable-version-cache.ts';

/** A task row a command created: its id, and the step it is for. */
export interface CreatedTask {
  id: number;
  elementId: string;
}

export interface EffectTarget {
  runId: number;
  organizationId: number;
  teamId: number;
}

export async function applyEffects(
  db: Kysely<Database>,
  run: EffectTarget,
  version: RunnableVersion,
  effects: readonly Effect[],
  finalState: RunState,
  context: { actorUserId: number | null; now: string },
): Promise<CreatedTask[]> {
  const { actorUserId, now } = context;
  const history: NewHistoryEntry[] = [];
  const createdTasks: CreatedTask[] = [];
  for (const effect of effects) {
    switch (effect.type) {
      case 'historyRecorded': {
        const { entry } = effect;
        history.push({ at: entry.at, kind: entry.kind, elementId: entry.elementId ?? null, userId: actorUserId, variables: entry.variables ?? null, detail: entry.detail ?? null });
        break;
      }
      case 'taskCreated': {
        const role = effect.role ?? null;
        const assignee = await resolveAssignee(db, { organizationId: run.organizationId, runId: run.runId, teamId: run.teamId, elementId: effect.elementId, role }, version, now);
        const taskId = await insertTask(
          db,
          {
            organizationId: run.organizationId,
            runId: run.runId,
            teamId: run.teamId,
            engineTaskId: effect.taskId,
            elementId: effect.elementId,
            name: effect.name ?? null,
            role,
            assigneeUserId: assignee.userId,
            assignment: assignee.assignment,
            dueAt: effect.dueAt ?? documentedDueAt(version, effect.elementId, now),
            input: effect.locals ?? null,
          },
          now,
        );
        createdTasks.push({ id: taskId, elementId: effect.elementId });
        if (assignee.userId !== null) {
          history.push({ at: now, kind: 'taskAssigned', elementId: effect.elementId, userId: actorUserId, variables: null, detail: `to user ${assignee.userId} (${assignee.assignment})` });
        }
        break;
      }
      case 'taskCancelled':
        await markTaskCancelled(db, run.runId, effect.taskId);
        break;
      case 'timerScheduled':
        await insertTimer(db, { organizationId: run.organizationId, runId: run.runId, engineTimerId: effect.timerId, elementId: effect.elementId, dueAt: effect.dueAt });
        break;
      case 'timerCancelled':
        await markTimerCancelled(db, run.runId, effect.timerId);
        break;
      case 'incidentRaised':
        await insertIncident(db, { organizationId: run.organizationId, runId: run.runId, engineIncidentId: effect.incidentId, timerId: null, elementId: effect.elementId, error: effect.message }, now);
        break;
      case 'runCompleted':
        if (effect.status === 'completed') await enqueueRunCompleted(db, run, version, finalState, now);
        break;
      case 'serviceTaskRequested':
        // Service handlers ran before the state was written; the run's status is written with its state.
        break;
    }
  }
  if (finalState.status !== 'running') await resolveOpenIncidentsOfRun(db, run.runId, now);
  await insertHistory(db, run.organizationId, run.runId, history);
  return createdTasks;
}

/** The step's documented service level, when no boundary timer gives the task a due time. */
function documentedDueAt(version: RunnableVersion, elementId: string, now: string): string | null {
  const dueIn = version.documentation.steps[elementId]?.dueIn;
  if (!dueIn) return null;
  try {
    return new Date(addIsoDuration(Date.parse(now), dueIn)).toISOString();
  } catch {
    // The schema checks the shape only; a duration the engine cannot add leaves the task without a due time.
    return null;
  }
}
