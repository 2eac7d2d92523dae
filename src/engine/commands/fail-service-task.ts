/** A service task's handler failed: the run keeps its token on the task under an incident, to be retried. */
import { EngineError } from '../engine-error.ts';
import { raiseIncident } from '../raise-incident.ts';
import type { RunContext } from '../run-context.ts';

export function failServiceTask(context: RunContext, taskId: string, error: string): void {
  const task = context.state.tasks[taskId];
  if (!task || task.kind !== 'service') throw new EngineError('TASK_NOT_FOUND', `no waiting service task "${taskId}"`);
  const token = context.state.tokens[task.tokenId]!;
  delete context.state.tasks[taskId];
  delete token.taskId;
  raiseIncident(context, token.id, `handler failed: ${error}`, 'enter');
}
