/** Completes a waiting user task or service task with its output variables, and moves its token on. */
import { EngineError } from '../engine-error.ts';
import { mergeVariables } from '../merge-variables.ts';
import { queueWork, type RunContext } from '../run-context.ts';
import type { Variables, WaitingTask } from '../run-state.ts';

export function completeTask(context: RunContext, taskId: string, kind: WaitingTask['kind'], variables: Variables | undefined): void {
  const task = context.state.tasks[taskId];
  if (!task || task.kind !== kind) throw new EngineError('TASK_NOT_FOUND', `no waiting ${kind} task "${taskId}"`);
  const token = context.state.tokens[task.tokenId]!;
  delete context.state.tasks[taskId];
  delete token.taskId;
  mergeVariables(context, variables, task.elementId, token.id);
  queueWork(context, { kind: 'leave', tokenId: token.id });
}
