/** Test driver: runs a compiled process with `advance`, completing user tasks oldest first, and reports which elements completed. */
import type { CompiledProcess } from '../../bpmn/compiled-process.ts';
import { advance } from '../advance.ts';
import type { Effect } from '../effect.ts';
import type { RunState, Variables } from '../run-state.ts';

export interface AdvanceRun {
  completed: string[];
  state: RunState;
  commands: number;
}

export const TEST_NOW = '2025-03-03T09:00:00.000Z';

export function runWithAdvance(
  process: CompiledProcess,
  variables: Variables,
  options: { taskOutput?: (elementId: string) => Variables | undefined; maxCommands?: number } = {},
): AdvanceRun {
  const completed: string[] = [];
  const collect = (effects: Effect[]) => {
    for (const effect of effects) {
      if (effect.type === 'historyRecorded' && effect.entry.kind === 'elementCompleted' && effect.entry.elementId) {
        completed.push(effect.entry.elementId);
      }
    }
  };
  let { state, effects } = advance(process, null, { type: 'start', variables }, TEST_NOW);
  collect(effects);
  let commands = 1;
  const maxCommands = options.maxCommands ?? 10_000;
  for (;;) {
    const task = Object.values(state.tasks).find((candidate) => candidate.kind === 'user');
    if (!task || state.status !== 'running' || commands >= maxCommands) break;
    ({ state, effects } = advance(process, state, { type: 'completeTask', taskId: task.id, variables: options.taskOutput?.(task.elementId) ?? {} }, TEST_NOW));
    collect(effects);
    commands++;
  }
  return { completed, state, commands };
}
