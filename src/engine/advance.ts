/**
 * The engine: applies one command to a run and returns the next state and the effects to carry out. Pure: no clock
 * (`now` is given), no I/O, no randomness; the input state is never changed, also when the command is refused.
 */
import type { CompiledProcess } from '../bpmn/compiled-process.ts';
import { cloneState } from './clone-state.ts';
import type { Command } from './command.ts';
import { broadcastSignal } from './commands/broadcast-signal.ts';
import { cancelRun } from './commands/cancel-run.ts';
import { completeTask } from './commands/complete-task.ts';
import { correlateMessage } from './commands/correlate-message.ts';
import { failServiceTask } from './commands/fail-service-task.ts';
import { fireTimer } from './commands/fire-timer.ts';
import { retryIncident } from './commands/retry-incident.ts';
import { startRun } from './commands/start-run.ts';
import { createRunState } from './create-run-state.ts';
import { drainWork } from './drain-work.ts';
import type { Effect } from './effect.ts';
import { EngineError } from './engine-error.ts';
import type { RunContext } from './run-context.ts';
import type { RunState } from './run-state.ts';

export interface AdvanceResult {
  state: RunState;
  effects: Effect[];
}

/** `state` is null only for `start`; `now` is an ISO-8601 instant (timers are due relative to it). */
export function advance(process: CompiledProcess, state: RunState | null, command: Command, now: string): AdvanceResult {
  if (command.type === 'start') {
    if (state !== null) throw new EngineError('RUN_ALREADY_STARTED', 'the run has already started');
  } else {
    if (state === null) throw new EngineError('RUN_NOT_STARTED', 'the run has not started');
    if (state.status !== 'running') throw new EngineError('RUN_NOT_RUNNING', `the run is ${state.status}`);
  }
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new TypeError(`now "${now}" is not an ISO-8601 instant`);
  const context: RunContext = {
    process,
    state: state === null ? createRunState(process.id) : cloneState(state),
    effects: [],
    now,
    nowMs,
    work: [],
  };
  applyCommand(context, command);
  drainWork(context);
  context.state.version++;
  return { state: context.state, effects: context.effects };
}

function applyCommand(context: RunContext, command: Command): void {
  switch (command.type) {
    case 'start':
      return startRun(context, command.variables, command.startEventId);
    case 'completeTask':
      return completeTask(context, command.taskId, 'user', command.variables);
    case 'completeServiceTask':
      return completeTask(context, command.taskId, 'service', command.variables);
    case 'failServiceTask':
      return failServiceTask(context, command.taskId, command.error);
    case 'fireTimer':
      return fireTimer(context, command.timerId);
    case 'correlateMessage':
      return correlateMessage(context, command.name, command.variables);
    case 'broadcastSignal':
      return broadcastSignal(context, command.name, command.variables);
    case 'retryIncident':
      return retryIncident(context, command.incidentId, command.variables);
    case 'cancel':
      return cancelRun(context, command.reason);
    default:
      throw new EngineError('UNKNOWN_COMMAND', `unknown command ${JSON.stringify((command as { type?: unknown }).type)}`);
  }
}
