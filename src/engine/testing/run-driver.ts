/** Test helper: drives one run through `advance` step by step, deep-freezing every state so any mutation throws. */
import type { CompiledProcess } from '../../bpmn/compiled-process.ts';
import { deepFreeze } from '../../bpmn/deep-freeze.ts';
import { advance } from '../advance.ts';
import type { Command } from '../command.ts';
import type { Effect } from '../effect.ts';
import type { RunState, Variables, WaitingTask } from '../run-state.ts';

export const T0 = '2025-03-03T09:00:00.000Z';

export class RunDriver {
  state: RunState | null = null;
  effects: Effect[] = [];
  now = T0;

  constructor(readonly process: CompiledProcess) {}

  send(command: Command): Effect[] {
    const result = advance(this.process, this.state, command, this.now);
    this.state = deepFreeze(result.state);
    this.effects = result.effects;
    return result.effects;
  }

  start(variables: Variables = {}, startEventId?: string): Effect[] {
    return this.send({ type: 'start', variables, ...(startEventId ? { startEventId } : {}) });
  }

  get run(): RunState {
    if (!this.state) throw new Error('not started');
    return this.state;
  }

  /** The open user task at an element (the only one, unless `index` says otherwise). */
  task(elementId: string, index = 0): WaitingTask {
    const task = Object.values(this.run.tasks).filter((candidate) => candidate.elementId === elementId)[index];
    if (!task) throw new Error(`no open task at ${elementId}; open: ${this.openTaskElements().join(', ')}`);
    return task;
  }

  complete(elementId: string, variables: Variables = {}): Effect[] {
    return this.send({ type: 'completeTask', taskId: this.task(elementId).id, variables });
  }

  openTaskElements(): string[] {
    return Object.values(this.run.tasks).map((task) => task.elementId).sort();
  }

  effectsOf<T extends Effect['type']>(type: T): Array<Extract<Effect, { type: T }>> {
    return this.effects.filter((effect): effect is Extract<Effect, { type: T }> => effect.type === type);
  }
}
