/**
 * Applies one command to a run inside the caller's transaction: the engine advances the state, the service handlers
 * it asks for run (each result fed back as a command), the new state is written only if the run is still at the
 * version that was read (else RUN_CHANGED), and the effects become rows. Anything thrown rolls all of it back.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { Variables as VariablesSchema } from '../../api/schemas/runs.ts';
import { advance, type Command, type Effect, type RunState } from '../../engine/index.ts';
import { updateRunState } from '../../store/repositories/runs.ts';
import type { Database } from '../../store/tables.ts';
import { applyEffects, type CreatedTask } from './apply-effects.ts';
import { engineErrorToAppError } from './engine-error-to-app-error.ts';
import type { Runner } from './runner.ts';
import type { RunnableVersion } from './runnable-version-cache.ts';

/** The most service-task results one command feeds back: beyond it, a loop of automatic steps becomes an incident. */
export const MAX_AUTOMATIC_STEPS = 1000;

export interface AdvanceTarget {
  id: number;
  organizationId: number;
  teamId: number;
  processVersionId: number;
  /** null: the run is being started. */
  state: RunState | null;
  /** The row's version as read; the write succeeds only if it is still this. */
  version: number;
}

export interface AdvanceRunOptions {
  actorUserId: number | null;
  now: string;
  /** Row changes of the command itself (the task it completes), after the version-checked write and before the effects. */
  onWritten?: ((trx: Kysely<Database>) => Promise<void>) | undefined;
}

export interface AdvanceRunResult {
  state: RunState;
  effects: Effect[];
  /** The task rows the command created (the run's next tasks). */
  createdTasks: CreatedTask[];
}

export async function advanceRun(trx: Kysely<Database>, runner: Runner, run: AdvanceTarget, command: Command, options: AdvanceRunOptions): Promise<AdvanceRunResult> {
  const { now } = options;
  const version = await runner.versions.get(trx, run.processVersionId);
  const effects: Effect[] = [];
  let state = run.state;
  const queue: Command[] = [command];
  let automaticSteps = 0;
  while (queue.length > 0) {
    let result;
    try {
      result = advance(version.process, state, queue.shift()!, now);
    } catch (error) {
      throw engineErrorToAppError(error);
    }
    state = result.state;
    for (const effect of result.effects) {
      effects.push(effect);
      if (effect.type === 'serviceTaskRequested') queue.push(await runServiceHandler(runner, run, version, state, effect, now, ++automaticSteps));
    }
  }
  const finalState = state!;
  const written = await updateRunState(trx, { id: run.id, expectedVersion: run.version, state: finalState, endedAt: finalState.status === 'running' ? null : now }, now);
  if (!written) throw appError('RUN_CHANGED', { details: { runId: run.id } });
  await options.onWritten?.(trx);
  const createdTasks = await applyEffects(trx, { runId: run.id, organizationId: run.organizationId, teamId: run.teamId }, version, effects, finalState, options);
  return { state: finalState, effects, createdTasks };
}

/** Calls the registered handler and turns its outcome into the command that completes or fails the service task. */
async function runServiceHandler(
  runner: Runner,
  run: AdvanceTarget,
  version: RunnableVersion,
  state: RunState,
  request: Extract<Effect, { type: 'serviceTaskRequested' }>,
  now: string,
  step: number,
): Promise<Command> {
  const fail = (error: string): Command => ({ type: 'failServiceTask', taskId: request.taskId, error });
  if (step > MAX_AUTOMATIC_STEPS) return fail(`more than ${MAX_AUTOMATIC_STEPS} automatic steps in one command: does the model loop through service tasks?`);
  const handler = runner.handlers.find(request.handler);
  if (!handler) return fail(`no service handler named "${request.handler}" is registered`);
  try {
    const output = await handler({
      runId: run.id,
      organizationId: run.organizationId,
      teamId: run.teamId,
      elementId: request.elementId,
      handler: request.handler,
      // A copy: a handler cannot change the run except through what it returns.
      variables: Object.freeze(structuredClone({ ...state.variables, ...request.locals })),
      now,
    });
    if (output === undefined || output === null) return { type: 'completeServiceTask', taskId: request.taskId };
    const parsed = VariablesSchema.safeParse(output);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return fail(`handler "${request.handler}" returned variables that cannot be set: ${[...issue.path].join('.') || 'variables'} ${issue.message}`);
    }
    return { type: 'completeServiceTask', taskId: request.taskId, variables: parsed.data };
  } catch (error) {
    runner.log.warn({ runId: run.id, elementId: request.elementId, handler: request.handler, processVersion: version.id, err: error }, 'service handler failed');
    return fail(error instanceof Error ? error.message : String(error));
  }
}
