/** Runs queued steps until none is left and no inclusive join can fire: the run then waits for its next command. */
import { checkScope } from './check-scope.ts';
import { enterElement } from './enter-element.ts';
import { fireReadyInclusiveJoins } from './fire-ready-inclusive-joins.ts';
import { leaveElement } from './leave-element.ts';
import type { RunContext } from './run-context.ts';

export function drainWork(context: RunContext): void {
  const { work, state } = context;
  do {
    for (let index = 0; index < work.length; index++) {
      const step = work[index]!;
      if (step.kind === 'checkScope') {
        checkScope(context, step.scopeId);
        continue;
      }
      const token = state.tokens[step.tokenId];
      if (!token) continue;
      if (step.kind === 'enter') enterElement(context, token);
      else leaveElement(context, token);
    }
    work.length = 0;
  } while (state.status === 'running' && fireReadyInclusiveJoins(context));
}
